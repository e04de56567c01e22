"""Local development: `make run` on SQLite with the database search backend."""

import os

os.environ.setdefault("DEBUG", "true")

from config.settings.base import *  # noqa: E402,F403

# The demo site of `load_demo`, which production does not install.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405

# Background work runs inside the request: no worker to start.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# Every request is rendered, so a change shows at once.
PAGE_CACHE_SECONDS = 0

DEBUG = True
ALLOWED_HOSTS = ["*"]
SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
)
STORAGES["staticfiles"]["BACKEND"] = (  # noqa: F405
    "django.contrib.staticfiles.storage.StaticFilesStorage"
)
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
