"""No lost updates: of two people who opened the same enterprise or page, the second
to save is told and keeps the first one's work unless they save again on purpose."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from directory.models import Enterprise
from home.models import ContentPage

pytestmark = [pytest.mark.e2e, pytest.mark.django_db]

NAME = "Warmtenet De Ketel"


def open_form(person, url, field="#id_description"):
    person.goto(url)
    return person.locator(field)


def latest_description(enterprise) -> str:
    saved = Enterprise.objects.get(pk=enterprise.pk)
    return saved.get_latest_revision_as_object().description


def latest_intro(page) -> str:
    return ContentPage.objects.get(pk=page.pk).get_latest_revision_as_object().intro


def save_draft(person):
    person.locator("footer button.action-save").first.click()


def test_the_second_of_two_stale_saves_is_refused(log_in):
    enterprise = Enterprise.objects.get(name=NAME, locale__language_code="nl")
    url = reverse(Enterprise.snippet_viewset.get_url_name("edit"), args=[enterprise.pk])
    editor, moderator = log_in("editors"), log_in("moderators")
    first, second = open_form(editor, url), open_form(moderator, url)

    first.fill("Eerste versie van de beschrijving.")
    save_draft(editor)
    expect(editor.locator(".messages .success")).to_be_visible()

    second.fill("Tweede versie van de beschrijving.")
    save_draft(moderator)
    refusal = moderator.locator(".messages .error")
    expect(refusal).to_contain_text("editors")
    expect(refusal.get_by_role("link", name="Versies vergelijken")).to_be_visible()
    assert latest_description(enterprise) == "Eerste versie van de beschrijving."

    expect(second).to_have_value("Tweede versie van de beschrijving.")
    save_draft(moderator)
    expect(moderator.locator(".messages .success")).to_be_visible()
    assert latest_description(enterprise) == "Tweede versie van de beschrijving."


def test_the_second_of_two_stale_page_saves_is_refused(log_in):
    page = ContentPage.objects.get(locale__language_code="nl", slug="lidmaatschap")
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    editor, moderator = log_in("editors"), log_in("moderators")
    first, second = (
        open_form(editor, url, "#id_intro"),
        open_form(moderator, url, "#id_intro"),
    )

    first.fill("Eerste versie van de inleiding.")
    save_draft(editor)
    expect(editor.locator(".messages .success")).to_be_visible()

    second.fill("Tweede versie van de inleiding.")
    save_draft(moderator)
    refusal = moderator.locator(".messages .error")
    expect(refusal).to_contain_text("editors heeft deze pagina op")
    expect(refusal.get_by_role("link", name="Versies vergelijken")).to_be_visible()
    assert latest_intro(page) == "Eerste versie van de inleiding."
    expect(second).to_have_value("Tweede versie van de inleiding.")
    save_draft(moderator)
    expect(moderator.locator(".messages .success")).to_be_visible()
    assert latest_intro(page) == "Tweede versie van de inleiding."
