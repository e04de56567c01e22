"""Searching in the visitor's language, with the database as fallback (never a 500).

Public searches run on the backend of the visitor's language: the engine's Dutch or
French backend, or the database index when there is no engine. When that backend
cannot answer (engine unreachable, a query the database's full-text syntax rejects),
the same search runs on the `fallback` backend, which matches the indexed fields
with plain SQL and needs no index, so it is always complete. The caller learns
whether the engine was bypassed, so the page can say results may be less precise.
"""

import logging
from dataclasses import dataclass

from django.core.cache import cache
from django.db import transaction

from search.backends import FALLBACK_ALIAS
from search.engines.ids import engine_hit_ids
from search.language import backend_for_language, is_engine

logger = logging.getLogger(__name__)
ENGINE_DOWN_KEY = "search:engine-down"
# After a failure, skip the engine for a while instead of waiting on it per request.
ENGINE_DOWN_SECONDS = 15


@dataclass
class Found:
    objects: list  # the matching objects, or their primary keys with ids=True
    fell_back: bool  # True when the engine did not answer and the database did


def _run(queryset, query, alias, *, autocomplete, limit, ids):
    method = queryset.autocomplete if autocomplete else queryset.search
    results = method(query, backend=alias)
    if ids and is_engine(alias):
        return engine_hit_ids(results, limit)
    hits = list(results[:limit])
    return [hit.pk for hit in hits] if ids else hits


def search_in_language(
    queryset,
    query: str,
    language: str,
    *,
    limit: int,
    autocomplete: bool = False,
    ids: bool = False,
) -> Found:
    """Up to `limit` objects of `queryset` matching `query`, best first.

    With `ids=True`, their primary keys instead (one engine request, no loading).
    """
    primary = backend_for_language(language)
    on_engine = is_engine(primary)
    if not (on_engine and cache.get(ENGINE_DOWN_KEY)):
        try:
            # A failing SQL search must not break the caller's transaction.
            with transaction.atomic():
                objects = _run(
                    queryset,
                    query,
                    primary,
                    autocomplete=autocomplete,
                    limit=limit,
                    ids=ids,
                )
            return Found(objects, fell_back=False)
        except Exception:  # engine clients and SQL raise errors of many kinds
            logger.warning(
                "search on %r failed; plain database search", primary, exc_info=True
            )
            if on_engine:
                cache.set(ENGINE_DOWN_KEY, True, ENGINE_DOWN_SECONDS)
    objects = _run(
        queryset, query, FALLBACK_ALIAS, autocomplete=autocomplete, limit=limit, ids=ids
    )
    return Found(objects, fell_back=on_engine)
