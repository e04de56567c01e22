"""Two people on one page: a save or publish over a newer save is refused until
the second one saves again on purpose."""

import pytest
from django.urls import reverse
from django.utils.translation import gettext, override
from wagtail.test.utils.form_data import nested_form_data, streamfield

from home.models import ContentPage
from tests.directory.admin_forms import hidden_inputs
from tests.editorial.moderation import moderator

pytestmark = pytest.mark.django_db


@pytest.fixture
def page(home_nl):
    return home_nl.add_child(instance=ContentPage(title="Over ons", slug="over-ons"))


def edit_url(page) -> str:
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def opened(client, page):
    response = client.get(edit_url(page))
    assert response.status_code == 200
    return response


def save(client, page, form, title, action):
    """The form sent back from the `form` response, with the title typed over."""
    fields = nested_form_data(
        {"title": title, "slug": page.slug, "body": streamfield([])}
    )
    data = {**hidden_inputs(form), **fields}
    if action == "publish":
        data["action-publish"] = "action-publish"
    return client.post(edit_url(page), data)


def latest_title(page) -> str:
    return ContentPage.objects.get(pk=page.pk).get_latest_revision_as_object().title


@pytest.mark.parametrize("action", ["save", "publish"])
@pytest.mark.parametrize("with_revision", [False, True])
def test_a_stale_page_save_is_refused_until_confirmed(page, with_revision, action):
    if with_revision:
        page.save_revision()
    anna, bart = moderator("anna"), moderator("bart")
    annas_form, barts_form = opened(anna, page), opened(bart, page)

    assert save(bart, page, barts_form, "Over ons (Bart)", "save").status_code == 302
    assert latest_title(page) == "Over ons (Bart)"

    refused = save(anna, page, annas_form, "Over ons (Anna)", action)
    assert refused.status_code == 200
    content = refused.content.decode()
    with override("nl"):
        compare = gettext("Compare versions")
    assert compare != "Compare versions" and compare in content
    assert "bart heeft deze pagina op " in content
    newest = ContentPage.objects.get(pk=page.pk).latest_revision
    older = hidden_inputs(annas_form).get("loaded_revision_id") or "earliest"
    assert (
        reverse(
            "wagtailadmin_pages:revisions_compare", args=[page.pk, older, newest.pk]
        )
        in content
    )
    assert latest_title(page) == "Over ons (Bart)"
    assert "Over ons (Anna)" in content  # Anna's changes are still in her form

    confirmed = save(anna, page, refused, "Over ons (Anna)", action)
    assert confirmed.status_code == 302
    assert latest_title(page) == "Over ons (Anna)"
    if action == "publish":
        assert ContentPage.objects.get(pk=page.pk).title == "Over ons (Anna)"


def test_a_save_on_the_latest_version_goes_through(page):
    anna = moderator("anna")
    assert save(anna, page, opened(anna, page), "Over ons 1", "save").status_code == 302
    assert save(anna, page, opened(anna, page), "Over ons 2", "save").status_code == 302
    assert latest_title(page) == "Over ons 2"


def test_a_save_over_ones_own_newer_revision_goes_through(page):
    """Such as an autosave of the same form, or the same person in another tab:
    no one else's work would be lost."""
    anna, bart = moderator("anna"), moderator("bart")
    first_tab, second_tab = opened(anna, page), opened(anna, page)
    assert save(anna, page, first_tab, "Over ons 1", "save").status_code == 302
    assert save(anna, page, second_tab, "Over ons 2", "save").status_code == 302
    assert latest_title(page) == "Over ons 2"

    barts_form = opened(bart, page)
    assert save(anna, page, opened(anna, page), "Over ons 3", "save").status_code == 302
    assert save(bart, page, barts_form, "Over ons (Bart)", "save").status_code == 200
    assert latest_title(page) == "Over ons 3"
