"""Checking one enterprise record against every data rule (docs/contract.md#data-rules).

`check_record` takes plain values keyed by the CSV column names and returns the
cleaned values plus a {column: message} map of problems. The model's `clean`, the
CSV import and the proposal form all go through it.
"""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from directory.rules.enterprise_number import (
    EnterpriseNumberError,
    normalise_enterprise_number,
)
from directory.rules.geography import CoordinateError, check_coordinates
from directory.rules.legal_forms import LegalForm
from directory.rules.places import places_instead
from directory.rules.provinces import PostcodeError, province_for_postcode

MAX_LENGTHS = {
    "name": 200,
    "street": 200,
    "municipality": 100,
    "phone": 40,
    "website": 300,
    "email": 254,
}
REQUIRED = ("name", "postcode", "municipality")
# Built once: the import checks tens of thousands of records in a row.
LEGAL_FORMS = frozenset(LegalForm.values)
validate_website = URLValidator(schemes=["http", "https"])
validate_email = EmailValidator()


@dataclass
class CheckedRecord:
    values: dict
    errors: dict[str, str] = field(default_factory=dict)

    @property
    def is_valid(self) -> bool:
        return not self.errors


def _text(value) -> str:
    return "" if value is None else str(value).strip()


def _float(value, column: str, errors: dict) -> float | None:
    text = _text(value).replace(",", ".") if isinstance(value, str) else value
    if text in ("", None):
        return None
    try:
        number = float(text)
    except (TypeError, ValueError):
        errors[column] = _("not a number")
        return None
    if number != number or number in (float("inf"), float("-inf")):
        errors[column] = _("not a number")
        return None
    return number


def municipality_problem(postcode: str, municipality: str) -> str | None:
    """Why `municipality` cannot be at `postcode`, naming the right one; else None.

    Asked of what visitors type only: Statbel's table has no village names, so a
    village named like another municipality ("2980 Halle", in Zoersel) would be
    refused, and an import or an editor's save must not lose such a record.
    """
    right = places_instead(postcode, municipality)
    if not right:
        return None
    language = get_language() or ""
    names = [place.name_in(language[:2]) for place in right]
    named = names[0]
    if len(names) > 1:
        named = _("%(first)s or %(second)s") % {
            "first": ", ".join(names[:-1]),
            "second": names[-1],
        }
    return _("%(postcode)s is the postcode of %(municipality)s, not of %(typed)s") % {
        "postcode": postcode,
        "municipality": named,
        "typed": municipality,
    }


def check_record(raw: dict) -> CheckedRecord:
    """Clean and check the values of one enterprise (keys as in the CSV header)."""
    errors: dict[str, str] = {}
    values: dict = {}

    for column in ("name", "street", "postcode", "municipality", "phone"):
        values[column] = _text(raw.get(column))
    for column in REQUIRED:
        if not values[column]:
            errors[column] = _("this field is required")

    try:
        values["enterprise_number"] = normalise_enterprise_number(
            raw.get("enterprise_number")
        )
    except EnterpriseNumberError as error:
        errors["enterprise_number"] = str(error)
        values["enterprise_number"] = None

    legal_form = _text(raw.get("legal_form")).lower() or LegalForm.OTHER
    if legal_form not in LEGAL_FORMS:
        errors["legal_form"] = _(
            "unknown legal form %(value)r (use one of %(known)s)"
        ) % {
            "value": legal_form,
            "known": ", ".join(LegalForm.values),
        }
    values["legal_form"] = legal_form

    values["province"] = None
    if values["postcode"]:
        try:
            values["province"] = province_for_postcode(values["postcode"]).slug
        except PostcodeError as error:
            errors["postcode"] = str(error)
    values["latitude"] = _float(raw.get("latitude"), "latitude", errors)
    values["longitude"] = _float(raw.get("longitude"), "longitude", errors)
    if "latitude" not in errors and "longitude" not in errors:
        try:
            check_coordinates(values["latitude"], values["longitude"])
        except CoordinateError as error:
            errors["latitude"] = str(error)

    values["website"] = _text(raw.get("website"))
    if values["website"]:
        try:
            validate_website(values["website"])
        except ValidationError:
            errors["website"] = _("not a web address starting with http:// or https://")

    values["email"] = _text(raw.get("email"))
    if values["email"]:
        try:
            validate_email(values["email"])
        except ValidationError:
            errors["email"] = _("not a valid e-mail address")

    for column, limit in MAX_LENGTHS.items():
        if len(values.get(column) or "") > limit and column not in errors:
            errors[column] = _("longer than %(limit)d characters") % {"limit": limit}
    for column in ("name", "street", "municipality", "phone"):
        if "\x00" in values[column]:
            errors[column] = _("contains a null character")

    return CheckedRecord(values=values, errors=errors)
