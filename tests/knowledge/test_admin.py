"""Editing knowledge pages: where each type may go, edit forms and previews."""

import pytest

from knowledge.models import (
    EventIndexPage,
    EventPage,
    KnowledgeArticlePage,
    KnowledgeIndexPage,
    NewsArticlePage,
    NewsIndexPage,
)
from tests.knowledge.test_languages import KINDS


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
