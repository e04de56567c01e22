"""Language handling of requests outside the `/nl/` and `/fr/` page trees."""

from django.middleware.locale import LocaleMiddleware

# Addresses that are never language-prefixed (docs/contract.md#languages).
UNPREFIXED = (
    "/api/",
    "/admin/",
    "/documents/",
    "/static/",
    "/media/",
    "/healthz",
    "/embed/",
)


class SiteLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware without its 404 → `/nl/…` redirect outside the trees.

    Wagtail's catch-all page route makes every `/nl/<anything>` look valid, so the
    stock middleware would answer an unknown `/api/v1/x` with a redirect to
    `/nl/api/v1/x` instead of a 404.
    """

    def process_response(self, request, response):
        # `/documents` is as unprefixed as `/documents/`.
        if f"{request.path_info.rstrip('/')}/".startswith(UNPREFIXED):
            return response
        return super().process_response(request, response)
