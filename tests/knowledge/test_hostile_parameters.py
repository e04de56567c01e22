"""The knowledge indexes in both languages take any value of their query parameters
(`tag`, `page`, `past`): a NUL or an over-long value never gives a server error."""

from urllib.parse import urlencode

import pytest

from tests.knowledge.builders import add_article, add_news

pytestmark = pytest.mark.django_db

HOSTILE_VALUES = ["a\x00b", "\x00", "x" * 10_000, "é" * 3_000, "energie\x00"]
PARAMETERS = ["tag", "page", "past"]


@pytest.fixture
def addresses(bilingual_pages, news_index, knowledge_index_fr) -> list[str]:
    """Every knowledge page and index, Dutch and French, with a tag in use."""
    add_news(news_index, "Over energie", tags=["energie"])
    add_article(knowledge_index_fr, "Énergie", tags=["energie"])
    pages = [page for pair in bilingual_pages.values() for page in pair]
    return sorted(
        {page.url for page in pages} | {page.get_parent().url for page in pages}
    )


def test_indexes_and_pages_answer_whatever_the_value(client, addresses):
    for path in addresses:
        for name in PARAMETERS:
            for value in HOSTILE_VALUES:
                response = client.get(f"{path}?{urlencode({name: value})}")
                assert response.status_code == 200, (path, name, value[:20])


@pytest.mark.parametrize("value", ["energie\x00", "a\x00b", "energie" * 100])
def test_a_tag_no_tag_can_have_is_ignored(client, news_index, value):
    add_news(news_index, "Over energie", tags=["energie"])
    add_news(news_index, "Over wonen", tags=["wonen"])

    html = client.get(news_index.url, {"tag": value}).content.decode()

    assert "Over energie" in html and "Over wonen" in html
    assert "\x00" not in html and "energie" * 100 not in html
