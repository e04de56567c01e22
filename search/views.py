"""Site-wide search: pages, news and enterprises of the visitor's language (SPEC §3)."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.shortcuts import render
from wagtail.models import Locale, Page

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200


def site_search(request):
    query = request.GET.get("q", "").replace("\x00", "").strip()[:MAX_QUERY_LENGTH]
    locale = Locale.get_active()
    results = Page.objects.none()
    if query:
        results = Page.objects.live().public().filter(locale=locale).search(query)
    paginator = Paginator(results, RESULTS_PER_PAGE)
    try:
        page_of_results = paginator.page(request.GET.get("page", 1))
    except (EmptyPage, PageNotAnInteger):
        page_of_results = paginator.page(1)
    return render(
        request,
        "search/site_search.html",
        {"query": query, "results": page_of_results},
    )
