"""The data rules, as the admin, the import and the public form apply them.

See docs/contract.md#data-rules.
"""

import pytest
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.utils import translation

from directory.rules.enterprise_number import (
    EnterpriseNumberError,
    format_enterprise_number,
    normalise_enterprise_number,
)
from directory.rules.provinces import PostcodeError, province_for_postcode
from directory.rules.records import check_record
from tests.directory.conftest import VALID_ROW


def check(**changes):
    """Check a row as the import does, in the default language (Dutch)."""
    return check_record({**VALID_ROW, **changes})


def in_dutch(msgid: str, *, until: str | None = None, **values) -> str:
    """`msgid` as an operator gets it: in Dutch, the default language.

    `until` names a placeholder whose value the test does not pin down; the
    message is then cut just before it.
    """
    with translation.override("nl"):
        translated = translation.gettext(msgid)
    assert translated != msgid, f"no Dutch translation of {msgid!r}"
    if until is not None:
        translated = translated.split(f"%({until})")[0]
    return translated % values


@pytest.mark.parametrize(
    "raw",
    [
        "0403170701",
        "403170701",
        "0403.170.701",
        "0403 170 701",
        "BE0403170701",
        "BE 0403.170.701",
        "be403170701",
    ],
)
def test_enterprise_number_forms_are_accepted(raw):
    assert normalise_enterprise_number(raw) == "0403170701"


@pytest.mark.parametrize("raw", ["0403170702", "12345", "04031707011", "04O3170701"])
def test_bad_enterprise_numbers_are_refused(raw):
    with pytest.raises(EnterpriseNumberError):
        normalise_enterprise_number(raw)


def test_enterprise_number_checksum_is_97_minus_first_eight_mod_97():
    assert check(enterprise_number="0403170701").is_valid
    checked = check(enterprise_number="0403170702")
    assert checked.errors["enterprise_number"] == in_dutch(
        "This enterprise number fails its check digits (97 − first eight mod 97)."
    )


def test_enterprise_number_is_optional_and_displayed_with_dots():
    assert check(enterprise_number="").values["enterprise_number"] is None
    assert format_enterprise_number("0403170701") == "0403.170.701"


@pytest.mark.django_db
def test_enterprise_number_is_unique(enterprise_factory):
    first = enterprise_factory(enterprise_number="0403170701")
    second = enterprise_factory.build(
        enterprise_number="0123456749", locale=first.locale
    )
    second.full_clean()  # another number is accepted
    second.enterprise_number = "0403170701"
    with pytest.raises(ValidationError) as error:
        second.full_clean()
    assert [e.code for e in error.value.error_dict[NON_FIELD_ERRORS]] == [
        "unique_together"
    ]


@pytest.mark.parametrize("column", ["name", "postcode", "municipality"])
def test_required_columns(column):
    assert check(**{column: "  "}).errors[column] == in_dutch("this field is required")


@pytest.mark.parametrize(
    ("website", "valid"),
    [
        ("https://example.org", True),
        ("http://example.org/path?x=1", True),
        ("ftp://example.org", False),
        ("javascript:alert(1)", False),
        ("example.org", False),
    ],
)
def test_website_is_an_http_url(website, valid):
    assert ("website" not in check(website=website).errors) is valid


@pytest.mark.parametrize(
    ("email", "valid"),
    [("info@example.org", True), ("info@", False), ("not an address", False)],
)
def test_email_is_valid(email, valid):
    assert ("email" not in check(email=email).errors) is valid


@pytest.mark.parametrize(
    ("latitude", "longitude", "valid"),
    [
        ("51.05", "3.72", True),
        ("51,05", "3,72", True),
        ("", "", True),
        ("48.85", "2.35", False),  # Paris
        ("52.37", "4.89", False),  # Amsterdam
        ("51.05", "", False),
        ("north", "3.72", False),
        ("nan", "3.72", False),
    ],
)
def test_coordinates_lie_inside_belgium(latitude, longitude, valid):
    checked = check(latitude=latitude, longitude=longitude)
    assert (not {"latitude", "longitude"} & set(checked.errors)) is valid


@pytest.mark.parametrize(
    "form", ["cv", "bv", "nv", "vzw", "vof", "commv", "eenmanszaak", "other", "CV"]
)
def test_known_legal_forms(form):
    assert check(legal_form=form).values["legal_form"] == form.lower()


def test_unknown_legal_form():
    error = check(legal_form="gmbh").errors["legal_form"]
    assert error.startswith(
        in_dutch(
            "unknown legal form %(value)r (use one of %(known)s)",
            value="gmbh",
            until="known",
        )
    )
    assert "cv" in error and "eenmanszaak" in error


@pytest.mark.parametrize(
    ("postcode", "province"),
    [
        ("1000", "brussel"),
        ("1299", "brussel"),
        ("1500", "vlaams-brabant"),
        ("1999", "vlaams-brabant"),
        ("3000", "vlaams-brabant"),
        ("3499", "vlaams-brabant"),
        ("2000", "antwerpen"),
        ("2999", "antwerpen"),
        ("3500", "limburg"),
        ("3999", "limburg"),
        ("8000", "west-vlaanderen"),
        ("8999", "west-vlaanderen"),
        ("9000", "oost-vlaanderen"),
        ("9999", "oost-vlaanderen"),
    ],
)
def test_province_is_derived_from_the_postcode(postcode, province):
    assert province_for_postcode(postcode).slug == province
    assert check(postcode=postcode).values["province"] == province


@pytest.mark.parametrize("postcode", ["1300", "1499", "4000", "5000", "6000", "7999"])
def test_walloon_postcodes_are_refused_with_that_reason(postcode):
    with pytest.raises(PostcodeError):
        province_for_postcode(postcode)
    assert check(postcode=postcode).errors["postcode"] == in_dutch(
        "This postcode lies in Wallonia: the MeMO guide covers Flanders "
        "and Brussels only."
    )


@pytest.mark.parametrize("postcode", ["999", "12345", "abcd", "0999"])
def test_postcodes_that_are_not_belgian(postcode):
    assert check(postcode=postcode).errors["postcode"] == in_dutch(
        "A Belgian postcode has four digits."
    )
