"""Editors change an enterprise and submit it; a moderator publishes; visitors find it."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from directory.models import Enterprise
from tests.e2e.browser import new_context
from tests.e2e.conftest import PASSWORD

pytestmark = [pytest.mark.e2e, pytest.mark.django_db]

NEW_WORD = "warmtekrachtkoppeling"


@pytest.fixture
def log_in(browser, site):
    """Call with a username: a page of the admin, logged in through the login form."""
    contexts = []

    def log_in(username):
        context = new_context(browser, site.url, locale="en-GB")
        contexts.append(context)
        page = context.new_page()
        page.goto(reverse("wagtailadmin_login"))
        page.locator("#id_username").fill(username)
        page.locator("#id_password").fill(PASSWORD)
        page.locator("#id_password").press("Enter")
        expect(page).to_have_url(site.url + reverse("wagtailadmin_home"))
        return page

    yield log_in
    for context in contexts:
        context.close()


def open_actions(page):
    """The footer's drop-down of more actions, where submit and publish are."""
    page.locator("footer [data-w-dropdown-target='toggle']").first.click()


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
