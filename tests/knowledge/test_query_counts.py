"""Each knowledge page costs a fixed number of queries, however long its list.

Every count is taken on the second request, once renditions exist and the site's
root paths are cached, as on a running site. A feed's second request also finds
its route and its page kept (`caching.serving`); an HTML page's first request
creates the site settings row, a change of content, so its second request looks
the route, the page's view restrictions and its locale up anew. If a shared template (base.html,
header, footer) changes what it queries, these numbers move with it.
"""

import pytest

from tests.knowledge.builders import (
    add_article,
    add_event,
    add_news,
    full_body,
    in_days,
    make_document,
    make_image,
    stream,
)


def count_second_request(client, django_assert_num_queries, url, expected):
    assert client.get(url).status_code == 200
    with django_assert_num_queries(expected):
        assert client.get(url).status_code == 200


def fill(kind, index, count):
    for number in range(count):
        image = make_image(f"Beeld {number}")
        if kind == "news":
            add_news(
                index, f"Bericht {number}", tags=["leden", f"tag-{number}"], image=image
            )
        elif kind == "events":
            add_event(index, f"Komend {number}", start=in_days(number + 1), image=image)
            add_event(
                index, f"Voorbij {number}", start=in_days(-number - 1), image=image
            )
        else:
            add_article(
                index, f"Artikel {number}", tags=["gids", f"tag-{number}"], image=image
            )


INDEXES = {
    "news": "news_index",
    "events": "event_index",
    "knowledge": "knowledge_index",
}


@pytest.mark.parametrize("items", [3, 12])
@pytest.mark.parametrize(
    ("kind", "route", "expected"),
    [
        ("news", "", 20),
        # Two more for the language switcher: the tags of the public translations.
        ("news", "?tag=leden", 22),
        ("news", "feed/", 3),
        ("events", "", 18),
        ("events", "?past=1", 18),
        ("events", "ical/", 2),
        ("knowledge", "", 20),
    ],
)
def test_index_queries_do_not_grow_with_items(
    db, request, client, django_assert_num_queries, kind, route, expected, items
):
    index = request.getfixturevalue(INDEXES[kind])
    fill(kind, index, items)
    count_second_request(client, django_assert_num_queries, index.url + route, expected)


def test_news_article_queries(client, django_assert_num_queries, news_index):
    image = make_image()
    article = add_news(
        news_index,
        "Bericht",
        tags=["leden", "energie"],
        image=image,
        body=full_body(image),
    )
    count_second_request(client, django_assert_num_queries, article.url, 18)


def test_event_queries(client, django_assert_num_queries, event_index):
    image = make_image()
    event = add_event(
        event_index, "Ledendag", start=in_days(5), image=image, body=full_body(image)
    )
    count_second_request(client, django_assert_num_queries, event.url, 17)
    count_second_request(client, django_assert_num_queries, event.ical_url(), 0)


def test_knowledge_article_queries(client, django_assert_num_queries, knowledge_index):
    image = make_image()
    attachments = stream(
        *[
            ("document", {"document": make_document(f"Bijlage {n}").pk})
            for n in range(3)
        ]
    )
    article = add_article(
        knowledge_index,
        "Gids",
        tags=["gids"],
        image=image,
        body=full_body(image),
        attachments=attachments,
    )
    count_second_request(client, django_assert_num_queries, article.url, 19)
