"""Which language versions of a page exist, for the switcher and hreflang.

Only live, non-alias translations count (docs/contract.md#languages): an unpublished
translation made in wagtail-localize is never linked from the public site. A
page's language versions are kept per process until content changes
(`caching.pages.kept_until_content_changes`).
"""

from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language_info
from wagtail.models import Page, Site

from caching.pages import kept_until_content_changes


def language_codes() -> list[str]:
    return [code for code, _ in settings.LANGUAGES]


def page_alternates(page: Page, request=None) -> dict[str, str]:
    """Map language code → URL of each live translation of `page` (itself included).

    The URLs are relative on the request's site, so they are kept per site; a
    preview (a draft that may be new) looks them up anew.
    """
    if page.pk is None or request is None or getattr(request, "is_preview", False):
        return _alternates(page, request)
    site = Site.find_for_request(request)
    key = ("page_alternates", page.pk, site.pk if site else None)
    return dict(kept_until_content_changes(key, lambda: _alternates(page, request)))


def _alternates(page: Page, request) -> dict[str, str]:
    translations = (
        Page.objects.filter(translation_key=page.translation_key)
        .live()
        .public()
        .filter(alias_of__isnull=True)
        .select_related("locale")
    )
    alternates = {}
    found = set()
    for translation in translations:
        found.add(translation.pk)
        url = translation.get_url(request=request)
        if url:
            alternates[translation.locale.language_code] = url
    if page.live and not page.alias_of_id and page.pk not in found:
        alternates.setdefault(page.locale.language_code, page.get_url(request=request))
    return alternates


def view_alternates(request) -> dict[str, str]:
    """For Django views inside i18n_patterns: the same address in each language.

    Empty for an address that matched nothing, or that Wagtail answered without a
    page (its 404): there is no known equivalent, so the switcher leads home.
    """
    match = request.resolver_match
    if match is None or match.url_name == "wagtail_serve":
        return {}
    path = request.get_full_path()
    return {code: translate_url(path, code) for code in language_codes()}


def switcher_links(
    alternates: dict[str, str], current: str, queries: dict[str, str] | None = None
) -> list[dict]:
    """One link per other language: its translation, else that language's home.

    `queries` (language code → query string) carries what the visitor asked for,
    such as the guide's filters, over to the translation; never to a home page.
    """
    queries = queries or {}
    links = []
    for code in language_codes():
        if code == current:
            continue
        url = alternates.get(code)
        if url and queries.get(code):
            url = f"{url}?{queries[code]}"
        links.append(
            {
                "code": code,
                "name": get_language_info(code)["name_local"],
                "url": url or f"/{code}/",
                "is_translation": code in alternates,
            }
        )
    return links
