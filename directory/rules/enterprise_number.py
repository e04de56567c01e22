"""The KBO/BCE enterprise number: normalised, checked, displayed.

See docs/contract.md#enterprise-numbers.
"""

import re

from django.utils.translation import gettext_lazy as _

ACCEPTED_SEPARATORS = re.compile(r"[\s.\-]")


class EnterpriseNumberError(ValueError):
    """An enterprise number that is not a valid KBO/BCE number."""


def normalise_enterprise_number(raw: str | None) -> str | None:
    """Return the 10-digit form, None for an empty value, or raise EnterpriseNumberError.

    Accepts dots, spaces, dashes and a `BE` prefix; a 9-digit number gets a leading 0.
    """
    if raw is None:
        return None
    value = ACCEPTED_SEPARATORS.sub("", str(raw)).upper()
    if not value:
        return None
    value = value.removeprefix("BE")
    if not value.isdigit() or len(value) not in (9, 10):
        raise EnterpriseNumberError(_("An enterprise number has 10 digits."))
    value = value.zfill(10)
    if int(value[8:]) != 97 - int(value[:8]) % 97:
        raise EnterpriseNumberError(
            _(
                "This enterprise number fails its check digits (97 − first eight mod 97)."
            )
        )
    return value


def format_enterprise_number(number: str | None) -> str | None:
    """`0123456749` → `0123.456.749`."""
    if not number:
        return None
    return f"{number[:4]}.{number[4:7]}.{number[7:]}"
