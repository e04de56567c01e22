"""The guide's enterprises in the site search (registered when the app starts)."""

from django.utils.translation import gettext_lazy as _

from directory.finder import GuideFilters, find_enterprises
from directory.links import enterprise_path, guide_urls
from directory.models import Label, Sector
from search.providers import Group, Provider


def find(query: str, locale, guide_url: str | None, size: int) -> Group:
    """The guide's first `size` enterprises for `query` and how many match."""
    found = find_enterprises(
        GuideFilters(q=query), locale=locale, page_size=size, listed=True
    )
    for enterprise in found.enterprises:
        enterprise.url = enterprise_path(guide_url, enterprise) if guide_url else None
    return Group("enterprises", found.enterprises, found.count)


def guide_address(request, language: str) -> str | None:
    return guide_urls(request).get(language)


def term_names(locale) -> list[str]:
    """Sector and label names, which the spelling suggestions may offer."""
    return [
        name
        for model in (Sector, Label)
        for name in model.objects.filter(locale=locale).values_list("name", flat=True)
    ]


ENTERPRISES = Provider(
    key="enterprises",
    label=_("MeMO guide"),
    browse=_("Browse the MeMO guide by sector, label and place"),
    template="directory/includes/site_search_group.html",
    find=find,
    address=guide_address,
    words=term_names,
)
