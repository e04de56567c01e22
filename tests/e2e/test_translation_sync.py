"""A change to a translated demo page reaches French: sync, translate, moderate."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from home.models import ContentPage
from tests.e2e.conftest import (
    approve_on_dashboard,
    open_actions,
    submit_translation,
    translate_in_the_editor,
)

pytestmark = [pytest.mark.e2e, pytest.mark.django_db]

DUTCH_ADDITION = "Sinds dit jaar ook in Brussel."
FRENCH_INTRO = (
    "Pourquoi Coopkracht existe, où nous voulons aller et comment nous "
    "travaillons avec d'autres. Depuis cette année aussi à Bruxelles."
)
SYNC = "Synchroniseer vertaalde pagina's"
SYNC_TITLE = "Huidige vertalingen bijwerken"
PUBLISH_AT_ONCE = "input[type='checkbox'][name='publish_translations']"


def demo_page(language_code, slug):
    return ContentPage.objects.get(locale__language_code=language_code, slug=slug)


def test_a_change_to_a_translated_page_is_synced_translated_and_published(
    log_in, page, site
):
    dutch = demo_page("nl", "missie-en-visie")
    french = demo_page("fr", "mission-et-vision")
    dutch_edit_url = reverse("wagtailadmin_pages:edit", args=[dutch.pk])

    editor = log_in("editors")
    editor.goto(dutch_edit_url)
    intro = editor.locator("#id_intro")
    intro.fill(f"{intro.input_value()} {DUTCH_ADDITION}")
    open_actions(editor)
    editor.locator("footer button[name='action-submit']").click()
    expect(editor.locator(".messages .success")).to_be_visible()
    moderator = log_in("moderators")
    approve_on_dashboard(moderator, "Missie en visie")
    page.goto("/nl/missie-en-visie/")
    expect(page.locator("main")).to_contain_text(DUTCH_ADDITION)

    editor.goto(dutch_edit_url)
    editor.locator("header [data-w-dropdown-target='toggle']").first.click()
    sync_url = editor.get_by_role("link", name=SYNC).get_attribute("href")
    editor.get_by_role("link", name=SYNC).click()
    expect(editor.get_by_role("heading", name=SYNC_TITLE)).to_be_visible()
    # Publishing the synced French page at once is for those who may publish it.
    expect(editor.locator(PUBLISH_AT_ONCE)).to_have_count(0)
    moderator.goto(sync_url)
    expect(moderator.locator(PUBLISH_AT_ONCE)).to_be_visible()
    editor.locator("main form [type='submit']").click()
    expect(editor.locator(".messages .success")).to_be_visible()

    editor.goto(reverse("wagtailadmin_pages:edit", args=[french.pk]))
    translate_in_the_editor(editor, {f"samenwerken. {DUTCH_ADDITION}": FRENCH_INTRO})
    submit_translation(editor)
    page.goto("/fr/mission-et-vision/")
    expect(page.locator("main")).not_to_contain_text("Bruxelles")

    approve_on_dashboard(moderator, "Mission et vision")
    response = page.goto("/fr/mission-et-vision/")
    assert response.status == 200
    expect(page.locator("main")).to_contain_text(FRENCH_INTRO)
    expect(page.locator("main")).not_to_contain_text(DUTCH_ADDITION)
