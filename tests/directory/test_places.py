"""Place names in both languages: shown in the reader's language, found by either name."""

import pytest

from directory.rules.places import municipality_in, other_names, place_for

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("postcode", "typed", "dutch", "french"),
    [
        ("1000", "Brussel", "Brussel", "Bruxelles"),
        ("1050", "Ixelles", "Elsene", "Ixelles"),
        ("1050", "elsene", "Elsene", "Ixelles"),
        ("2000", "Antwerpen", "Antwerpen", "Anvers"),
        ("9000", "GENT", "Gent", "Gand"),
        ("3000", "Leuven", "Leuven", "Louvain"),
        ("1080", "Sint-Jans-Molenbeek", "Sint-Jans-Molenbeek", "Molenbeek-Saint-Jean"),
    ],
)
def test_a_municipality_typed_in_either_language_has_both_names(
    postcode, typed, dutch, french
):
    assert municipality_in("nl", postcode, typed) == dutch
    assert municipality_in("fr", postcode, typed) == french


def test_a_name_statbel_does_not_list_stays_as_typed():
    assert place_for("9050", "Gentbrugge") is None
    assert municipality_in("fr", "9050", "Gentbrugge") == "Gentbrugge"
    assert other_names("9050", "Gentbrugge") == ""
    assert other_names("8000", "Brugge") == "Bruges"


def test_french_pages_and_the_api_name_the_place_in_french(
    enterprise_factory, guide_pages, client
):
    enterprise_factory(
        name="Brusselse Voedselteams",
        postcode="1050",
        municipality="Elsene",
        latitude=50.83,
        longitude=4.37,
    )

    french_guide = client.get("/fr/guide-memo/").content.decode()
    dutch_guide = client.get("/nl/memo-gids/").content.decode()
    french_api = client.get("/api/v1/enterprises/", {"locale": "fr"}).json()
    dutch_api = client.get("/api/v1/enterprises/", {"locale": "nl"}).json()
    french_map = client.get(
        "/api/v1/enterprises/", {"locale": "fr", "format": "geojson"}
    ).json()

    assert "Ixelles" in french_guide and "Elsene" not in french_guide
    assert "Elsene" in dutch_guide
    assert [r["municipality"] for r in french_api["results"]] == ["Ixelles"]
    assert [r["municipality"] for r in dutch_api["results"]] == ["Elsene"]
    assert french_map["features"][0]["properties"]["municipality"] == "Ixelles"


@pytest.mark.parametrize(
    ("language", "query"),
    [("fr", "Bruxelles"), ("nl", "Bruxelles"), ("fr", "Brussel"), ("nl", "brussel")],
)
def test_either_name_finds_the_enterprise_in_either_language(
    enterprise_factory, guide_pages, client, language, query
):
    enterprise_factory(name="Zinneke Coöp", postcode="1000", municipality="Brussel")
    enterprise_factory(name="Gentse Coöp")

    found = client.get("/api/v1/enterprises/", {"locale": language, "q": query}).json()

    assert [r["name"] for r in found["results"]] == ["Zinneke Coöp"]
