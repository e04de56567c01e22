"""The sectors and labels of each language, as the guide checks and names them.

Every guide page checks the chosen slugs and names the facets, while the terms
change only when an editor edits a sector or label. They are kept in the shared
cache per language and dropped with the cached facet counts
(`directory.finder.facet_cache.forget_cached_facets`). A request reads them from
the shared cache once, however often it asks.
"""

from django.core.cache import cache

from caching.request_scope import once_per_request
from directory.models import Label, Sector

# The guide's term dimensions and the snippet behind each.
TERMS = {"sector": Sector, "label": Label}
KEY = "guide:terms:{language}:with-ids"
# Bounds how stale the names can get after writes that bypass the models.
TIMEOUT_SECONDS = 600


def terms_key(language: str) -> str:
    return KEY.format(language=language)


def guide_terms(locale) -> dict[str, list[tuple[str, str, int]]]:
    """{"sector": [(slug, name, id), ...], "label": [...]} of `locale`, in display
    order."""
    key = terms_key(locale.language_code)
    return once_per_request(key, lambda: _shared_terms(key, locale))


def term_ids(locale, dimension: str, slugs) -> list[int]:
    """The ids of `locale`'s `dimension` terms `slugs` (those that exist)."""
    wanted = set(slugs)
    return [id for slug, _name, id in guide_terms(locale)[dimension] if slug in wanted]


def _shared_terms(key: str, locale) -> dict[str, list[tuple[str, str, int]]]:
    terms = cache.get(key)
    if terms is None:
        terms = {
            dimension: list(
                model.objects.filter(locale=locale)
                .order_by("sort_order", "name")
                .values_list("slug", "name", "id")
            )
            for dimension, model in TERMS.items()
        }
        cache.set(key, terms, TIMEOUT_SECONDS)
    return terms
