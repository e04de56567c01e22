"""The exchange format (docs/contract.md#csv-format): its columns and yes/no words.

The columns are the API's enterprise fields marked as such (`directory.schemas`),
led by the enterprise number an import matches rows on, and then the description
in each language. Its cells are escaped against formulas by `core.spreadsheets`.
"""

from django.utils.translation import gettext as _

from core.booleans import SPREADSHEET_WORDS
from directory.schemas import Enterprise, columns

KEY_COLUMN = "enterprise_number"
DESCRIPTION_LANGUAGES = ("nl", "fr")
COLUMNS = (
    KEY_COLUMN,
    *(column for column in columns(Enterprise) if column != KEY_COLUMN),
    *(f"description_{code}" for code in DESCRIPTION_LANGUAGES),
)
BOOLEAN_COLUMNS = ("cooperative", "nrc_accredited")
SLUG_SEPARATOR = "|"


class BooleanError(ValueError):
    pass


def parse_boolean(value) -> bool:
    """`yes`/`no` and their synonyms (an empty cell is `no`); BooleanError otherwise."""
    if isinstance(value, bool):
        return value
    meaning = SPREADSHEET_WORDS.read("" if value is None else str(value))
    if meaning is not None:
        return meaning
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
