"""Dutch and French analysis on the real engine (issue: language-aware search)."""

import pytest
from wagtail.models import Locale

from directory.models import Enterprise
from search.language import backend_for_language

pytestmark = [pytest.mark.engine, pytest.mark.django_db]


def names_found(query, language, *, autocomplete=False):
    queryset = Enterprise.objects.filter(
        locale=Locale.objects.get(language_code=language)
    )
    backend = backend_for_language(language)
    if autocomplete:
        results = queryset.autocomplete(query, backend=backend)
    else:
        results = queryset.search(query, backend=backend)
    return {enterprise.name for enterprise in results}


@pytest.fixture
def guide(engine, enterprise_factory):
    enterprise_factory(
        name="Coöperatie Zonnekracht",
        description="Wij plaatsen zonnepanelen op daken van scholen.",
        description_fr="Nous posons des panneaux solaires sur les toits des écoles.",
    )
    enterprise_factory(
        name="Biobakkerij De Korenaar",
        description="Een bakkerij met brood van eigen graan.",
        description_fr="Épicerie et boulangerie de quartier.",
    )
    enterprise_factory(
        name="Het Dak",
        description="Eén zonnepaneel per gezin, gedeeld in coöperatie.",
        description_fr="Une coopérative citoyenne.",
    )
    engine.refresh()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("cooperatie", {"Coöperatie Zonnekracht", "Het Dak"}),
        ("zonnepanelen", {"Coöperatie Zonnekracht", "Het Dak"}),
        ("bakkerijen", {"Biobakkerij De Korenaar"}),
    ],
)
def test_dutch_stemming_and_accent_folding(guide, query, expected):
    assert names_found(query, "nl") == expected


def test_french_stemming_and_accent_folding(guide):
    assert names_found("épiceries", "fr") == {"Biobakkerij De Korenaar"}
    assert names_found("epicerie", "fr") == {"Biobakkerij De Korenaar"}


def test_autocomplete_matches_the_start_of_a_name(guide):
    assert "Biobakkerij De Korenaar" in names_found("bio", "nl", autocomplete=True)
    assert "Biobakkerij De Korenaar" in names_found("bio", "fr", autocomplete=True)


def test_a_dutch_search_never_matches_french_text(guide):
    assert names_found("boulangerie", "nl") == set()
    assert names_found("boulangerie", "fr") == {"Biobakkerij De Korenaar"}


def test_a_french_search_never_matches_dutch_text(guide):
    assert names_found("bakkerij", "fr") == set()
    assert names_found("graan", "fr") == set()
    assert names_found("graan", "nl") == {"Biobakkerij De Korenaar"}
