"""A followed guide search: kept as the guide's own query string, read back by the
guide's parser and told in words with the guide's own names for its filters."""

from django.http import QueryDict

from directory.finder import GuideFilters, parse_guide_params
from directory.models import Label, Sector
from directory.rules.provinces import PROVINCES_BY_SLUG
from directory.views.guide import active_filters, facet_groups


def saved_search(filters: GuideFilters) -> str:
    """The query string kept for `filters`: always from the first page."""
    return filters.to_querydict(page=1).urlencode()


def read_search(search: str, *, locale) -> GuideFilters:
    """The filters of a kept query string; GuideParamError if they no longer apply."""
    return parse_guide_params(QueryDict(search), locale=locale)


def search_in_words(filters: GuideFilters, *, locale) -> list[str]:
    """Each filter of the search as the guide names it, in the active language."""
    facets = {
        "sector": _chosen_terms(Sector, filters.sectors, locale),
        "province": [
            {
                "slug": slug,
                "name": PROVINCES_BY_SLUG[slug].name_in(locale.language_code),
                "count": 0,
            }
            for slug in filters.provinces
        ],
        "label": _chosen_terms(Label, filters.labels, locale),
    }
    return [
        entry["name"]
        for entry in active_filters(filters, facet_groups(filters, facets))
    ]


def _chosen_terms(model, slugs, locale) -> list[dict]:
    if not slugs:
        return []
    names = dict(
        model.objects.filter(locale=locale, slug__in=slugs).values_list("slug", "name")
    )
    return [{"slug": slug, "name": names.get(slug, slug), "count": 0} for slug in slugs]


def followed_in_words(subscription, *, locale) -> list[str]:
    """The filters of a followed guide search in words (none for the agenda or the
    whole guide); GuideParamError if the search no longer applies."""
    if subscription.kind != subscription.Kind.GUIDE:
        return []
    return search_in_words(
        read_search(subscription.search, locale=locale), locale=locale
    )
