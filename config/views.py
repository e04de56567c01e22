"""Project-level views: language entry point, health, robots, sitemap, error pages."""

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from config.site_url import absolute_url
from search.health import search_health

DEFAULT_LANGUAGE = settings.LANGUAGE_CODE


@require_GET
def language_redirect(request):
    """`/` → `/nl/` or `/fr/` by Accept-Language (SPEC §3), Dutch by default."""
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
