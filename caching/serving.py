"""Wagtail's page serving, with what only content changes kept between requests.

Before a page is served Wagtail finds the request's site (a query) and walks the
page tree from the site's root to the page (about two queries a level). Loading
the page that answers (with its locale) and its view restrictions (the page's and
its ancestors') are three more. All of these depend only on the address and the
content, so each process keeps them until content changes
(`caching.pages.kept_until_content_changes`): the site per host, per site,
language and path the type and id of the page that answers it, and per page the
page with its locale and view restrictions. Each request gets its own copies of
the site and the page; a routable page resolves the rest of the path itself, as
in Wagtail. Everything else (the serve hooks, which check the kept view
restrictions, the page's own `serve`) is Wagtail's `serve` view, unchanged.
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
        if found is not None:
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
    del request._wagtail_route_for_request  # the request is served the kept page
    page = found.page
    kept_until_content_changes(("page", page.pk), lambda: _with_restrictions(page))
    depth = Site.find_for_request(request).root_page.depth
    return type(page), page.pk, page.depth - depth


def _routed(request, path, model, pk, consumed):
    segments = [segment for segment in path.split("/") if segment]
    kept = kept_until_content_changes(("page", pk), lambda: _kept_page(model, pk))
    if kept is None:
        return None
    page = _copy_of_page(*kept)
    try:
        return page.route(request, segments[consumed:])
    except Http404:
        return None


def _kept_page(model, pk) -> tuple | None:
    """(the page with its locale, its view restrictions), or None when it is gone."""
    try:
        page = model.objects.select_related("locale").get(pk=pk)
    except model.DoesNotExist:
        return None
    return _with_restrictions(page)


def _with_restrictions(page: Page) -> tuple:
    return page, tuple(Page.get_view_restrictions(page))


def _copy_of_page(page: Page, restrictions: tuple) -> Page:
    """A request's own copy of a kept page, which answers with the kept restrictions.

    The kept page's locale is loaded by the first copy and kept with it.
    """
    fresh = copy.copy(page)
    fresh.locale = copy.copy(page.locale)
    fresh.get_view_restrictions = lambda: restrictions
    return fresh
