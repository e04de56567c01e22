"""Error answers that need no database: 400, 500, and 503 while the database is down."""

import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import get_template

DATABASE_DOWN = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 30


def language_of_path(path: str) -> str:
    prefix = path.lstrip("/").split("/", 1)[0]
    return prefix if prefix in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def standalone_error(request, template: str, status: int) -> HttpResponse:
    # Rendered without a request: context processors might need the database.
    html = get_template(template).render({"language": language_of_path(request.path)})
    return HttpResponse(html, status=status)


def database_unavailable(request) -> HttpResponse:
    response = standalone_error(request, "503.html", 503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


def bad_request(request, exception=None):
    """handler400. Django's own reads the CSRF token from the body again, which fails
    again (a 500) when the body was what could not be read, such as a UTF-16 form."""
    return standalone_error(request, "400.html", 400)


def server_error(request):
    """handler500: a database outage anywhere in the stack is a 503, not a 500."""
    if isinstance(sys.exc_info()[1], DATABASE_DOWN):
        return database_unavailable(request)
    return standalone_error(request, "500.html", 500)


class DatabaseUnavailableMiddleware:
    """Views that lose the database answer 503 with a page in the visitor's language.

    Connections are opened per request with health checks (`conn_health_checks`), so
    when PostgreSQL is back the next request simply works: no restart needed.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, DATABASE_DOWN):
            return database_unavailable(request)
        return None


def account_locked(request, credentials=None, *args, **kwargs) -> HttpResponse:
    """django-axes lockout answer: too many failed admin logins (429)."""
    return standalone_error(request, "account_locked.html", 429)
