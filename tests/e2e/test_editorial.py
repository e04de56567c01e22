"""Editors change an enterprise and submit it; a moderator publishes; visitors find it."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from directory.models import Enterprise
from tests.e2e.conftest import open_actions

pytestmark = [pytest.mark.e2e, pytest.mark.django_db]

NEW_WORD = "warmtekrachtkoppeling"


def guide_hits(page, word):
    page.goto(f"/nl/memo-gids/?q={word}")
    return page.locator(".guide-list .guide-item__name")


def test_an_edit_goes_through_moderation_before_visitors_find_it(log_in, page):
    enterprise = Enterprise.objects.get(slug="zonnewaaier", locale__language_code="nl")
    edit_url = reverse(
        "wagtailsnippets_directory_enterprise:edit", args=[enterprise.pk]
    )

    editor = log_in("editors")
    editor.goto(edit_url)
    description = editor.locator("#id_description")
    description.fill(f"{description.input_value()} Nu met {NEW_WORD}.")
    open_actions(editor)
    expect(editor.locator("button[name='action-publish']")).to_have_count(0)
    editor.locator("button[name='action-submit']").click()
    expect(editor.locator(".messages .success")).to_be_visible()

    expect(guide_hits(page, NEW_WORD)).to_have_count(0)

    moderator = log_in("moderators")
    moderator.goto(edit_url)
    open_actions(moderator)
    moderator.locator("button[data-workflow-action-name='approve']").first.click()
    expect(moderator.locator(".messages .success")).to_be_visible()

    expect(guide_hits(page, NEW_WORD)).to_have_text(["Zonnewaaier"])
