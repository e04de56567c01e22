"""The guide's "near a municipality": a typed name or postcode as a point to measure from."""

import pytest
from django.http import QueryDict
from django.utils.translation import override

from directory.finder import GuideParamError, parse_guide_params
from directory.finder.municipality import municipality_centre
from directory.municipalities import MUNICIPALITIES

pytestmark = pytest.mark.django_db

GENT = MUNICIPALITIES["Gent"][1:]
ELSENE = MUNICIPALITIES["Elsene"][1:]


def parse(query: str):
    return parse_guide_params(QueryDict(query), locale="nl")


@pytest.mark.parametrize(
    ("typed", "centre"),
    [
        ("Gent", GENT),
        ("gand", GENT),  # French, any case
        (" 9000 ", GENT),
        ("Ixelles", ELSENE),
        ("sint gillis", MUNICIPALITIES["Sint-Gillis"][1:]),
    ],
)
def test_known_municipalities_by_either_name_or_postcode(typed, centre):
    assert municipality_centre(typed) == centre


def test_other_municipalities_are_placed_amid_their_enterprises(enterprise_factory):
    for latitude in (51.06, 51.08):
        enterprise_factory(
            postcode="9240", municipality="Zele", latitude=latitude, longitude=4.04
        )
    enterprise_factory(
        postcode="9240", municipality="Zele", latitude=50.0, longitude=5.0, live=False
    )
    for typed in ("Zele", "9240"):
        latitude, longitude = municipality_centre(typed)
        assert latitude == pytest.approx(51.07) and longitude == pytest.approx(4.04)


@pytest.mark.parametrize("typed", ["Atlantis", "0000", "9240"])
def test_unknown_places_have_no_centre(typed):
    assert municipality_centre(typed) is None


def test_the_municipality_is_measured_from_and_kept_in_the_query(locale_nl):
    filters = parse("municipality=Gand&km=10&near=50.1,4.1")
    assert filters.near == GENT and filters.km == 10
    assert filters.municipality == "Gand"
    assert filters.to_querydict().dict() == {"municipality": "Gand", "km": "10"}
    assert not filters.is_empty


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("nl", "Onbekende gemeente: Atlantis (typ een Belgische gemeente"),
        ("fr", "Commune inconnue : Atlantis (tapez une commune belge"),
    ],
)
def test_an_unknown_municipality_is_said_in_the_visitors_language(
    locale_nl, language, message
):
    with override(language), pytest.raises(GuideParamError) as error:
        parse("municipality=Atlantis&km=10")
    assert str(error.value).startswith(message)
