"""The API's own parameters, `locale`, `format`, `page_size` (docs/contract.md#api)."""

from django.http import QueryDict
from django.utils.translation import gettext as _

from directory.finder import GuideParamError
from directory.finder.locales import DEFAULT_LANGUAGE, requested_language

FORMATS = ("json", "geojson")
DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100

__all__ = ["DEFAULT_LANGUAGE", "api_format", "api_language", "api_page_size"]

# `locale`: a guide language, `nl` when absent (shared with the embedded guide).
api_language = requested_language


def _last(params: QueryDict, key: str) -> str:
    return (params.get(key) or "").strip()


def api_format(params: QueryDict) -> str:
    """`format`: `json` (default) or `geojson`."""
    value = _last(params, "format").lower() or FORMATS[0]
    if value not in FORMATS:
        raise GuideParamError(
            _("Unknown format: %(value)s (use json or geojson)") % {"value": value[:20]}
        )
    return value


def api_page_size(params: QueryDict) -> int:
    """`page_size`: results per page, 1 to MAX_PAGE_SIZE, 20 when absent."""
    value = _last(params, "page_size")
    if not value:
        return DEFAULT_PAGE_SIZE
    if value.isascii() and value.isdigit() and 1 <= int(value) <= MAX_PAGE_SIZE:
        return int(value)
    raise GuideParamError(
        _("Invalid page_size: %(value)s (use 1 to %(max)d)")
        % {"value": value[:20], "max": MAX_PAGE_SIZE}
    )
