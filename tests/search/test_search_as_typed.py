"""The beginning of the last word typed matches, in the guide and the site search."""

import pytest

from home.models import ContentPage

pytestmark = pytest.mark.django_db


def names(client, query: str, language: str = "nl") -> list[str]:
    found = client.get("/api/v1/enterprises/", {"locale": language, "q": query})
    return [result["name"] for result in found.json()["results"]]


@pytest.fixture
def sample(enterprise_factory, guide_pages):
    enterprise_factory(name="Zonnewarmte", description="Warm water van de zon.")
    enterprise_factory(name="Dakenwerk", description="Wij leggen zonnepanelen.")
    enterprise_factory(name="Broodnodig", description="Een bakkerij in Gent.")


def test_a_word_begun_finds_names_and_descriptions(client, sample):
    assert set(names(client, "zonn")) == {"Zonnewarmte", "Dakenwerk"}
    assert names(client, "bakk") == ["Broodnodig"]


def test_whole_words_rank_before_beginnings(client, sample):
    assert names(client, "zon")[0] == "Zonnewarmte"


def test_only_the_last_word_is_read_as_a_beginning(client, sample):
    assert "Broodnodig" in names(client, "zon bak")
    assert "Broodnodig" not in names(client, "bak zon")


def test_suggestions_stay_on_names(client, sample):
    found = client.get(
        "/api/v1/enterprises/autocomplete/", {"q": "zonn", "locale": "nl"}
    ).json()
    assert [result["name"] for result in found["results"]] == ["Zonnewarmte"]


def test_the_site_search_finds_a_page_by_the_beginning_of_a_word(client, home_nl):
    page = ContentPage(title="Coöperaties in Vlaanderen", slug="cooperaties")
    home_nl.add_child(instance=page)
    page.save_revision().publish()

    found = client.get("/nl/zoeken/", {"q": "coop"}).content.decode()

    assert "Coöperaties in Vlaanderen" in found
