"""What the whole site shares is the moderators' to change: an editor cannot open
the navigation, a moderator changes and publishes it and visitors see it."""

import re

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from home.models import Navigation
from tests.e2e.conftest import open_actions

pytestmark = [pytest.mark.e2e, pytest.mark.django_db]

LABEL = "Wie we zijn"


def navigation_edit_url():
    dutch = Navigation.objects.get(locale__language_code="nl")
    return reverse(Navigation.snippet_viewset.get_url_name("edit"), args=[dutch.pk])


def test_an_editor_cannot_change_the_navigation(log_in):
    editor = log_in("editors")
    editor.goto(navigation_edit_url())
    expect(editor).to_have_url(
        re.compile(re.escape(reverse("wagtailadmin_home")) + "$")
    )
    expect(editor.locator(".messages .error")).to_be_visible()
    expect(editor.locator("[name='footer_links-0-value-label']")).to_have_count(0)


def test_a_moderator_changes_the_navigation_and_visitors_see_it(log_in, page):
    moderator = log_in("moderators")
    moderator.goto(navigation_edit_url())
    moderator.locator("[name='footer_links-0-value-label']").fill(LABEL)
    open_actions(moderator)
    moderator.locator("button[name='action-publish']").click()
    expect(moderator.locator(".messages .success")).to_be_visible()

    page.goto("/nl/")
    expect(page.locator("footer").get_by_role("link", name=LABEL)).to_be_visible()
