"""The exchange format of SPEC §7: its columns, its yes/no words, its formula escape."""

import re

from django.utils.translation import gettext as _

COLUMNS = (
    "enterprise_number",
    "name",
    "legal_form",
    "cooperative",
    "nrc_accredited",
    "sectors",
    "labels",
    "street",
    "postcode",
    "municipality",
    "latitude",
    "longitude",
    "website",
    "email",
    "phone",
    "description_nl",
    "description_fr",
)
BOOLEAN_COLUMNS = ("cooperative", "nrc_accredited")
SLUG_SEPARATOR = "|"

TRUE_WORDS = frozenset({"yes", "true", "1", "ja", "oui"})
FALSE_WORDS = frozenset({"no", "false", "0", "nee", "non", ""})


class BooleanError(ValueError):
    pass


def parse_boolean(value) -> bool:
    """`yes`/`no` and their synonyms (an empty cell is `no`); BooleanError otherwise."""
    if isinstance(value, bool):
        return value
    word = "" if value is None else str(value).strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise BooleanError(_("%(value)r is not yes or no") % {"value": str(value)})


def format_boolean(value: bool) -> str:
    return "yes" if value else "no"


def split_slugs(value) -> list[str]:
    if isinstance(value, list | tuple):
        parts = value
    else:
        parts = ("" if value is None else str(value)).split(SLUG_SEPARATOR)
    return [str(part).strip().lower() for part in parts if str(part).strip()]


def join_slugs(slugs) -> str:
    return SLUG_SEPARATOR.join(slugs)


# A spreadsheet runs a cell starting with one of these as a formula, see
# https://owasp.org/www-community/attacks/CSV_Injection
FORMULA_TRIGGERS = "=+-@\t\r"
# One quote is added in front of a trigger, and of quotes already standing in
# front of one, so that removing one quote always gives back the original text.
_ESCAPED = re.compile(rf"^'+[{re.escape(FORMULA_TRIGGERS)}]")


def escape_formula(value: str) -> str:
    if value and (value[0] in FORMULA_TRIGGERS or _ESCAPED.match(value)):
        return "'" + value
    return value


def unescape_formula(value: str) -> str:
    if _ESCAPED.match(value):
        return value[1:]
    return value
