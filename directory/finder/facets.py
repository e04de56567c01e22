"""Facet counts of a result set: every sector, province and label, in three queries."""

from django.db.models import Count, Q

from directory.models import Enterprise, Label, Sector
from directory.rules.provinces import PROVINCES


def _term_facet(model, locale, result_ids) -> list[dict]:
    terms = (
        model.objects.filter(locale=locale)
        .annotate(count=Count("enterprises", filter=Q(enterprises__in=result_ids)))
        .order_by("sort_order", "name")
    )
    return [{"slug": t.slug, "name": t.name, "count": t.count} for t in terms]


def facet_counts(matches, locale) -> tuple[dict[str, list[dict]], int]:
    """({"sector": [...], "province": [...], "label": [...]}, size of `matches`).

    Each entry is {"slug", "name", "count"}; terms without matches count 0, so a
    page can show them disabled. Names are in `locale`'s language.
    """
    result_ids = matches.values("pk")
    per_province = dict(
        Enterprise.objects.filter(pk__in=result_ids)
        .order_by()
        .values_list("province")
        .annotate(count=Count("pk"))
    )
    language = locale.language_code
    facets = {
        "sector": _term_facet(Sector, locale, result_ids),
        "province": [
            {
                "slug": province.slug,
                "name": province.name_in(language),
                "count": per_province.get(province.slug, 0),
            }
            for province in PROVINCES
        ],
        "label": _term_facet(Label, locale, result_ids),
    }
    return facets, sum(per_province.values())
