"""The news index (order, pagination, tags) and its RSS feed per language."""

import datetime
import xml.etree.ElementTree as ET

from tests.conftest import publish_translation
from tests.knowledge.builders import add_news


def titles_in_order(response, titles):
    html = response.content.decode()
    positions = {title: html.find(f">{title}</a>") for title in titles}
    return sorted((pos, title) for title, pos in positions.items() if pos >= 0)


def test_index_lists_live_articles_newest_first(client, news_index):
    add_news(news_index, "Oud", date=datetime.date(2025, 1, 1))
    add_news(news_index, "Nieuw", date=datetime.date(2026, 2, 1))
    add_news(news_index, "Midden", date=datetime.date(2025, 6, 1))
    add_news(news_index, "Ontwerp", live=False)
    response = client.get(news_index.url)
    order = [
        title
        for _, title in titles_in_order(response, ["Oud", "Nieuw", "Midden", "Ontwerp"])
    ]
    assert order == ["Nieuw", "Midden", "Oud"]


def test_index_paginates(client, news_index):
    for day in range(1, 15):
        add_news(news_index, f"Bericht {day:02d}", date=datetime.date(2026, 1, day))
    first = client.get(news_index.url).content.decode()
    second = client.get(news_index.url, {"page": 2}).content.decode()
    assert "Bericht 14" in first and "Bericht 03" in first
    assert "Bericht 02" not in first
    assert "Bericht 02" in second and "Bericht 01" in second
    assert 'href="?page=2"' in first
    # A page number out of range or not a number never breaks the list.
    assert client.get(news_index.url, {"page": "x"}).status_code == 200
    assert "Bericht 01" in client.get(news_index.url, {"page": 99}).content.decode()


def test_index_filters_by_tag(client, news_index):
    add_news(news_index, "Over energie", tags=["energie"])
    add_news(news_index, "Over wonen", tags=["wonen"])
    html = client.get(news_index.url, {"tag": "energie"}).content.decode()
    assert "Over energie" in html
    assert "Over wonen" not in html
    assert 'href="/nl/nieuws/?tag=wonen"' in html  # the other tags stay offered


def test_unknown_tag_shows_nothing_and_says_so(client, news_index):
    add_news(news_index, "Over energie", tags=["energie"])
    response = client.get(news_index.url, {"tag": "<b>onbekend</b>"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Over energie" not in html
    assert "&lt;b&gt;onbekend&lt;/b&gt;" in html


def test_index_and_article_advertise_the_feed(client, news_index):
    article = add_news(news_index, "Bericht")
    link = '<link rel="alternate" type="application/rss+xml" title="Nieuws" href="/nl/nieuws/feed/">'
    assert link in client.get(news_index.url).content.decode()
    assert link in client.get(article.url).content.decode()


def feed_items(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    items = [
        (item.findtext("title"), item.findtext("link")) for item in channel.iter("item")
    ]
    return channel.findtext("language"), items


def test_feed_of_each_language_holds_only_its_live_articles(
    client, news_index, news_index_fr, locale_fr
):
    live = add_news(news_index, "Gepubliceerd", tags=["leden"])
    add_news(news_index, "Nog een ontwerp", live=False)
    only_nl = add_news(news_index, "Enkel in het Nederlands")
    live_fr = publish_translation(live, locale_fr, title="Publié")
    draft_fr = only_nl.copy_for_translation(locale_fr)
    draft_fr.title = "Brouillon"
    draft_fr.save_revision()

    language, items = feed_items(client, news_index_fr.feed_url())
    assert language == "fr"
    assert items == [("Publié", f"http://testserver{live_fr.url}")]

    language, items = feed_items(client, news_index.feed_url())
    assert language == "nl"
    assert sorted(items) == [
        ("Enkel in het Nederlands", f"http://testserver{only_nl.url}"),
        ("Gepubliceerd", f"http://testserver{live.url}"),
    ]


def test_feed_item_carries_intro_date_and_tags(client, news_index):
    add_news(
        news_index,
        "Bericht",
        date=datetime.date(2026, 3, 2),
        tags=["leden"],
        intro="Kort & goed",
    )
    response = client.get("/nl/nieuws/feed/")
    item = ET.fromstring(response.content).find("channel/item")
    assert item.findtext("description") == "Kort & goed"
    assert item.findtext("pubDate").startswith("Mon, 02 Mar 2026")
    assert [c.text for c in item.findall("category")] == ["leden"]


def test_no_feed_for_an_unpublished_index_nor_unknown_routes(client, news_index):
    assert client.get("/nl/nieuws/feed/extra/").status_code == 404
    news_index.unpublish()
    assert client.get("/nl/nieuws/feed/").status_code == 404
