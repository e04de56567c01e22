"""Production-safe settings, driven by the environment (docs/contract.md#configuration).

Every value that differs between deployments comes from an environment variable.
`dev` and `test` only relax what is here; production runs on this module as is.
"""

from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from csp.constants import NONE, SELF
from django.utils.translation import gettext_lazy as _

from config.env import (
    cache_from_url,
    env_bool,
    env_int,
    env_list,
    env_str,
    machine_translator,
    required_email_url,
    required_secret_key,
    required_site_url,
)
from core.proxies import proxy_ssl_header
from search.backends import search_backends_from_url

BASE_DIR = Path(__file__).resolve().parent.parent.parent

DEBUG = env_bool("DEBUG", False)
SECRET_KEY = required_secret_key(debug=DEBUG)
# The public address: every absolute link, the admin's e-mails and the
# default Wagtail Site (synchronised on migrate) follow it. By default the site
# answers to its host (and to localhost, for health checks on the machine).
SITE_URL = required_site_url(debug=DEBUG)
ALLOWED_HOSTS = env_list(
    "ALLOWED_HOSTS", [urlsplit(SITE_URL).hostname, "localhost", "127.0.0.1"]
)
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [SITE_URL])

INSTALLED_APPS = [
    "core",
    "caching",
    "home",
    "knowledge",
    "directory",
    "following",
    "search",
    "editorial",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "corsheaders",
    "csp",
    "axes",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django_tasks",
    "django_tasks_db",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "directory.api.throttle.ApiRateLimitMiddleware",
    # Shared values read once per request, from the page cache on.
    "caching.request_scope.RequestScopeMiddleware",
    # Before sessions: a cached page is served without touching session or user.
    "caching.pages.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "config.locale.SiteLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "csp.middleware.CSPMiddleware",
    "config.errors.DatabaseUnavailableMiddleware",
    # Last, as django-axes asks: it turns locked-out logins into a clear answer.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "site" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_bool("DATABASE_PERSISTENT", False) and 60 or 0,
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    INSTALLED_APPS.append("django.contrib.postgres")

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Requests to the open-data API per client address and minute (then a 429).
API_REQUESTS_PER_MINUTE = env_int("API_REQUESTS_PER_MINUTE", 300, minimum=1)
# Bulk downloads of the guide per client address and hour (then a 429): each one
# hands over every enterprise's contact details at once.
API_DOWNLOADS_PER_HOUR = env_int("API_DOWNLOADS_PER_HOUR", 10, minimum=1)
# Where the front-end login and page passwords go after a missing or unsafe `next`:
# the language entry point (Django's default, /accounts/profile/, does not exist).
LOGIN_REDIRECT_URL = "/"
# Brute-force protection of the admin login: 5 failures per user and address,
# then an hour's wait.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 1
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "config.errors.account_locked"
AXES_CLIENT_IP_CALLABLE = "core.proxies.client_ip"
AXES_USERNAME_CALLABLE = "config.throttles.login_username"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": f"django.contrib.auth.password_validation.{name}"}
    for name in (
        "UserAttributeSimilarityValidator",
        "MinimumLengthValidator",
        "CommonPasswordValidator",
        "NumericPasswordValidator",
    )
]

# Languages: Dutch first, French second (docs/contract.md#languages).
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Dutch")), ("fr", _("French"))]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Brussels"
USE_I18N = True
USE_TZ = True
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# Machine translation in the translation editor only when DEEPL_API_KEY is set.
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator()

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "site" / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

vars().update(required_email_url(debug=DEBUG))
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "noreply@coopkracht.be")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
MODERATORS_EMAIL = env_list("MODERATORS_EMAIL", ["memo@coopkracht.be"])

WAGTAIL_SITE_NAME = "Coopkracht"
WAGTAILADMIN_BASE_URL = SITE_URL
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx", "zip"]
# Documents are only ever served by Wagtail's view, which checks the privacy of their
# collection; the front server serves image renditions only.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# A few hundred kilobytes of PNG can hold 100 million pixels, which take half a minute
# to resize; 40 million (an 8,000 x 5,000 photo) is ample for the web.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_IMAGE_FORM_BASE = "home.image_uploads.ImageForm"
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No editor's address goes to a third party for an avatar.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILEMBEDS_RESPONSIVE_HTML = True

SEARCH_URL = env_str("SEARCH_URL", "")
WAGTAILSEARCH_BACKENDS = search_backends_from_url(
    SEARCH_URL,
    index_prefix=env_str("INDEX_PREFIX", "coopkracht_"),
    database_vendor=DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1],
)

# The open data API is read-only and public (docs/contract.md#api).
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_METHODS = ["GET", "OPTIONS"]

# Background work (imports, search index updates, e-mails) goes to a queue in the
# database that `manage.py db_worker` empties; dev and test run it in the request.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# Anonymous visitors' pages are kept this long in the shared cache (0: off); any
# change of content drops them all (caching.purging).
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 300)

# Personal data the forms keep (contact submissions, proposers, e-mails sent) is
# removed this many days after it came in, by `purge_personal_data`.
PERSONAL_DATA_RETENTION_DAYS = env_int("PERSONAL_DATA_RETENTION_DAYS", 365, minimum=1)
# A front cache (Varnish, nginx) that takes HTTP PURGE requests, when there is one.
FRONTEND_CACHE_PURGE_URL = env_str("FRONTEND_CACHE_PURGE_URL", "")
WAGTAILFRONTENDCACHE = (
    {
        "front": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": FRONTEND_CACHE_PURGE_URL,
        }
    }
    if FRONTEND_CACHE_PURGE_URL
    else {}
)

# Rate limits, single-use tokens, the engine-down marker and page caches must be
# shared by every process: Redis in production (docs/contract.md#configuration).
CACHES = {"default": cache_from_url(env_str("CACHE_URL", ""), debug=DEBUG)}

# Security: safe by default, relaxed only by dev/test.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
# How many proxies in front of the site may say who the visitor is and whether they
# came over HTTPS; none by default, so neither header can be forged.
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)
SECURE_PROXY_SSL_HEADER = proxy_ssl_header(TRUSTED_PROXY_COUNT)
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
# Wagtail's admin shows previews of pages in a frame of its own origin.
X_FRAME_OPTIONS = "SAMEORIGIN"
SILENCED_SYSTEM_CHECKS = ["security.W019"]

# The public pages load only their own scripts and styles; map tiles come from
# OpenStreetMap and embeds from the video sites editors may use. The admin is
# Wagtail's own and keeps its defaults.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/", "/documents/"],
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [
            SELF,
            "data:",
            "https://tile.openstreetmap.org",
            "https://*.tile.openstreetmap.org",
        ],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [
            "https://www.youtube-nocookie.com",
            "https://www.youtube.com",
            "https://player.vimeo.com",
        ],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
}
