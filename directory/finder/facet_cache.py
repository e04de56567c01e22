"""The guide's unfiltered facet counts, kept in the cache per language.

The guide's first page without filters is the one most visitors see, and its
counts read every published enterprise; so do those of a search near a place
without a radius (every enterprise with coordinates, `GuideFilters.whole_set`). They change only when an enterprise is
published, unpublished, deleted or imported, or a sector or label is edited:
those writes call `forget_cached_facets`, the one way to clear them and the
cached sector and label names (`directory.finder.terms`).
"""

from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache
from django.db import transaction

from caching.request_scope import forget
from directory.finder.terms import terms_key

KEY = "guide:facets:{language}:{whole_set}"
WHOLE_SETS = ("all", "located")
# Bounds how stale the counts can get after writes that bypass the model.
TIMEOUT_SECONDS = 600


def _key(language: str, whole_set: str) -> str:
    return KEY.format(language=language, whole_set=whole_set)


def unfiltered_facets(locale, whole_set: str, count: Callable[[], tuple]) -> tuple:
    """`count()` (the facets and the total of `whole_set`, one of `WHOLE_SETS`),
    from the cache when it holds them."""
    key = _key(locale.language_code, whole_set)
    found = cache.get(key)
    if found is None:
        found = count()
        cache.set(key, found, TIMEOUT_SECONDS)
    return found


def forget_cached_facets() -> None:
    """Drop the cached counts and term names of every language, now and when the
    write commits.

    Dropping them again at commit keeps out counts read by a request that ran
    while the write's transaction was still open.
    """
    languages = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    keys = [_key(code, whole_set) for code in languages for whole_set in WHOLE_SETS]
    keys += [terms_key(code) for code in languages]
    cache.delete_many(keys)
    forget(*keys)
    transaction.on_commit(lambda: cache.delete_many(keys))
