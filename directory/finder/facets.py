"""Facet counts of a result set: every sector, province and label, in three queries.

The result set is given as a function from a relation prefix to a condition, so
each count is one flat query (a subquery of the result set inside another
would leave the database planner room for very slow plans).
"""

from collections.abc import Callable

from django.db.models import Count, Q

from directory.models import Enterprise, Label, Sector
from directory.rules.provinces import PROVINCES

Condition = Callable[[str], Q]


def _term_facet(model, locale, condition: Condition) -> list[dict]:
    terms = (
        model.objects.filter(locale=locale)
        .annotate(count=Count("enterprises", filter=condition("enterprises__")))
        .order_by("sort_order", "name")
    )
    return [{"slug": t.slug, "name": t.name, "count": t.count} for t in terms]


def facet_counts(condition: Condition, locale) -> tuple[dict[str, list[dict]], int]:
    """({"sector": [...], "province": [...], "label": [...]}, size of the result set).

    Each entry is {"slug", "name", "count"}; terms without matches count 0, so a
    page can show them disabled. Names are in `locale`'s language.
    """
    per_province = dict(
        Enterprise.objects.filter(condition(""))
        .order_by()
        .values_list("province")
        .annotate(count=Count("pk"))
    )
    language = locale.language_code
    facets = {
        "sector": _term_facet(Sector, locale, condition),
        "province": [
            {
                "slug": province.slug,
                "name": province.name_in(language),
                "count": per_province.get(province.slug, 0),
            }
            for province in PROVINCES
        ],
        "label": _term_facet(Label, locale, condition),
    }
    return facets, sum(per_province.values())
