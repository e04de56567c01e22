"""The test suite: production settings minus HTTPS, with fast hashing and mail in memory."""

import os
import uuid

os.environ.setdefault("SECRET_KEY", "test-secret-key-" + "x" * 32)
os.environ.setdefault("INDEX_PREFIX", "test_")
os.environ.setdefault("SITE_URL", "http://testserver")
os.environ.setdefault("EMAIL_URL", "memory://")

from config.settings.base import *  # noqa: E402,F403

# The demo site of `load_demo`, which production does not install.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405

# Background work runs inside the request: no worker to start.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# Every request is rendered; tests/caching turns the page cache on, and so may
# the servers a test starts.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "0"))

# The generated-request tests send thousands of API requests from one address;
# tests/directory/test_api_throttle.py sets a small limit.
API_REQUESTS_PER_MINUTE = 1_000_000
ALLOWED_HOSTS = ["*"]
SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"]["BACKEND"] = (  # noqa: F405
    "django.contrib.staticfiles.storage.StaticFilesStorage"
)
MEDIA_ROOT = BASE_DIR / ".test-media"  # noqa: F405
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Keys of one run never meet those of another run on the same Redis; processes the
# suite starts (gunicorn) inherit the prefix and share the run's keys.
CACHES["default"]["KEY_PREFIX"] = os.environ.setdefault(  # noqa: F405
    "CACHE_KEY_PREFIX", f"test-{uuid.uuid4().hex[:12]}"
)

if DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":  # noqa: F405
    from django.core.exceptions import ImproperlyConfigured

    raise ImproperlyConfigured(
        "The tests run on PostgreSQL: set DATABASE_URL (make test does it for you)."
    )
