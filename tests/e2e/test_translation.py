"""An editor translates a new Dutch page, submits it; a moderator approves it."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from home.models import ContentPage, HomePage
from tests.e2e.test_editorial import log_in  # noqa: F401 (fixture)

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


def translate_in_the_editor(editor, texts: dict[str, str]):
    """Translate, type, Enter for each segment, as a translator does."""
    for source, french in texts.items():
        segment = editor.locator("li.incomplete").filter(has_text=source).first
        segment.locator("button").last.click()
        segment.locator("textarea").fill(french)
        segment.locator("textarea").press("Enter")
        expect(editor.locator("li.complete").filter(has_text=french)).to_have_count(1)


def test_a_translation_goes_through_moderation_to_a_french_address(
    log_in,  # noqa: F811
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
    submit = editor.locator("button[value='submit-for-moderation']")
    expect(submit).to_be_visible()
    submit.click()
    expect(editor.locator(".messages .success")).to_be_visible()
    expect(editor.locator("footer button[disabled]")).to_have_text("Wacht op moderatie")
    expect(editor.locator("footer").get_by_text("Verwijderen")).to_be_hidden()
    assert page.goto("/fr/notre-fonctionnement/").status == 404

    moderator = log_in("moderators")
    task = moderator.locator("tr").filter(has_text="Notre fonctionnement")
    task.locator("[data-w-dropdown-target='toggle']").first.click()
    task.locator(
        "button[data-workflow-action-url*='/approve/']:not([data-launch-modal])"
    ).click()
    moderator.wait_for_load_state()
    moderator.reload()
    expect(
        moderator.locator("tr").filter(has_text="Notre fonctionnement")
    ).to_have_count(0)

    response = page.goto("/fr/notre-fonctionnement/")
    assert response.status == 200
    expect(page.locator("main")).to_contain_text("Chaque mois une assemblée")
    page.goto("/nl/onze-werking/")
    expect(page.locator("nav.language-switcher a[hreflang=fr]")).to_have_attribute(
        "href", "/fr/notre-fonctionnement/"
    )
