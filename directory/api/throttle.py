"""A per-client limit on the open-data API: `API_REQUESTS_PER_MINUTE` requests.

Counted before the page cache, so cached answers count too. Beyond the limit the
answer is a JSON 429 with `Retry-After`, in the requested language if known.
"""

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _

from directory.api.params import api_language
from directory.api.responses import json_error
from directory.finder import GuideParamError
from directory.views.rate_limit import RateLimit

API_PREFIX = "/api/"
WINDOW_SECONDS = 60


class ApiRateLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith(API_PREFIX):
            limit = RateLimit(
                "api", limit=settings.API_REQUESTS_PER_MINUTE, window=WINDOW_SECONDS
            )
            if not limit.acquire(request):
                return too_many_requests(request)
        return self.get_response(request)


def too_many_requests(request):
    try:
        language = api_language(request.GET)
    except GuideParamError:
        language = settings.LANGUAGE_CODE
    with translation.override(language):
        response = json_error(
            _(
                "Too many requests from your address. Please wait a minute "
                "and try again."
            ),
            status=429,
        )
    response["Retry-After"] = str(WINDOW_SECONDS)
    return response
