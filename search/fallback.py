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
from search.postgres import index_matches
from search.query_words import last_word

logger = logging.getLogger(__name__)
ENGINE_DOWN_KEY = "search:engine-down"
# After a failure, skip the engine for a while instead of waiting on it per request.
ENGINE_DOWN_SECONDS = 15


@dataclass
class Found:
    objects: list  # the matching objects, or their primary keys with ids=True
    fell_back: bool  # True when the engine did not answer and the database did
    # The backend alias that answered: FALLBACK_ALIAS when plain SQL did, for
    # any part of the search.
    backend: str


def available_engine(language: str) -> str | None:
    """The engine backend of `language`, unless there is none or it just failed."""
    alias = backend_for_language(language)
    if is_engine(alias) and not cache.get(ENGINE_DOWN_KEY):
        return alias
    return None


def engine_failed(alias: str) -> None:
    """Log an engine failure and skip the engine for a while (every process)."""
    logger.warning("search on %r failed; plain database search", alias, exc_info=True)
    cache.set(ENGINE_DOWN_KEY, True, ENGINE_DOWN_SECONDS)


def _run(queryset, query, alias, *, autocomplete, limit, ids, fields=None):
    method = queryset.autocomplete if autocomplete else queryset.search
    results = method(query, backend=alias, fields=fields)
    if ids and is_engine(alias):
        return engine_hit_ids(results, limit)
    hits = list(results if limit is None else results[:limit])
    return [hit.pk for hit in hits] if ids else hits


def search_in_language(
    queryset,
    query: str,
    language: str,
    *,
    limit: int | None,
    autocomplete: bool = False,
    ids: bool = False,
    fields: list[str] | None = None,
) -> Found:
    """Up to `limit` objects of `queryset` matching `query` (all with None), best first.

    With `ids=True`, their primary keys instead (one engine request, no loading).
    Every hit (`limit` None) comes from the database: an engine returns hits page
    by page, through `search.engines.faceted`.
    """
    primary = backend_for_language(language)
    on_engine = is_engine(primary)
    skip_engine = limit is None or cache.get(ENGINE_DOWN_KEY)
    if not (on_engine and skip_engine):
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
                    fields=fields,
                )
            return Found(objects, fell_back=False, backend=primary)
        except Exception:  # engine clients and SQL raise errors of many kinds
            if on_engine:
                engine_failed(primary)
            else:
                logger.warning(
                    "search on %r failed; plain database search",
                    primary,
                    exc_info=True,
                )
    objects = _run(
        queryset,
        query,
        FALLBACK_ALIAS,
        autocomplete=autocomplete,
        limit=limit,
        ids=ids,
        fields=fields,
    )
    return Found(objects, fell_back=on_engine, backend=FALLBACK_ALIAS)


def search_as_typed(
    queryset, query: str, language: str, *, limit: int | None, ids: bool = False
) -> Found:
    """`search_in_language`, then the records a word begins like the last word typed.

    "zon" finds "zonnepanelen": whole-word matches come first, in their order,
    then those matched by the beginning of the last word only.
    """
    found = search_in_language(queryset, query, language, limit=limit, ids=ids)
    beginning = last_word(query)
    if not beginning:
        return found
    more = search_in_language(
        queryset, beginning, language, limit=limit, ids=ids, autocomplete=True
    )
    backends = {found.backend, more.backend}
    seen = {_key(item) for item in found.objects}
    merged = [*found.objects, *(o for o in more.objects if _key(o) not in seen)]
    return Found(
        merged if limit is None else merged[:limit],
        fell_back=found.fell_back or more.fell_back,
        backend=FALLBACK_ALIAS if FALLBACK_ALIAS in backends else found.backend,
    )


def _key(item):
    return getattr(item, "pk", item)


def text_matches(model, query: str, language: str):
    """The index entries of `model` matching `query` as SQL, where the database
    backend of `language` can say so (PostgreSQL: `search.postgres.index_matches`);
    else None, and the caller takes the hits as a list."""
    if not query or available_engine(language):
        return None
    return index_matches(model, query, backend_for_language(language))
