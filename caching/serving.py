"""Wagtail's page serving, with what only content changes kept between requests.

Before a page is served Wagtail finds the request's site (a query) and walks the
page tree from the site's root to the page (about two queries a level). Both
depend only on the address and the content, so each process keeps them until
content changes (`caching.pages.kept_until_content_changes`): the site per host,
and per site, language and path the type and id of the page that answers it.
Each request then gets its own copy of the site and loads its page afresh, with
its locale (one query); a routable page resolves the rest of the path itself, as in Wagtail.
Everything else (view restrictions, the serve hooks, the page's own `serve`) is
Wagtail's `serve` view, unchanged.
"""

import copy

from django.http import Http404
from django.http.request import split_domain_port
from django.utils import translation
from wagtail import views
from wagtail.models import Page, Site

from caching.pages import kept_until_content_changes


def serve(request, path):
    site = _site(request)
    if site is not None and not hasattr(request, "_wagtail_route_for_request"):
        key = ("route", site.pk, translation.get_language(), path)
        found = kept_until_content_changes(key, lambda: _route(request, path))
        if found is not None and not hasattr(request, "_wagtail_route_for_request"):
            request._wagtail_route_for_request = _routed(request, path, *found)
    return views.serve(request, path)


def _site(request):
    """The request's site: a copy of the one kept for its host."""
    if hasattr(request, "_wagtail_site"):
        return request._wagtail_site
    host = (split_domain_port(request._get_raw_host())[0], request.get_port())
    kept = kept_until_content_changes(("site", host), lambda: _found_site(request))
    request._wagtail_site = _copy_of(kept) if kept is not None else None
    return request._wagtail_site


def _found_site(request):
    site = Site.find_for_request(request)
    del request._wagtail_site  # the kept instance is never the request's own
    return site


def _copy_of(site: Site) -> Site:
    fresh = copy.copy(site)
    if Site.root_page.is_cached(site):
        fresh.root_page = copy.copy(site.root_page)
    return fresh


def _route(request, path) -> tuple | None:
    """(page class, page id, path segments it consumed) of Wagtail's own routing."""
    found = Page.route_for_request(request, path)
    if found is None:
        return None
    page = found.page
    depth = Site.find_for_request(request).root_page.depth
    return type(page), page.pk, page.depth - depth


def _routed(request, path, model, pk, consumed):
    segments = [segment for segment in path.split("/") if segment]
    try:
        page = model.objects.select_related("locale").get(pk=pk)
        return page.route(request, segments[consumed:])
    except (Http404, model.DoesNotExist):
        return None
