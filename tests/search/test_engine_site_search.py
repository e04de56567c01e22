"""The site-wide search on the real engine: what the database's tests check, there."""

import pytest

from home.models import ContentPage
from tests import relevance

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
