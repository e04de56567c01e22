"""The site search finds knowledge pages by their intro, body and place."""

import pytest
from wagtail.models import Page

from tests.knowledge.builders import add_article, add_event, add_news, in_days, stream


@pytest.fixture
def searchable(news_index, event_index, knowledge_index):
    add_news(
        news_index,
        "Nieuwe leden",
        body=stream(("paragraph", "<p>Drie zonnepanelencoöperaties sloten aan.</p>")),
    )
    add_event(event_index, "Ledendag", start=in_days(5), place="Kraanzaal Leuven")
    add_article(knowledge_index, "Oprichten", intro="Alles over statuten opstellen.")


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("zonnepanelencoöperaties", "Nieuwe leden"),
        ("Kraanzaal", "Ledendag"),
        ("statuten", "Oprichten"),
    ],
)
def test_site_search_finds_knowledge_pages(searchable, query, title):
    results = Page.objects.live().search(query)
    assert title in [page.title for page in results]
