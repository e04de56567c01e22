"""The guide embedded in other sites (`/embed/guide/`) and the page that builds
the snippet that embeds it (`<guide>/insluiten/`, `<guide>/integrer/`).

The embedded guide is the only address other sites may frame; it reads the
guide's parameters through the same query layer as the guide page. See
docs/contract.md#embedding.
"""

import dataclasses

from csp.constants import SELF
from csp.decorators import csp_replace, csp_update
from django import forms
from django.conf import settings
from django.shortcuts import render
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_safe

from core.site_url import absolute_url
from directory.finder import (
    GuideFilters,
    GuideParamError,
    find_enterprises,
    parse_guide_params,
)
from directory.finder.locales import (
    DEFAULT_LANGUAGE,
    as_locale,
    requested_language,
)
from directory.links import guide_urls
from directory.views.guide import (
    API_PATH,
    active_filters,
    facet_groups,
    map_query,
    page_links,
    paged_query,
)

EMBED_TEMPLATE = "directory/embed_guide.html"
BUILDER_TEMPLATE = "directory/embed_builder.html"
EMBED_PAGE_SIZE = 10
LIST, MAP = "list", "map"
DEFAULT_HEIGHT = 600
MIN_HEIGHT, MAX_HEIGHT = 200, 2000


def embed_view(params) -> str:
    """`view`: `list` (default) or `map` (the map above the list)."""
    value = (params.get("view") or "").strip() or LIST
    if value not in (LIST, MAP):
        raise GuideParamError(
            _("Unknown view: %(value)s (use list or map)") % {"value": value[:20]}
        )
    return value


def embed_options(language: str, view: str) -> dict[str, str]:
    """The embedded guide's own parameters, the default view left out."""
    return {"locale": language} if view == LIST else {"locale": language, "view": view}


def embed_query(filters: GuideFilters, language: str, view: str) -> str:
    """The embedded guide's query string for these filters, language and view."""
    return paged_query(filters, 1, embed_options(language, view))


@csrf_exempt
@require_safe
@xframe_options_exempt
@csp_replace({"frame-ancestors": ["*"]})
def embed_guide(request):
    """The guide as a compact page for a frame on any site; 400 for bad parameters."""
    try:
        language = requested_language(request.GET)
    except GuideParamError as error:
        return _embed_error(request, DEFAULT_LANGUAGE, error)
    with translation.override(language):
        try:
            view = embed_view(request.GET)
            locale = as_locale(language)
            filters = parse_guide_params(request.GET, locale=locale)
            results = find_enterprises(
                filters, locale=locale, page_size=EMBED_PAGE_SIZE, listed=True
            )
        except GuideParamError as error:
            return _embed_error(request, language, error)
        guide_url = guide_urls().get(language)
        extra = embed_options(language, view)
        context = {
            "language": language,
            "view": view,
            "results": results,
            # Enterprise pages open on this site, whatever site frames the guide.
            "guide_url": absolute_url(guide_url) if guide_url else "",
            "guide_link": _guide_link(guide_url, filters),
            "first_number": (results.page - 1) * results.page_size + 1,
            "page_links": page_links(filters, results.num_pages, extra),
            "previous_query": paged_query(filters, filters.page - 1, extra),
            "next_query": paged_query(filters, filters.page + 1, extra),
            "map_url": f"{API_PATH}?{map_query(filters, language)}",
        }
        # Rendered here, in the asked language, not later in the request's.
        return render(request, EMBED_TEMPLATE, context)


def _guide_link(guide_url: str | None, filters: GuideFilters) -> str:
    """The guide page on this site with the same filters (the attribution's link)."""
    if not guide_url:
        return absolute_url("/")
    query = paged_query(filters, 1)
    return absolute_url(f"{guide_url}?{query}" if query else guide_url)


def _embed_error(request, language: str, error: GuideParamError):
    with translation.override(language):
        context = {
            "language": language,
            "error": str(error),
            "guide_link": absolute_url("/"),
        }
        return render(request, EMBED_TEMPLATE, context, status=400)


class EmbedOptionsForm(forms.Form):
    """How the embedded guide looks: list or map, its language and its height."""

    view = forms.ChoiceField(
        label=gettext_lazy("Show"),
        choices=[(LIST, gettext_lazy("List")), (MAP, gettext_lazy("Map and list"))],
        widget=forms.RadioSelect,
    )
    locale = forms.ChoiceField(
        label=gettext_lazy("Language"), choices=settings.WAGTAIL_CONTENT_LANGUAGES
    )
    height = forms.IntegerField(
        label=gettext_lazy("Height in pixels"),
        min_value=MIN_HEIGHT,
        max_value=MAX_HEIGHT,
    )


def options_form(params, language: str) -> EmbedOptionsForm:
    """The options as asked, each one absent taking its default."""
    defaults = {"view": LIST, "locale": language, "height": str(DEFAULT_HEIGHT)}
    data = {
        key: (params.get(key) or "").strip() or value for key, value in defaults.items()
    }
    return EmbedOptionsForm(data)


@csp_update({"frame-src": [SELF]})  # the preview frames this site's embedded guide
def embed_builder(request, page):
    """The snippet that embeds the guide, for the current filters and chosen options.

    A GET form: without JavaScript, choosing and sending rebuilds the snippet here.
    """
    context = page.get_context(request)
    guide_url = page.get_url(request)
    context.update(guide_url=guide_url, embed_url=f"{guide_url}{page.embed_slug}/")
    try:
        filters = dataclasses.replace(
            parse_guide_params(request.GET, locale=page.locale), page=1
        )
        results = find_enterprises(
            filters, locale=page.locale, page_size=1, listed=True
        )
    except GuideParamError as error:
        context["error"] = str(error)
        return TemplateResponse(request, BUILDER_TEMPLATE, context, status=400)
    form = options_form(request.GET, page.locale.language_code)
    filter_query = filters.to_querydict()
    context.update(
        form=form,
        results=results,
        active_filters=active_filters(filters, facet_groups(filters, results.facets)),
        filter_fields=[
            (key, value) for key, values in filter_query.lists() for value in values
        ],
        guide_query=filter_query.urlencode(),
    )
    if not form.is_valid():
        return TemplateResponse(request, BUILDER_TEMPLATE, context, status=400)
    options = form.cleaned_data
    path = reverse("embed_guide")
    query = embed_query(filters, options["locale"], options["view"])
    context.update(
        height=options["height"],
        preview_url=f"{path}?{query}",
        snippet=snippet(absolute_url(f"{path}?{query}"), options),
    )
    return TemplateResponse(request, BUILDER_TEMPLATE, context)


def snippet(src: str, options: dict) -> str:
    """The HTML another site pastes: a frame of the embedded guide (plain text)."""
    with translation.override(options["locale"]):
        title = _("MeMO guide of Coopkracht")
    return (
        f'<iframe src="{escape(src)}" title="{escape(title)}" width="100%" '
        f'height="{options["height"]}" loading="lazy"></iframe>'
    )
