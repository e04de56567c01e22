"""The anonymous page cache: whole responses kept in the shared cache, per address.

Only what any visitor would get is kept: GET requests under a language prefix,
the open-data API or the embedded guide, from a browser without a session (so no
editor, no flash message), answered 200 with no cookie set (so no form with a CSRF token) and not
marked private. Everything kept is dropped at once when content changes
(`caching.purging`): the keys carry a generation that a purge replaces, so every
process sees the purge on its next request.
"""

import hashlib
import uuid

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import patch_cache_control

GENERATION_KEY = "pages:generation"
CACHED_PREFIXES = tuple(f"/{code}/" for code, _name in settings.LANGUAGES) + (
    "/api/v1/enterprises/",
    "/embed/",
)
# Cookies that mean the response may be personal: a session (editors, form state)
# or messages waiting to be shown.
PERSONAL_COOKIES = (settings.SESSION_COOKIE_NAME, "messages")
NOT_SHARED = ("private", "no-store", "no-cache")


def page_cache_seconds() -> int:
    return getattr(settings, "PAGE_CACHE_SECONDS", 0)


def generation() -> str:
    current = cache.get(GENERATION_KEY)
    if current is None:
        current = uuid.uuid4().hex
        if not cache.add(GENERATION_KEY, current, None):
            current = cache.get(GENERATION_KEY, current)
    return current


def forget_all_pages() -> None:
    """Drop every cached page, in every process (a new generation)."""
    cache.set(GENERATION_KEY, uuid.uuid4().hex, None)


def _key(request) -> str:
    address = f"{request.get_host()}{request.get_full_path()}"
    digest = hashlib.sha256(address.encode()).hexdigest()
    return f"pages:{generation()}:{digest}"


def _may_be_shared(request) -> bool:
    return (
        request.method in ("GET", "HEAD")
        and request.path.startswith(CACHED_PREFIXES)
        and not any(name in request.COOKIES for name in PERSONAL_COOKIES)
    )


def _keepable(response) -> bool:
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not any(word in cache_control for word in NOT_SHARED)
    )


def _without_cookie_vary(response) -> None:
    """A visitor without a session got what any visitor gets: it varies on no cookie."""
    if not response.has_header("Vary"):
        return
    kept = [
        value.strip()
        for value in response["Vary"].split(",")
        if value.strip().lower() != "cookie"
    ]
    if kept:
        response["Vary"] = ", ".join(kept)
    else:
        del response["Vary"]


class AnonymousPageCacheMiddleware:
    """Serve anonymous visitors from the shared cache; fill it on a miss."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = page_cache_seconds()
        if not seconds or not _may_be_shared(request):
            return self.get_response(request)
        key = _key(request)
        kept = cache.get(key)
        if kept is not None:
            return _rebuilt(kept)
        response = self.get_response(request)
        if request.method == "GET" and _keepable(response):
            _without_cookie_vary(response)
            patch_cache_control(response, public=True, max_age=0, s_maxage=seconds)
            cache.set(key, _kept(response), seconds)
            response["X-Page-Cache"] = "miss"
        return response


def _kept(response) -> dict:
    return {
        "status": response.status_code,
        "headers": list(response.items()),
        "content": response.content,
    }


def _rebuilt(kept: dict) -> HttpResponse:
    response = HttpResponse(kept["content"], status=kept["status"])
    for name, value in kept["headers"]:
        response[name] = value
    response["X-Page-Cache"] = "hit"
    return response
