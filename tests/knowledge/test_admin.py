"""Editing knowledge pages: where each type may go, edit forms and previews."""

import pytest
from wagtail.test.utils.form_data import nested_form_data, streamfield

from knowledge.models import (
    EventIndexPage,
    EventPage,
    KnowledgeArticlePage,
    KnowledgeIndexPage,
    NewsArticlePage,
    NewsIndexPage,
)
from tests.knowledge.conftest import KINDS


@pytest.mark.parametrize(
    ("index_model", "child_model"),
    [
        (NewsIndexPage, NewsArticlePage),
        (EventIndexPage, EventPage),
        (KnowledgeIndexPage, KnowledgeArticlePage),
    ],
)
def test_each_index_holds_only_its_own_pages(home_nl, index_model, child_model):
    assert index_model.can_create_at(home_nl)
    assert not child_model.can_create_at(home_nl)
    assert index_model.allowed_subpage_models() == [child_model]
    assert child_model.allowed_subpage_models() == []


@pytest.mark.parametrize("kind", KINDS)
def test_edit_form_and_preview(admin_client, bilingual_pages, kind):
    page, _ = bilingual_pages[kind]
    assert admin_client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200
    preview = page.make_preview_request()
    assert preview.status_code == 200
    assert page.title in preview.content.decode()


@pytest.mark.parametrize(
    ("index_fixture", "model", "fields"),
    [
        ("news_index", "newsarticlepage", {"date": "2026-03-01", "tags": ""}),
        (
            "event_index",
            "eventpage",
            {"start": "2030-05-17 19:00", "end": "2030-05-17 21:00", "place": "Gent"},
        ),
        ("knowledge_index", "knowledgearticlepage", {"tags": ""}),
    ],
)
def test_preview_while_creating(request, admin_client, index_fixture, model, fields):
    index = request.getfixturevalue(index_fixture)
    url = f"/admin/pages/add/knowledge/{model}/{index.pk}/preview/"
    data = nested_form_data(
        {
            "title": "Nog niet bewaard",
            "slug": "nog-niet-bewaard",
            "intro": "Een voorproef",
            "body": streamfield([]),
            **(
                {"attachments": streamfield([])}
                if model == "knowledgearticlepage"
                else {}
            ),
            **fields,
        }
    )
    response = admin_client.post(url, data)
    assert response.json()["is_valid"], response.json()
    response = admin_client.get(url)
    assert response.status_code == 200
    assert "Nog niet bewaard" in response.content.decode()
