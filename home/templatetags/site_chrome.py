"""Menus and footer text for the page header and footer, with a fixed query count.

`{% site_navigation as navigation %}` gives `navigation.main` and
`navigation.footer`, lists of `MenuLink`s; `{% footer_text as text %}` gives the
footer text of the visitor's language (rich text) or None. Both are computed
once per request and shared by the header and the footer, and kept per language
in the shared cache until content changes (`caching.pages.generation`); the snippet
of the default language stands in while a language has none of its own. Only live
(published) snippets are shown; a preview shows the snippet being edited instead
(the model's `chrome_preview` on the request).
"""

from dataclasses import dataclass

from django import template
from django.conf import settings
from django.core.cache import cache as shared_cache
from django.utils import translation

from caching.pages import generation
from home.localization import localize_pages
from home.models import FooterText, Navigation

register = template.Library()
# A safety net: any change of content replaces the generation long before this.
CHROME_SECONDS = 60 * 60


@dataclass(frozen=True)
class MenuLink:
    text: str
    url: str
    is_current: bool


def _for_language(model):
    """The instance of a one-per-language snippet in the active language, else in the
    default one (one query)."""
    language = translation.get_language()
    candidates = model.objects.filter(
        live=True, locale__language_code__in={language, settings.LANGUAGE_CODE}
    ).select_related("locale")
    by_language = {item.locale.language_code: item for item in candidates}
    return by_language.get(language) or by_language.get(settings.LANGUAGE_CODE)


def _menu_links(menus, request) -> list[list[tuple[str, str]]]:
    """Resolve the link blocks of several menus to (text, url), localizing all pages
    in one query."""
    values = [[block.value for block in menu] for menu in menus]
    flat = [value for menu in values for value in menu]
    pages = iter(localize_pages([value["page"] for value in flat]))
    resolved = []
    for menu in values:
        links = []
        for value in menu:
            page = next(pages)
            if value["page"] is not None:
                if page is None:  # unpublished or deleted: leave it out
                    continue
                links.append((value["label"] or page.title, page.get_url(request)))
            else:
                links.append((value["label"], value["url"]))
        resolved.append(links)
    return resolved


def _marked(links, request) -> list[MenuLink]:
    path = request.path if request else None
    return [MenuLink(text=text, url=url, is_current=url == path) for text, url in links]


def _request_cache(request) -> dict:
    if request is None:
        return {}
    if not hasattr(request, "_site_chrome"):
        request._site_chrome = {}
    return request._site_chrome


def _chrome(context, part: str):
    """The chrome `part` of the active language: every part is computed once per
    request, and read from (or put in) the shared cache together, per language
    and content version."""
    request = context.get("request")
    language = translation.get_language()
    kept = _request_cache(request)
    if (part, language) not in kept:
        prefix = ":".join(
            ["chrome", generation(), request.get_host() if request else ""]
        )
        keys = {name: f"{prefix}:{name}:{language}" for name in CHROME_PARTS}
        found = shared_cache.get_many(keys.values())
        missing = {}
        for name, key in keys.items():
            if key not in found:
                found[key] = missing[key] = CHROME_PARTS[name](request)
            kept[name, language] = found[key]
        if missing:
            shared_cache.set_many(missing, CHROME_SECONDS)
    return kept[part, language]


def _navigation(request, navigation=None):
    navigation = navigation or _for_language(Navigation)
    if navigation is None:
        return {"main": [], "footer": []}
    main, footer = _menu_links(
        [navigation.main_links, navigation.footer_links], request
    )
    return {"main": main, "footer": footer}


def _footer_text(request, footer=None):
    footer = footer or _for_language(FooterText)
    # An empty string, not None, so that "no footer text" is kept in the cache too.
    return footer.text if footer else ""


# What the header and footer show, by name: each computed from the request.
CHROME_PARTS = {"navigation": _navigation, "footer_text": _footer_text}


def _previewed(request, model):
    """The draft of `model` an editor previews in this request, if any (set on the
    request by `home.models.previews.ChromePreviewMixin`)."""
    instance = getattr(request, "chrome_preview", None)
    return instance if isinstance(instance, model) else None


@register.simple_tag(takes_context=True)
def site_navigation(context):
    request = context.get("request")
    previewed = _previewed(request, Navigation)
    if previewed:
        links = _navigation(request, previewed)
    else:
        links = _chrome(context, "navigation")
    return {menu: _marked(items, request) for menu, items in links.items()}


@register.simple_tag(takes_context=True)
def footer_text(context):
    previewed = _previewed(context.get("request"), FooterText)
    if previewed:
        return _footer_text(None, previewed) or None
    return _chrome(context, "footer_text") or None
