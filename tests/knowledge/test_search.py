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


def section(html: str, heading_id: str) -> str:
    """The part of a results page from the heading `heading_id` to its section's end."""
    start = html.index(f'id="{heading_id}"')
    return html[start : html.index("</section>", start)]


@pytest.fixture
def solar_pages(news_index, event_index, knowledge_index):
    for number in range(7):
        add_news(
            news_index,
            f"Zonnebericht {number}",
            body=stream(("paragraph", "<p>Een nieuwe zonnecoöperatie begint.</p>")),
        )
    add_event(
        event_index,
        "Zonnedag",
        start=in_days(5),
        intro="Een dag over de zonnecoöperatie van morgen.",
    )
    add_article(knowledge_index, "Zon delen", intro="Zo start je een zonnecoöperatie.")


def test_the_site_search_groups_pages_news_and_events_with_their_counts(
    client, solar_pages
):
    html = client.get("/nl/zoeken/", {"q": "zonnecoöperatie"}).content.decode()

    assert "9 resultaten voor “zonnecoöperatie”" in html
    news = section(html, "news-heading")
    pages = section(html, "pages-heading")
    assert "(8)" in news and "(1)" in pages
    assert "Zon delen" in pages and "Zon delen" not in news
    # A preview of five, and a way to the whole group.
    assert news.count("<li>") == 5
    assert "Toon alle 8 berichten en activiteiten" in news
    assert 'href="?q=zonnecoöperatie&amp;type=news"'.replace("ö", "%C3%B6") in news


def test_one_group_pages_through_all_its_results(client, solar_pages):
    html = client.get(
        "/nl/zoeken/", {"q": "zonnecoöperatie", "type": "news"}
    ).content.decode()
    group = section(html, "group-heading")
    assert group.count("<li>") == 8
    assert "Zonnedag" in group and "Zon delen" not in group
    assert 'aria-current="page"' in html


def test_results_show_the_text_around_the_words_searched_marked(client, solar_pages):
    html = client.get("/nl/zoeken/", {"q": "zonnecoöperatie"}).content.decode()
    pages = section(html, "pages-heading")
    assert "Zo start je een <mark>zonnecoöperatie</mark>." in pages
