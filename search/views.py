"""Site-wide search: pages, news and enterprises of the visitor's language (SPEC §3)."""

from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.translation import get_language
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Locale, Page

from directory.finder import search_enterprises_for_site
from directory.links import enterprise_path, guide_urls
from search.fallback import search_as_typed
from search.query_log import log_query, normalise

RESULTS_PER_PAGE = 10
MAX_RESULTS = 100
MAX_ENTERPRISES = 10
MAX_QUERY_LENGTH = 200


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


def site_search(request):
    query = clean_query(request.GET.get("q", ""))
    language = get_language()
    locale = Locale.get_active()
    pages, enterprises, promotions, fell_back = [], [], [], False
    if query:
        found = search_as_typed(
            Page.objects.live().public().filter(locale=locale).specific(),
            query,
            language,
            limit=MAX_RESULTS,
        )
        pages, fell_back = found.objects, found.fell_back
        enterprises = search_enterprises_for_site(query, locale, limit=MAX_ENTERPRISES)
        guide_url = guide_urls(request).get(language)
        for enterprise in enterprises:
            enterprise.url = (
                enterprise_path(guide_url, enterprise) if guide_url else None
            )
        promotions = promotions_for(query, locale)
        promoted = {promotion.page_id for promotion in promotions}
        pages = [page for page in pages if page.pk not in promoted]
        log_query(query)
    results = Paginator(pages, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "search/site_search.html",
        {
            "query": query,
            "results": results,
            "enterprises": enterprises,
            "promotions": promotions,
            "search_fallback": fell_back,
        },
    )
