"""A change to a translated enterprise's description reaches French: the editor
changes the Dutch text, a moderator approves, the editor syncs the translation,
translates the changed text, a moderator approves, and both pages show it.
The listing offers the same Sync on the enterprise's row."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from directory.models import Enterprise
from home.translation_records import record_translation
from tests.directory.factories import EnterpriseFactory
from tests.e2e.conftest import (
    approve_on_dashboard,
    open_actions,
    submit_translation,
    translate_in_the_editor,
)

pytestmark = [pytest.mark.e2e, pytest.mark.django_db]

NAME = "Zeewind Delta"
DUTCH = "Burgers bouwen samen windmolens aan de kust."
FRENCH = "Des citoyens construisent ensemble des éoliennes sur la côte."
NEW_DUTCH = "Burgers bouwen en beheren samen windmolens aan de kust en op zee."
NEW_FRENCH = (
    "Des citoyens construisent et gèrent ensemble des éoliennes sur la côte et en mer."
)
DUTCH_PAGE = "/nl/memo-gids/zeewind-delta/"
FRENCH_PAGE = "/fr/guide-memo/zeewind-delta/"
SYNC = "Vertalingen synchroniseren"
SYNC_TITLE = "Huidige vertalingen bijwerken"


@pytest.fixture(scope="module")
def translated_enterprise(site, django_db_blocker):
    """A Dutch enterprise published as the admin does it, its French description
    written and published, and recorded as its wagtail-localize translation (as
    the demo records its French copies)."""
    with django_db_blocker.unblock():
        dutch = EnterpriseFactory.build(name=NAME, description=DUTCH, live=False)
        dutch.save()
        dutch.save_revision().publish()
        french = Enterprise.objects.get(
            translation_key=dutch.translation_key, locale__language_code="fr"
        )
        french.description = FRENCH
        french.save_revision().publish()
        record_translation(dutch, french)
    return dutch


def listing_row(person):
    person.goto(reverse(Enterprise.snippet_viewset.get_url_name("list")) + "?q=Zeewind")
    return person.locator("tr").filter(has_text=NAME)


def test_a_changed_description_is_synced_translated_and_published(
    log_in, page, translated_enterprise
):
    page.goto(FRENCH_PAGE)
    expect(page.locator(".enterprise__description")).to_have_text(FRENCH)

    dutch_edit_url = reverse(
        Enterprise.snippet_viewset.get_url_name("edit"), args=[translated_enterprise.pk]
    )
    editor = log_in("editors")
    editor.goto(dutch_edit_url)
    editor.locator("#id_description").fill(NEW_DUTCH)
    open_actions(editor)
    editor.locator("footer button[name='action-submit']").click()
    expect(editor.locator(".messages .success")).to_be_visible()
    moderator = log_in("moderators")
    approve_on_dashboard(moderator, NAME)
    page.goto(DUTCH_PAGE)
    expect(page.locator(".enterprise__description")).to_have_text(NEW_DUTCH)

    editor.goto(dutch_edit_url)
    editor.locator("header [data-w-dropdown-target='toggle']").first.click()
    editor.get_by_role("link", name=SYNC).click()
    expect(editor.get_by_role("heading", name=SYNC_TITLE)).to_be_visible()
    editor.locator("main form [type='submit']").click()
    expect(editor.locator(".messages .success")).to_be_visible()

    listing_row(editor).locator("[data-language-versions] a").filter(
        has_text="FR"
    ).click()
    translate_in_the_editor(editor, {NEW_DUTCH: NEW_FRENCH})
    submit_translation(editor)
    page.goto(FRENCH_PAGE)
    expect(page.locator(".enterprise__description")).to_have_text(FRENCH)

    approve_on_dashboard(moderator, NAME)
    page.goto(FRENCH_PAGE)
    expect(page.locator(".enterprise__description")).to_have_text(NEW_FRENCH)
    page.goto(DUTCH_PAGE)
    expect(page.locator(".enterprise__description")).to_have_text(NEW_DUTCH)
