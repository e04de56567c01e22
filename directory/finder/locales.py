"""The guide's languages, given as a Locale, a language code or a `locale` parameter."""

from django.conf import settings
from django.http import QueryDict
from django.utils.translation import gettext as _
from wagtail.models import Locale

from directory.finder.errors import GuideParamError


def as_locale(locale: Locale | str) -> Locale:
    """A Locale for a Locale or a language code; GuideParamError for an unknown code."""
    if isinstance(locale, Locale):
        return locale
    try:
        return Locale.objects.get_for_language(locale)
    except (Locale.DoesNotExist, LookupError):
        raise GuideParamError(
            _("Unknown language: %(code)s") % {"code": str(locale)[:20]}
        ) from None


DEFAULT_LANGUAGE = "nl"


def requested_language(params: QueryDict) -> str:
    """The `locale` parameter of the API and the embedded guide: `nl` when absent."""
    value = (params.get("locale") or "").strip() or DEFAULT_LANGUAGE
    languages = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    if value not in languages:
        raise GuideParamError(
            _("Unknown locale: %(value)s (use %(known)s)")
            % {"value": value[:20], "known": " / ".join(languages)}
        )
    return value
