"""The guide's languages, given as a Locale or a language code."""

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
