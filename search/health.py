"""Is the search engine answering? Used by `/healthz` and the database fallback."""

import logging

from wagtail.search.backends import get_search_backend

logger = logging.getLogger(__name__)


def engine_client():
    """The engine's client, or None when the database backend is in use."""
    return getattr(get_search_backend(), "es", None)


def engine_available() -> bool:
    client = engine_client()
    if client is None:
        return True
    try:
        return bool(client.ping())
    except Exception:  # the clients raise transport errors of many kinds
        logger.warning("search engine unreachable", exc_info=True)
        return False


def search_status() -> str:
    return "ok" if engine_available() else "unavailable"
