"""Fixtures: the three knowledge indexes in Dutch and French, and one page of each type."""

import pytest

from knowledge.models import EventIndexPage, KnowledgeIndexPage, NewsIndexPage
from tests.conftest import publish_translation
from tests.knowledge.builders import (
    add_article,
    add_event,
    add_news,
    add_page,
    full_body,
    in_days,
    make_document,
    make_image,
    stream,
)


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Uploaded files of these tests go to a throw-away folder."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def news_index(home_nl):
    return add_page(home_nl, NewsIndexPage(title="Nieuws", slug="nieuws"))


@pytest.fixture
def event_index(home_nl):
    return add_page(home_nl, EventIndexPage(title="Activiteiten", slug="activiteiten"))


@pytest.fixture
def knowledge_index(home_nl):
    return add_page(home_nl, KnowledgeIndexPage(title="Kennis", slug="kennis"))


@pytest.fixture
def news_index_fr(news_index, home_fr, locale_fr):
    return publish_translation(
        news_index, locale_fr, title="Actualités", slug="actualites"
    )


@pytest.fixture
def event_index_fr(event_index, home_fr, locale_fr):
    return publish_translation(
        event_index, locale_fr, title="Activités", slug="activites"
    )


@pytest.fixture
def knowledge_index_fr(knowledge_index, home_fr, locale_fr):
    return publish_translation(
        knowledge_index, locale_fr, title="Connaissances", slug="connaissances"
    )


# The kinds of page `bilingual_pages` holds.
KINDS = [
    "news_index",
    "news_article",
    "event_index",
    "event",
    "knowledge_index",
    "knowledge_article",
]


@pytest.fixture
def bilingual_pages(
    news_index,
    news_index_fr,
    event_index,
    event_index_fr,
    knowledge_index,
    knowledge_index_fr,
    locale_fr,
):
    """Every knowledge page type, live in Dutch and in French: kind → (nl, fr)."""
    image = make_image()
    leaves = {
        "news_article": add_news(
            news_index, "Nieuwe leden", tags=["leden"], image=image
        ),
        "event": add_event(event_index, "Ledendag", start=in_days(10), image=image),
        "knowledge_article": add_article(
            knowledge_index,
            "Een coöperatie oprichten",
            tags=["oprichting"],
            body=full_body(image),
            attachments=stream(("document", {"document": make_document().pk})),
        ),
    }
    pages = {
        "news_index": (news_index, news_index_fr),
        "event_index": (event_index, event_index_fr),
        "knowledge_index": (knowledge_index, knowledge_index_fr),
    }
    for kind, page in leaves.items():
        pages[kind] = (
            page,
            publish_translation(page, locale_fr, title=f"{page.title} FR"),
        )
    return pages
