"""`{% language_links %}`: hreflang alternates and the language switcher in one place."""

from django import template
from django.utils import translation
from wagtail.models import Page

from core.site_url import absolute_url
from home.translations import page_alternates, switcher_links, view_alternates

register = template.Library()


def alternates_for(context) -> dict[str, str]:
    if "alternates" in context:
        return context["alternates"]
    page = context.get("page")
    request = context.get("request")
    if isinstance(page, Page):
        if request is None:
            return page_alternates(page)
        # hreflang and the switcher both need them: look them up once per request.
        cache = request.__dict__.setdefault("_page_alternates", {})
        if page.pk not in cache:
            cache[page.pk] = page_alternates(page, request)
        return cache[page.pk]
    if request is not None:
        return view_alternates(request)
    return {}


@register.inclusion_tag("includes/hreflang.html", takes_context=True)
def hreflang_links(context):
    absolute = {
        code: absolute_url(url) for code, url in alternates_for(context).items()
    }
    return {"alternates": absolute, "x_default": absolute_url("/")}


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """The switcher; a view or page may put `language_queries` (language code →
    query string) in the context to keep the visitor's filters across languages."""
    current = translation.get_language()
    queries = context.get("language_queries")
    return {"links": switcher_links(alternates_for(context), current, queries)}
