"""Site-wide search: pages, news and events, and what the apps register.

Results come in groups, each with its count: pages, news and events (the page
types registered for `news`), and one group per registered provider (the
enterprises of the MeMO guide, counted and ranked as the guide itself would).
Without `type` every group shows its best few; `type=pages` or `type=news` pages
through one group.
"""

from django.core.paginator import Paginator
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import get_language
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Locale, Page

from search.fallback import Found, search_as_typed
from search.providers import Group, page_group, providers
from search.query_log import log_query, normalise
from search.snippets import highlight, page_text
from search.suggestions import spelling_for

RESULTS_PER_PAGE = 10
PREVIEW_SIZE = 5  # results of each group shown when all groups are
MAX_RESULTS = 100
MAX_QUERY_LENGTH = 200
PAGE_GROUPS = ("pages", "news")


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
            groups[page_group(page)].results.append(page)
    for group in groups.values():
        group.count = len(group.results)
        group.capped = len(found.objects) >= MAX_RESULTS
    return groups, found


def other_language(query: str, language: str) -> dict | None:
    """How much the same query finds in the site's other language, and where."""
    for locale in Locale.objects.exclude(language_code=language):
        code = locale.language_code
        with translation.override(code):
            groups, _found = page_groups(query, locale, code)
            count = sum(group.count for group in groups.values())
            count += sum(
                provider.find(query, locale, None, 1).count for provider in providers()
            )
            if count:
                url = reverse("search:site_search")
                return {"language": code, "count": count, "url": url}
    return None


def suggestion_for(query: str, locale) -> str | None:
    def texts() -> list[str]:
        live = Page.objects.live().filter(locale=locale)
        titles = live.values_list("title", flat=True)
        words = [word for provider in providers() for word in provider.words(locale)]
        return [*titles, *words]

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
        provided = []
        for provider in providers():
            address = provider.address(request, language)
            group = provider.find(query, locale, address, PREVIEW_SIZE)
            provided.append({"provider": provider, "group": group, "address": address})
        total = sum(group.count for group in groups.values()) + len(promotions)
        total += sum(entry["group"].count for entry in provided)
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
            groups=groups, provided=provided, promotions=promotions, total=total
        )
        if not total:
            context["suggestion"] = suggestion_for(query, locale)
            context["elsewhere"] = other_language(query, language)
        log_query(query)
    return render(request, "search/site_search.html", context)
