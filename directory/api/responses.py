"""JSON answers of the open-data API: cacheable successes, JSON errors, GET only."""

from functools import wraps

from django.http import HttpResponse, JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

CACHE_CONTROL = "public, max-age=300"
ALLOWED_METHODS = ("GET", "HEAD", "OPTIONS")
JSON_OPTIONS = {"ensure_ascii": False}


def json_ok(data: dict, *, content_type: str = "application/json") -> JsonResponse:
    response = JsonResponse(
        data, content_type=content_type, json_dumps_params=JSON_OPTIONS
    )
    response["Cache-Control"] = CACHE_CONTROL
    return response


def json_error(message: str, *, status: int = 400) -> JsonResponse:
    response = JsonResponse(
        {"error": str(message)}, status=status, json_dumps_params=JSON_OPTIONS
    )
    response["Cache-Control"] = "no-cache"
    return response


def read_only(view):
    """Answer GET and HEAD; OPTIONS lists them; anything else is a JSON 405.

    Without a CSRF check: nothing here changes anything, and the check would
    answer a POST with Django's HTML 403 (no CSRF cookie) or read its body and
    answer an HTML 400 (a form in another charset than UTF-8) before the 405.
    """

    @csrf_exempt
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method == "OPTIONS":
            response = HttpResponse()
        elif request.method not in ALLOWED_METHODS:
            response = json_error(
                _("Method %(method)s is not allowed: this API is read-only.")
                % {"method": request.method[:20]},
                status=405,
            )
        else:
            return view(request, *args, **kwargs)
        response["Allow"] = ", ".join(ALLOWED_METHODS)
        return response

    return wrapper
