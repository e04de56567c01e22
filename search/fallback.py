"""Searching in the visitor's language, with the database as fallback (never a 500).

Public searches run on the engine backend of the visitor's language. When the engine
does not answer, the same search runs on the database index and the caller is told,
so the page can say that results may be less precise.
"""

import logging
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache

from search.backends import FALLBACK_ALIAS
from search.language import backend_for_language

logger = logging.getLogger(__name__)
ENGINE_DOWN_KEY = "search:engine-down"
ENGINE_DOWN_SECONDS = 15


@dataclass
class Found:
    objects: list
    fell_back: bool


def _database_alias() -> str:
    return (
        FALLBACK_ALIAS
        if FALLBACK_ALIAS in settings.WAGTAILSEARCH_BACKENDS
        else "default"
    )


def _run(queryset, query, backend, *, autocomplete, limit, operator):
    if autocomplete:
        results = queryset.autocomplete(query, backend=backend)
    else:
        results = queryset.search(query, backend=backend, operator=operator)
    return list(results[:limit])


def search_in_language(
    queryset,
    query: str,
    language: str,
    *,
    limit: int,
    autocomplete=False,
    operator=None,
) -> Found:
    """Up to `limit` objects of `queryset` matching `query`, best first."""
    engine = backend_for_language(language)
    if engine != _database_alias() and not cache.get(ENGINE_DOWN_KEY):
        try:
            return Found(
                _run(
                    queryset,
                    query,
                    engine,
                    autocomplete=autocomplete,
                    limit=limit,
                    operator=operator,
                ),
                fell_back=False,
            )
        except Exception:  # the engine clients raise transport errors of many kinds
            logger.warning(
                "search engine failed; answering from the database", exc_info=True
            )
            cache.set(ENGINE_DOWN_KEY, True, ENGINE_DOWN_SECONDS)
    fell_back = engine != _database_alias()
    objects = _run(
        queryset,
        query,
        _database_alias(),
        autocomplete=autocomplete,
        limit=limit,
        operator=operator,
    )
    return Found(objects, fell_back=fell_back)
