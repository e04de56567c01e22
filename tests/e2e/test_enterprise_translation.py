"""An enterprise's French description is typed in the translation editor, reviewed
and shown on the French enterprise page."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from directory.models import Enterprise
from tests.directory.factories import EnterpriseFactory
from tests.e2e.conftest import (
    approve_on_dashboard,
    submit_translation,
    translate_in_the_editor,
)

pytestmark = [pytest.mark.e2e, pytest.mark.django_db]

DUTCH = "Buren leggen samen zonnepanelen op de daken van hun wijk."
FRENCH = "Des voisins posent ensemble des panneaux solaires sur les toits du quartier."
FRENCH_PAGE = "/fr/guide-memo/zuiderzon-energie/"


@pytest.fixture(scope="module")
def published_enterprise(site, django_db_blocker):
    """A Dutch enterprise published the way the admin does it: publishing makes
    its French version, a copy without a description."""
    with django_db_blocker.unblock():
        enterprise = EnterpriseFactory.build(
            name="Zuiderzon Energie", description=DUTCH, live=False
        )
        enterprise.save()
        enterprise.save_revision().publish()
    return enterprise


def test_a_french_description_is_translated_moderated_and_shown(
    log_in, page, published_enterprise
):
    page.goto(FRENCH_PAGE)
    expect(page.locator(".enterprise__description")).to_have_attribute("lang", "nl")
    expect(page.locator(".enterprise__description")).to_have_text(DUTCH)

    editor = log_in("editors")
    editor.goto(
        reverse(Enterprise.snippet_viewset.get_url_name("list")) + "?q=Zuiderzon"
    )
    row = editor.locator("tr").filter(has_text="Zuiderzon Energie")
    row.locator("[data-language-state='untranslated']").click()
    translate_in_the_editor(editor, {DUTCH: FRENCH})
    submit_translation(editor)
    page.goto(FRENCH_PAGE)
    expect(page.locator(".enterprise__description")).to_have_text(DUTCH)

    approve_on_dashboard(log_in("moderators"), "Zuiderzon Energie")
    page.goto(FRENCH_PAGE)
    description = page.locator(".enterprise__description")
    expect(description).to_have_text(FRENCH)
    expect(description).not_to_have_attribute("lang", "nl")
    page.goto("/nl/memo-gids/zuiderzon-energie/")
    expect(page.locator(".enterprise__description")).to_have_text(DUTCH)
