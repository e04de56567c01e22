"""Facet counts of a result set, the multi-select way: every sector, province, label.

A dimension's counts apply every filter but that dimension's own, so with one
sector chosen the sector facet says how many results each other sector would
add, while the province and label facets count within the chosen sector.

The result set is given as a function of a relation prefix and the dimension to
leave out, returning a condition, so each count is one flat query (a subquery of
the result set inside another would leave the planner room for very slow plans).
"""

from collections.abc import Callable

from django.db.models import Count, Q

from directory.models import Enterprise, Label, Sector
from directory.rules.provinces import PROVINCES

# condition(prefix, ignore): the result set, without the filter of `ignore`.
Condition = Callable[[str, str | None], Q]


def _term_facet(model, locale, condition: Q) -> list[dict]:
    terms = (
        model.objects.filter(locale=locale)
        .annotate(count=Count("enterprises", filter=condition))
        .order_by("sort_order", "name")
    )
    return [{"slug": t.slug, "name": t.name, "count": t.count} for t in terms]


def facet_counts(
    condition: Condition, locale, provinces: tuple[str, ...] = ()
) -> tuple[dict[str, list[dict]], int]:
    """({"sector": [...], "province": [...], "label": [...]}, size of the result set).

    Each entry is {"slug", "name", "count"}; terms without matches count 0, so a
    page can show them disabled. Names are in `locale`'s language. `provinces`
    are the chosen ones: every enterprise lies in one province, so the result set
    is the sum of their counts (of all counts when none is chosen).
    """
    per_province = dict(
        Enterprise.objects.filter(condition("", "province"))
        .order_by()
        .values_list("province")
        .annotate(count=Count("pk"))
    )
    language = locale.language_code
    facets = {
        "sector": _term_facet(Sector, locale, condition("enterprises__", "sector")),
        "province": [
            {
                "slug": province.slug,
                "name": province.name_in(language),
                "count": per_province.get(province.slug, 0),
            }
            for province in PROVINCES
        ],
        "label": _term_facet(Label, locale, condition("enterprises__", "label")),
    }
    count = sum(
        number
        for slug, number in per_province.items()
        if not provinces or slug in provinces
    )
    return facets, count
