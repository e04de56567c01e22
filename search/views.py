"""Site-wide search: pages, news and events, and the guide's enterprises.

Results come in groups, each with its count: pages, news and events (page types
that say `search_group = "news"`), and the enterprises of the MeMO guide, counted
and ranked as the guide itself would. Without `type` every group shows its best
few; `type=pages` or `type=news` pages through one group.
"""

from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import get_language
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Locale, Page

from directory.finder import GuideFilters, find_enterprises
from directory.links import enterprise_path, guide_urls
from directory.models import Label, Sector
from search.fallback import Found, search_as_typed
from search.query_log import log_query, normalise
from search.snippets import highlight, page_text
from search.suggestions import spelling_for

RESULTS_PER_PAGE = 10
PREVIEW_SIZE = 5  # results of each group shown when all groups are
MAX_RESULTS = 100
MAX_QUERY_LENGTH = 200
PAGE_GROUPS = ("pages", "news")


@dataclass
class Group:
    key: str  # "pages", "news" or "enterprises"
    results: list = field(default_factory=list)
    count: int = 0
    capped: bool = False  # there may be more than `count`


def clean_query(raw: str) -> str:
    return raw.replace("\x00", "").strip()[:MAX_QUERY_LENGTH]


def promotions_for(query: str, locale) -> list[SearchPromotion]:
    """Editors' picks for this query, in the visitor's language only."""
    return list(
        SearchPromotion.objects.filter(query__query_string=normalise(query))
        .filter(page__locale=locale, page__live=True)
        .select_related("page")
        .order_by("sort_order")
    )


def page_groups(
    query: str, locale, language: str, promoted: frozenset[int] = frozenset()
) -> tuple[dict[str, Group], Found]:
    """The matching live pages of `locale` by group, and how they were found
    (`Found.fell_back`, `Found.backend`).

    Pages the editors promote for this query (`promoted`) are shown apart.
    """
    found = search_as_typed(
        Page.objects.live().public().filter(locale=locale).specific(),
        query,
        language,
        limit=MAX_RESULTS,
    )
    groups = {key: Group(key) for key in PAGE_GROUPS}
    for page in found.objects:
        if page.pk not in promoted:
            groups[getattr(page, "search_group", "pages")].results.append(page)
    for group in groups.values():
        group.count = len(group.results)
        group.capped = len(found.objects) >= MAX_RESULTS
    return groups, found


def enterprise_group(query: str, locale, guide_url: str | None, size: int) -> Group:
    """The guide's first `size` enterprises for `query` and how many match."""
    found = find_enterprises(GuideFilters(q=query), locale=locale, page_size=size)
    for enterprise in found.enterprises:
        enterprise.url = enterprise_path(guide_url, enterprise) if guide_url else None
    return Group("enterprises", found.enterprises, found.count)


def other_language(query: str, language: str) -> dict | None:
    """How much the same query finds in the site's other language, and where."""
    for locale in Locale.objects.exclude(language_code=language):
        code = locale.language_code
        with translation.override(code):
            groups, _found = page_groups(query, locale, code)
            count = sum(group.count for group in groups.values())
            count += enterprise_group(query, locale, None, size=1).count
            if count:
                url = reverse("search:site_search")
                return {"language": code, "count": count, "url": url}
    return None


def suggestion_for(query: str, locale) -> str | None:
    def texts() -> list[str]:
        live = Page.objects.live().filter(locale=locale)
        titles = live.values_list("title", flat=True)
        terms = [
            name
            for model in (Sector, Label)
            for name in model.objects.filter(locale=locale).values_list(
                "name", flat=True
            )
        ]
        return [*titles, *terms]

    return spelling_for(query, locale, texts)


def site_search(request):
    query = clean_query(request.GET.get("q", ""))
    shown = request.GET.get("type", "")
    shown = shown if shown in PAGE_GROUPS else ""
    language = get_language()
    locale = Locale.get_active()
    context = {"query": query, "shown": shown, "search_fallback": False}
    if query:
        promotions = promotions_for(query, locale)
        promoted = frozenset(promotion.page_id for promotion in promotions)
        groups, found = page_groups(query, locale, language, promoted)
        context["search_fallback"] = found.fell_back
        guide_url = guide_urls(request).get(language)
        groups["enterprises"] = enterprise_group(query, locale, guide_url, PREVIEW_SIZE)
        total = sum(group.count for group in groups.values()) + len(promotions)
        if shown:
            results = Paginator(groups[shown].results, RESULTS_PER_PAGE)
            context["results"] = results.get_page(request.GET.get("page"))
            displayed = list(context["results"])
        else:
            for key in PAGE_GROUPS:
                groups[key].results = groups[key].results[:PREVIEW_SIZE]
            displayed = [page for key in PAGE_GROUPS for page in groups[key].results]
        for page in displayed:
            page.snippet = highlight(page_text(page), query)
        context.update(
            groups=groups, promotions=promotions, total=total, guide_url=guide_url
        )
        if not total:
            context["suggestion"] = suggestion_for(query, locale)
            context["elsewhere"] = other_language(query, language)
        log_query(query)
    return render(request, "search/site_search.html", context)
