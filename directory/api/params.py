"""The API's own parameters, `locale`, `format`, `page_size` (docs/contract.md#api)."""

from django.conf import settings
from django.http import QueryDict
from django.utils.translation import gettext as _

from directory.finder import GuideParamError

DEFAULT_LANGUAGE = "nl"
FORMATS = ("json", "geojson")
DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100


def _last(params: QueryDict, key: str) -> str:
    return (params.get(key) or "").strip()


def api_language(params: QueryDict) -> str:
    """`locale`: a guide language, `nl` when absent."""
    value = _last(params, "locale") or DEFAULT_LANGUAGE
    languages = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    if value not in languages:
        raise GuideParamError(
            _("Unknown locale: %(value)s (use %(known)s)")
            % {"value": value[:20], "known": " / ".join(languages)}
        )
    return value


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
