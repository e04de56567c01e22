"""The anonymous page cache: whole responses kept in the shared cache, per address.

Only what any visitor would get is kept: GET requests under a language prefix,
the open-data API or the embedded guide, from a browser without a session (so no
editor, no flash message), answered 200 with no cookie set (so no form with a CSRF token) and not
marked private. Everything kept is dropped at once when content changes
(`caching.purging`): the keys carry a generation that a purge replaces, so every
process sees the purge on its next request.

The generation also keys what each process keeps of the pages between requests
(`kept_until_content_changes`): values that change only when content does, such
as a page's language versions.
"""

import hashlib
import uuid
from collections.abc import Callable, Hashable
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.utils.cache import patch_cache_control

from caching.request_scope import once_per_request, remember

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


# How many values a process keeps per generation, at most.
KEPT_LIMIT = 2000
_kept_values = {"generation": None, "values": {}}


def generation() -> str:
    """The content's current version (read once per request)."""
    return once_per_request(GENERATION_KEY, _shared_generation)


def _shared_generation() -> str:
    current = cache.get(GENERATION_KEY)
    if current is None:
        current = uuid.uuid4().hex
        if not cache.add(GENERATION_KEY, current, None):
            current = cache.get(GENERATION_KEY, current)
    return current


def forget_all_pages() -> None:
    """Drop every cached page, in every process (a new generation).

    Inside a transaction, again when it commits: until then other processes
    still read the old content, and may have kept it under the new generation.
    """
    _new_generation()
    connection = transaction.get_connection()
    if connection.in_atomic_block and not any(
        callback is _new_generation for _, callback, _ in connection.run_on_commit
    ):
        transaction.on_commit(_new_generation)


def _new_generation() -> None:
    current = uuid.uuid4().hex
    cache.set(GENERATION_KEY, current, None)
    remember(GENERATION_KEY, current)


def kept_until_content_changes(key: Hashable, compute: Callable[[], Any]) -> Any:
    """`compute()`, kept in this process until the content changes (a new generation).

    The value is shared by the requests that follow: it must not be changed.
    None is not kept (`compute` runs again next time).
    """
    current = generation()
    if _kept_values["generation"] != current:
        _kept_values.update(generation=current, values={})
    values = _kept_values["values"]
    if key in values:
        return values[key]
    value = compute()
    if value is not None:
        if len(values) >= KEPT_LIMIT:
            values.clear()
        values[key] = value
    return value


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
