"""Reading settings from the environment, with errors that name the variable."""

import os
from urllib.parse import urlsplit

import dj_email_url
from django.core.exceptions import ImproperlyConfigured

from core.booleans import SWITCH_WORDS

UNSAFE_SECRET_KEYS = {"", "changeme", "secret", "django-insecure"}
MIN_SECRET_KEY_LENGTH = 32
DEV_SITE_URL = "http://127.0.0.1:8000"


def env_str(name: str, default: str) -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = SWITCH_WORDS.read(raw)
    if value is not None:
        return value
    raise ImproperlyConfigured(f"{name} must be a boolean (true/false), not {raw!r}.")


def env_int(name: str, default: int, *, minimum: int = 0) -> int:
    raw = os.environ.get(name)
    if raw is None or not raw.strip():
        return default
    try:
        value = int(raw)
    except ValueError:
        value = None
    if value is None or value < minimum:
        raise ImproperlyConfigured(
            f"{name} must be a whole number of at least {minimum}, not {raw!r}."
        )
    return value


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


def required_secret_key(*, debug: bool) -> str:
    """SECRET_KEY must be set, long and not a known placeholder when DEBUG is off."""
    key = os.environ.get("SECRET_KEY", "")
    if debug:
        return key or "dev-only-secret-key-not-for-production"
    if (
        key.lower() in UNSAFE_SECRET_KEYS
        or key.startswith("django-insecure")
        or len(key) < MIN_SECRET_KEY_LENGTH
    ):
        raise ImproperlyConfigured(
            "SECRET_KEY must be set to a random value of at least "
            f"{MIN_SECRET_KEY_LENGTH} characters when DEBUG is off."
        )
    return key


def cache_from_url(url: str, *, debug: bool) -> dict:
    """The default cache for CACHE_URL: Redis; required unless DEBUG.

    Without it only DEBUG (`make run`, a single `runserver`) gets local memory: it is
    per process, so behind several processes every rate limit, single-use token
    and cached page would be counted and kept once per process.
    """
    if not url:
        if debug:
            return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
        raise ImproperlyConfigured(
            "CACHE_URL must be set to the Redis every process of the site shares, "
            "such as redis://localhost:6379/0, when DEBUG is off."
        )
    scheme = url.split("://", 1)[0].lower()
    if scheme not in {"redis", "rediss", "unix"}:
        raise ImproperlyConfigured(
            f"CACHE_URL must be a redis://, rediss:// or unix:// address, not {url!r}."
        )
    return {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": url}


def required_site_url(*, debug: bool) -> str:
    """SITE_URL, the public address without a trailing slash; required unless DEBUG."""
    raw = os.environ.get("SITE_URL", "").strip()
    if not raw:
        if debug:
            return DEV_SITE_URL
        raise ImproperlyConfigured(
            "SITE_URL must be set to the site's public address, such as "
            "https://www.coopkracht.be, when DEBUG is off."
        )
    parts = urlsplit(raw)
    if (
        parts.scheme not in {"http", "https"}
        or not parts.hostname
        or parts.path.strip("/")
        or parts.query
        or parts.fragment
    ):
        raise ImproperlyConfigured(
            "SITE_URL must be an http:// or https:// address without a path, "
            f"such as https://www.coopkracht.be, not {raw!r}."
        )
    return raw.rstrip("/")


def machine_translator() -> dict | None:
    """wagtail-localize's DeepL translator when DEEPL_API_KEY is set, else none.

    Without a key the translation editor offers no machine translation and works
    as it is. A key ending in ":fx" is a DeepL API Free key; wagtail-localize then
    uses DeepL's free endpoint.
    """
    key = os.environ.get("DEEPL_API_KEY", "").strip()
    if not key:
        return None
    return {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": key},
    }


def required_email_url(*, debug: bool) -> dict:
    """The mail settings EMAIL_URL gives (dj-email-url); required unless DEBUG.

    Without it a production site would hand every e-mail to a mail server on
    localhost that is usually not there. The address is never echoed: it may
    hold a password.
    """
    raw = os.environ.get("EMAIL_URL", "").strip()
    if not raw:
        if debug:
            return {}
        raise ImproperlyConfigured(
            "EMAIL_URL must be set when DEBUG is off, such as "
            "submission://user:password@mail.example.org:587 (console:// prints "
            "the e-mails instead)."
        )
    scheme = raw.split("://", 1)[0].lower() if "://" in raw else ""
    if scheme not in dj_email_url.SCHEMES:
        schemes = ", ".join(f"{name}://" for name in sorted(dj_email_url.SCHEMES))
        raise ImproperlyConfigured(f"EMAIL_URL must start with one of {schemes}.")
    return dj_email_url.parse(raw)
