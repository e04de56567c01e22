"""Project-level views: language entry point, health, robots, icons, error pages."""

import functools

from django.conf import settings
from django.contrib.staticfiles import finders
from django.db import DatabaseError, connection
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from core.site_url import absolute_url
from search.health import search_health

DEFAULT_LANGUAGE = settings.LANGUAGE_CODE
ICON_SECONDS = 24 * 60 * 60


@require_GET
def language_redirect(request):
    """`/` → `/nl/` or `/fr/` by Accept-Language, Dutch by default."""
    supported = {code for code, _ in settings.LANGUAGES}
    language = translation.get_language_from_request(request, check_path=False)
    if language not in supported:
        language = DEFAULT_LANGUAGE
    response = HttpResponseRedirect(f"/{language}/")
    response["Vary"] = "Accept-Language, Cookie"
    return response


@never_cache
@require_GET
def healthz(request):
    """Database and search-engine status (naming missing indexes); 503 without database."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        database = "ok"
    except DatabaseError:
        database = "unavailable"
    status = 200 if database == "ok" else 503
    body = {"database": database, "search": "unknown"}
    if database == "ok":
        health = search_health()
        body["search"] = health.status
        if health.missing_indexes:
            body["missing_indexes"] = health.missing_indexes
    return JsonResponse(body, status=status)


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /nl/zoeken/",
        "Disallow: /fr/recherche/",
        f"Sitemap: {absolute_url('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


@functools.cache
def _favicon_bytes() -> bytes:
    with open(finders.find("img/favicon.ico"), "rb") as icon:
        return icon.read()


@require_GET
def favicon(request):
    """The site's icon at the address browsers ask for by themselves."""
    response = HttpResponse(_favicon_bytes(), content_type="image/x-icon")
    response["Cache-Control"] = f"public, max-age={ICON_SECONDS}"
    return response


@require_GET
def web_manifest(request):
    """The web app manifest: the site's name, colours and app icons."""
    icons = [
        {
            "src": static(f"img/icon-{size}.png"),
            "sizes": f"{size}x{size}",
            "type": "image/png",
        }
        for size in (192, 512)
    ]
    manifest = {
        "name": "Coopkracht",
        "short_name": "Coopkracht",
        "start_url": "/",
        "display": "browser",
        "background_color": "#fbf8f3",
        "theme_color": "#1e5b3c",
        "icons": icons,
    }
    response = JsonResponse(manifest, content_type="application/manifest+json")
    response["Cache-Control"] = f"public, max-age={ICON_SECONDS}"
    return response
