"""The guide's unfiltered facet counts, kept in the cache per language.

The guide's first page without filters is the one most visitors see, and its
counts read every published enterprise. They change only when an enterprise is
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

KEY = "guide:facets:{language}"
# Bounds how stale the counts can get after writes that bypass the model.
TIMEOUT_SECONDS = 600


def _key(language: str) -> str:
    return KEY.format(language=language)


def unfiltered_facets(locale, count: Callable[[], tuple]) -> tuple:
    """`count()` (the facets and the total), from the cache when it holds them."""
    key = _key(locale.language_code)
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
    keys = [
        key(code)
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES
        for key in (_key, terms_key)
    ]
    cache.delete_many(keys)
    forget(*keys)
    transaction.on_commit(lambda: cache.delete_many(keys))
