"""The site-wide search on the real engine: what the database's tests check, there."""

import pytest
from wagtail.models import Locale

from home.models import ContentPage
from search.engines.spelling import title_spelling
from tests import relevance
from tests.conftest import publish_translation

pytestmark = [pytest.mark.engine, pytest.mark.django_db]


def add_live(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_the_site_search_finds_a_page_by_the_beginning_of_a_word(
    client, engine, home_nl
):
    page = add_live(
        home_nl, ContentPage(title="Coöperaties in Vlaanderen", slug="cooperaties")
    )
    engine.refresh()

    assert page.pk in relevance.pages_found("coop", home_nl.locale, on_engine=True)
    found = client.get("/nl/zoeken/", {"q": "coop"}).content.decode()
    assert "Coöperaties in Vlaanderen" in found
    assert "search-fallback" not in found


SEARCH_PATHS = {"nl": "/nl/zoeken/", "fr": "/fr/recherche/"}


@pytest.mark.parametrize(
    ("language", "offered"),
    [
        ("nl", 'Bedoelde je <a href="?q=agenda">agenda</a>?'),
        ("fr", 'Vouliez-vous dire <a href="?q=agenda">agenda</a>\u00a0?'),
    ],
)
def test_a_misspelt_query_gets_the_engines_suggestion(
    client, engine, home_nl, home_fr, language, offered
):
    agenda = add_live(home_nl, ContentPage(title="Agenda", slug="agenda"))
    publish_translation(agenda, home_fr.locale, title="Agenda")
    engine.refresh()

    # Two letters off in six: too far for typo tolerance and for a word-by-word
    # likeness, not for the engine's suggester.
    html = client.get(SEARCH_PATHS[language], {"q": "ajenta"}).content.decode()

    assert offered in html
    assert "search-fallback" not in html


@pytest.mark.parametrize(
    ("language", "suggestion"), [("nl", "missie"), ("fr", "mission")]
)
def test_the_engine_suggests_words_of_the_visitors_language(
    engine, home_nl, home_fr, language, suggestion
):
    mission = add_live(home_nl, ContentPage(title="Missie en visie", slug="missie"))
    publish_translation(mission, home_fr.locale, title="Mission et vision")
    engine.refresh()

    locale = Locale.objects.get(language_code=language)
    assert title_spelling("missio", locale) == suggestion
