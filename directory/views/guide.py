"""The guide's front: search, facets, results and map.

See docs/contract.md#guide-parameters.
"""

from dataclasses import dataclass

from django.conf import settings
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from directory.finder import (
    GuideFilters,
    GuideParamError,
    find_enterprises,
    parse_guide_params,
)

API_PATH = "/api/v1/enterprises/"
RADIUS_CHOICES_KM = (5, 10, 25, 50, 100)
PAGE_SIZE = 20
MAP_PAGE_SIZE = 100  # the API's largest page; the map script follows `next`
TEMPLATE = "directory/guide_index.html"

# Facet parameter → (GuideFilters field, legend).
FACETS = {
    "sector": ("sectors", gettext_lazy("Sector")),
    "province": ("provinces", gettext_lazy("Province")),
    "label": ("labels", gettext_lazy("Label")),
}


@dataclass(frozen=True)
class FacetOption:
    slug: str
    name: str
    count: int
    checked: bool
    remove_query: str  # the current filters without this option


@dataclass(frozen=True)
class FacetGroup:
    param: str
    legend: str
    options: list[FacetOption]


def facet_groups(filters: GuideFilters, facets: dict) -> list[FacetGroup]:
    """The facet checkboxes, marked as chosen, with links that drop one choice."""
    groups = []
    for param, (field, legend) in FACETS.items():
        chosen = getattr(filters, field)
        options = [
            FacetOption(
                slug=entry["slug"],
                name=entry["name"],
                count=entry["count"],
                checked=entry["slug"] in chosen,
                remove_query=_query(
                    filters, **{field: tuple(s for s in chosen if s != entry["slug"])}
                ),
            )
            for entry in facets.get(param, ())
        ]
        groups.append(FacetGroup(param, legend, options))
    return groups


def active_filters(filters: GuideFilters, groups: list[FacetGroup]) -> list[dict]:
    """Each filter in force, named, with the query that removes it."""
    active = []
    if filters.q:
        active.append(
            {"name": _("“%(q)s”") % {"q": filters.q}, "query": _query(filters, q="")}
        )
    for group in groups:
        active += [
            {"name": option.name, "query": option.remove_query}
            for option in group.options
            if option.checked
        ]
    if filters.cooperative:
        active.append(
            {"name": _("Cooperatives"), "query": _query(filters, cooperative=False)}
        )
    if filters.nrc:
        active.append(
            {"name": _("NRC accredited"), "query": _query(filters, nrc=False)}
        )
    if filters.near is not None:
        active.append(
            {
                "name": _distance_name(filters),
                "query": _query(filters, near=None, km=None, municipality=""),
            }
        )
    return active


def _distance_name(filters: GuideFilters) -> str:
    if filters.municipality:
        if filters.km:
            return _("Within %(km)s km of %(place)s") % {
                "km": f"{filters.km:g}",
                "place": filters.municipality,
            }
        return _("Near %(place)s") % {"place": filters.municipality}
    if filters.km:
        return _("Within %(km)s km of your location") % {"km": f"{filters.km:g}"}
    return _("Near your location")


def paged_query(filters: GuideFilters, page: int, extra: dict | None = None) -> str:
    """The query string of `filters` on `page`, with `extra` parameters."""
    query = filters.to_querydict(page=page)
    for key, value in (extra or {}).items():
        query[key] = value
    return query.urlencode()


def page_links(
    filters: GuideFilters, num_pages: int, extra: dict | None = None
) -> list[dict]:
    """Numbered pages around the current one (and the first and last), keeping
    filters and `extra` parameters."""
    around = {1, num_pages, *range(filters.page - 2, filters.page + 3)}
    links, previous = [], 0
    for number in sorted(n for n in around if 1 <= n <= num_pages):
        if number - previous > 1:
            links.append({"gap": True})
        links.append(
            {
                "number": number,
                "query": paged_query(filters, number, extra),
                "current": number == filters.page,
            }
        )
        previous = number
    return links


def guide_index(request, page):
    """Render the guide; bad parameters give status 400 and say what is wrong."""
    context = page.get_context(request)
    context.update(
        guide_url=page.get_url(request),
        proposal_url=page.proposal_url(request),
        api_path=API_PATH,
        radius_choices=RADIUS_CHOICES_KM,
        # The other language's guide shows the same search (slugs are shared).
        language_queries={
            code: request.GET.urlencode() for code, _ in settings.LANGUAGES
        },
    )
    try:
        filters = parse_guide_params(request.GET, locale=page.locale)
        results = find_enterprises(
            filters, locale=page.locale, page_size=PAGE_SIZE, listed=True
        )
    except GuideParamError as error:
        context.update(error=str(error), q=request.GET.get("q", "")[:200])
        return TemplateResponse(request, TEMPLATE, context, status=400)

    groups = facet_groups(filters, results.facets)
    active = active_filters(filters, groups)
    context.update(
        filters=filters,
        q=filters.q,
        results=results,
        facet_groups=groups,
        active_filters=active,
        filter_count=len(active) - bool(filters.q),  # the search box is no filter
        first_number=(results.page - 1) * results.page_size + 1,
        page_links=page_links(filters, results.num_pages),
        previous_query=filters.to_querydict(page=filters.page - 1).urlencode(),
        next_query=filters.to_querydict(page=filters.page + 1).urlencode(),
        map_url=f"{API_PATH}?{map_query(filters, page.locale.language_code)}",
        filter_query=filters.to_querydict(page=1),
    )
    return TemplateResponse(request, TEMPLATE, context)


def _query(filters: GuideFilters, **changes) -> str:
    """The query string of `filters` with `changes`, back on the first page."""
    return filters.to_querydict(page=1, **changes).urlencode()


def map_query(filters: GuideFilters, language: str) -> str:
    """The API query for the map: the same filters, every page, as GeoJSON."""
    query = filters.to_querydict(page=1)
    query["locale"] = language
    query["format"] = "geojson"
    query["page_size"] = str(MAP_PAGE_SIZE)
    return query.urlencode()
