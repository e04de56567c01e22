"""Turn `SEARCH_URL` into `WAGTAILSEARCH_BACKENDS` (docs/contract.md#configuration).

Accepted forms (credentials and port optional; `+https` switches to TLS):

    (unset) or database://              the database backend (embedded default)
    elasticsearch://host:9200           Elasticsearch 9 (the production engine)
    elasticsearch8://host:9200          Elasticsearch 8
    elasticsearch9+https://u:p@host     Elasticsearch 9 over TLS with credentials
    opensearch://host:9200              OpenSearch 2 (opensearch2:// and opensearch3:// too)

A URL that cannot be understood stops start-up with a message naming SEARCH_URL.
"""

from urllib.parse import unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured

from search.engines.analysis import index_settings

DATABASE_BACKEND = "wagtail.search.backends.database"
# Plain SQL matching on the indexed fields, no index of its own: the fallback.
FALLBACK_BACKEND = "wagtail.search.backends.database.fallback"
ENGINE_BACKENDS = {
    "elasticsearch": "search.engines.elasticsearch9",
    "elasticsearch9": "search.engines.elasticsearch9",
    "elasticsearch8": "search.engines.elasticsearch8",
    "opensearch": "search.engines.opensearch2",
    "opensearch2": "search.engines.opensearch2",
    "opensearch3": "search.engines.opensearch3",
}
# On an engine, each language backend holds that language's records with its own
# analysis (search.engines); `default` holds what the admin searches through it
# (pages, images, documents, sectors, labels). Enterprises are left out of it: the
# public searches use the language backends and the admin's enterprise listing
# filters in SQL; the one admin search of enterprises through `default`, the
# chooser of a possible duplicate, runs on the fallback (plain SQL) instead.
DEFAULT_ENGINE_EXCLUDES = ("directory.Enterprise",)
SEARCH_LANGUAGES = ("nl", "fr")
FALLBACK_ALIAS = "fallback"
FALLBACK = {"BACKEND": FALLBACK_BACKEND, "AUTO_UPDATE": False}
DEFAULT_ENGINE_PORT = 9200


def _invalid(url: str, reason: str) -> ImproperlyConfigured:
    safe = _without_password(url)
    return ImproperlyConfigured(f"SEARCH_URL={safe!r} is not valid: {reason}.")


def _without_password(url: str) -> str:
    try:
        parts = urlsplit(url)
    except ValueError:
        return "<unparseable>"
    if parts.password:
        netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
        return parts._replace(netloc=netloc).geturl()
    return url


# Created by the search app's migrations on PostgreSQL: Dutch stemming + unaccent
# for words, unaccent without stemming for the beginnings of words.
POSTGRES_BACKEND = "search.postgres"
POSTGRES_SEARCH_CONFIG = "coopkracht_nl"
POSTGRES_PREFIX_CONFIG = "coopkracht_prefix"


def search_backends_from_url(
    url: str, *, index_prefix: str = "", database_vendor: str = ""
) -> dict:
    """Return the WAGTAILSEARCH_BACKENDS dict for a SEARCH_URL value."""
    url = url.strip()
    if not url or url in {"database", "database://"}:
        default = {"BACKEND": DATABASE_BACKEND, "AUTO_UPDATE": True}
        if database_vendor == "postgresql":
            default["BACKEND"] = POSTGRES_BACKEND
            default["SEARCH_CONFIG"] = POSTGRES_SEARCH_CONFIG
            default["AUTOCOMPLETE_CONFIG"] = POSTGRES_PREFIX_CONFIG
        return {"default": default, FALLBACK_ALIAS: FALLBACK}

    try:
        parts = urlsplit(url)
        port = parts.port or DEFAULT_ENGINE_PORT
    except ValueError as error:
        raise _invalid(url, str(error)) from error

    engine, _, transport = parts.scheme.lower().partition("+")
    if engine == "database":
        return search_backends_from_url("", database_vendor=database_vendor)
    if engine not in ENGINE_BACKENDS:
        known = ", ".join(sorted([*ENGINE_BACKENDS, "database"]))
        raise _invalid(url, f"unknown scheme {parts.scheme!r} (use one of {known})")
    if transport not in {"", "http", "https"}:
        raise _invalid(url, f"unknown transport {transport!r} (use +https)")
    if not parts.hostname:
        raise _invalid(url, "no host given")
    if parts.path not in {"", "/"} or parts.query or parts.fragment:
        raise _invalid(url, "give only scheme, credentials, host and port")

    credentials = ""
    if parts.username:
        credentials = unquote(parts.username)
        if parts.password is not None:
            credentials += ":" + unquote(parts.password)
        credentials += "@"
    http_scheme = transport or "http"
    host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
    endpoint = f"{http_scheme}://{credentials}{host}:{port}"

    options = {"max_retries": 1}
    if engine.startswith("opensearch"):
        # A connection for each language index an import sends to at once (the
        # Elasticsearch clients keep several already).
        options["pool_maxsize"] = len(SEARCH_LANGUAGES)

    def engine_backend(language: str | None, prefix: str) -> dict:
        return {
            "BACKEND": ENGINE_BACKENDS[engine],
            "URLS": [endpoint],
            "TIMEOUT": 5,
            # One retry at most: a down engine must not hold a visitor for long.
            "OPTIONS": dict(options),
            "AUTO_UPDATE": True,
            "ATOMIC_REBUILD": True,
            "LANGUAGE": language,
            "INDEX_PREFIX": prefix,
            "INDEX_SETTINGS": index_settings(language),
        }

    default = engine_backend(None, index_prefix)
    default["EXCLUDE_MODELS"] = list(DEFAULT_ENGINE_EXCLUDES)
    return {
        "default": default,
        **{
            language: engine_backend(language, f"{index_prefix}{language}_")
            for language in SEARCH_LANGUAGES
        },
        FALLBACK_ALIAS: FALLBACK,
    }
