"""An editor translates a new Dutch page, submits it; a moderator approves it."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from home.models import ContentPage, HomePage
from tests.e2e.conftest import (
    approve_on_dashboard,
    submit_translation,
    translate_in_the_editor,
)

pytestmark = [pytest.mark.e2e, pytest.mark.django_db]

FRENCH = {
    "Onze werking": "Notre fonctionnement",
    "Zo werken we samen.": "Voici comment nous travaillons ensemble.",
    "Elke maand een ledenvergadering.": "Chaque mois une assemblée des membres.",
}


@pytest.fixture(scope="module")
def dutch_page(site, django_db_blocker):
    """A new Dutch page without a French version, committed for the live server."""
    with django_db_blocker.unblock():
        home = HomePage.objects.get(depth=2, locale__language_code="nl")
        page = ContentPage(
            title="Onze werking",
            slug="onze-werking",
            intro="Zo werken we samen.",
            body=[("paragraph", "<p>Elke maand een ledenvergadering.</p>")],
        )
        home.add_child(instance=page)
        page.save_revision().publish()
    return page


def test_a_translation_goes_through_moderation_to_a_french_address(
    log_in,
    page,
    dutch_page,
):
    editor = log_in("editors")
    editor.goto(
        reverse("wagtail_localize:submit_page_translation", args=[dutch_page.pk])
    )
    editor.locator("input[name='locales']").first.check()
    editor.locator("main form [type='submit']").first.click()
    expect(editor.locator(".js-translation-editor li.incomplete").first).to_be_visible()

    translate_in_the_editor(editor, FRENCH)
    submit_translation(editor)
    expect(editor.locator("footer").get_by_text("Verwijderen")).to_be_hidden()
    assert page.goto("/fr/notre-fonctionnement/").status == 404

    approve_on_dashboard(log_in("moderators"), "Notre fonctionnement")

    response = page.goto("/fr/notre-fonctionnement/")
    assert response.status == 200
    expect(page.locator("main")).to_contain_text("Chaque mois une assemblée")
    page.goto("/nl/onze-werking/")
    expect(page.locator("nav.language-switcher a[hreflang=fr]")).to_have_attribute(
        "href", "/fr/notre-fonctionnement/"
    )
