"""Per-client limits on the open-data API.

Every request to the API counts against `API_REQUESTS_PER_MINUTE`; the bulk
downloads, which hand over the whole guide (every e-mail address included) in one
request, also count against `API_DOWNLOADS_PER_HOUR`. Counted before the page
cache, so cached answers count too. Beyond a limit the answer is a JSON 429 with
`Retry-After`, in the requested language if known.
"""

from functools import cache

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from directory.api.downloads import FORMATS
from directory.api.params import api_language
from directory.api.responses import json_error
from directory.finder import GuideParamError
from directory.views.rate_limit import RateLimit

API_PREFIX = "/api/"
WINDOW_SECONDS = 60
DOWNLOADS_WINDOW_SECONDS = 60 * 60
TOO_MANY_REQUESTS = _(
    "Too many requests from your address. Please wait a minute and try again."
)
TOO_MANY_DOWNLOADS = _(
    "Too many downloads from your address. Please wait an hour and try again."
)


@cache
def download_paths() -> frozenset[str]:
    return frozenset(reverse(f"api:enterprise_export_{output}") for output in FORMATS)


class ApiRateLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path_info
        if path.startswith(API_PREFIX):
            requests = RateLimit(
                "api", limit=settings.API_REQUESTS_PER_MINUTE, window=WINDOW_SECONDS
            )
            if not requests.acquire(request):
                return too_many(request, requests, TOO_MANY_REQUESTS)
            if path in download_paths():
                downloads = RateLimit(
                    "api-downloads",
                    limit=settings.API_DOWNLOADS_PER_HOUR,
                    window=DOWNLOADS_WINDOW_SECONDS,
                )
                if not downloads.acquire(request):
                    return too_many(request, downloads, TOO_MANY_DOWNLOADS)
        return self.get_response(request)


def too_many(request, limit: RateLimit, message):
    try:
        language = api_language(request.GET)
    except GuideParamError:
        language = settings.LANGUAGE_CODE
    with translation.override(language):
        response = json_error(str(message), status=429)
    response["Retry-After"] = str(limit.window)
    return response
