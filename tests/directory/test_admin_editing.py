"""The enterprise edit form: a save over a newer save is refused until confirmed;
the Dutch version offers to sync its French translation."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from django.utils.translation import gettext, override

from directory.models import Enterprise
from editorial.groups import EDITORS, MODERATORS
from home.translation_records import record_translation
from tests.directory.admin_forms import form_data
from tests.directory.factories import french_version

pytestmark = pytest.mark.django_db

EDIT_URL = "wagtailsnippets_directory_enterprise:edit"


def logged_in(django_user_model, name, group=MODERATORS):
    user = django_user_model.objects.create_user(name, password="pw", first_name=name)
    user.groups.add(Group.objects.get(name=group))
    client = Client()
    client.force_login(user)
    return client


def open_form(client, enterprise) -> dict:
    """The edit form's data as the browser would send it back."""
    response = client.get(reverse(EDIT_URL, args=[enterprise.pk]))
    assert response.status_code == 200
    return form_data(response)


def save(client, enterprise, data, **changes):
    return client.post(reverse(EDIT_URL, args=[enterprise.pk]), {**data, **changes})


def current(enterprise) -> Enterprise:
    return Enterprise.objects.get(pk=enterprise.pk).get_latest_revision_as_object()


@pytest.mark.parametrize("with_revision", [False, True])
def test_a_stale_save_is_refused_until_the_editor_confirms(
    django_user_model, enterprise_factory, with_revision
):
    enterprise = enterprise_factory(name="Ecopower", phone="03 111 11 11")
    if with_revision:
        enterprise.save_revision()
    anna, bart = (logged_in(django_user_model, n) for n in ("Anna", "Bart"))
    annas_form = open_form(anna, enterprise)
    barts_form = open_form(bart, enterprise)

    response = save(bart, enterprise, barts_form, phone="03 222 22 22")
    assert response.status_code == 302
    assert current(enterprise).phone == "03 222 22 22"

    refused = save(anna, enterprise, annas_form, name="Ecopower cv")
    assert refused.status_code == 200
    page = refused.content.decode()
    with override("nl"):
        dutch = gettext("Compare versions")
    assert dutch != "Compare versions" and dutch in page
    assert "Bart heeft deze onderneming op " in page
    newest = Enterprise.objects.get(pk=enterprise.pk).latest_revision
    older = annas_form.get("loaded_revision_id") or "earliest"
    compare = reverse(
        "wagtailsnippets_directory_enterprise:revisions_compare",
        args=[enterprise.pk, older, newest.pk],
    )
    assert compare in page
    assert current(enterprise).name == "Ecopower"  # Bart's save stands
    assert current(enterprise).phone == "03 222 22 22"

    # Saving again from the refused form confirms, for Bart's revision only.
    confirmed = save(anna, enterprise, form_data(refused))
    assert confirmed.status_code == 302
    assert current(enterprise).name == "Ecopower cv"


def test_a_save_on_the_latest_version_goes_through(
    django_user_model, enterprise_factory
):
    enterprise = enterprise_factory(name="Ecopower")
    anna = logged_in(django_user_model, "Anna")
    assert save(anna, enterprise, open_form(anna, enterprise)).status_code == 302
    response = save(anna, enterprise, open_form(anna, enterprise), name="Ecopower 2")
    assert response.status_code == 302
    assert current(enterprise).name == "Ecopower 2"


def test_the_dutch_version_offers_to_sync_its_translations(
    django_user_model, enterprise_factory
):
    enterprise = enterprise_factory(name="Ecopower")
    editor = logged_in(django_user_model, "Chris", group=EDITORS)
    sync = gettext("Sync translations")
    assert sync not in open_page(editor, enterprise)  # nothing translated yet

    translation = record_translation(enterprise, french_version(enterprise)).translation
    sync_url = reverse(
        "wagtail_localize:update_translations", args=[translation.source_id]
    )
    page = open_page(editor, enterprise)
    assert sync != "Sync translations" and sync in page
    assert f'href="{sync_url}"' in page


def open_page(client, enterprise) -> str:
    response = client.get(reverse(EDIT_URL, args=[enterprise.pk]))
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("typed", ["BE 0403.170.701", "0403 170 701", "403170701"])
def test_an_enterprise_number_is_typed_as_written_and_kept_as_ten_digits(
    django_user_model, enterprise_factory, typed
):
    enterprise = enterprise_factory(name="Ecopower", enterprise_number="0123456749")
    anna = logged_in(django_user_model, "Anna")
    data = open_form(anna, enterprise)
    assert data["enterprise_number"] == "0123.456.749"

    assert save(anna, enterprise, data, enterprise_number=typed).status_code == 302
    assert current(enterprise).enterprise_number == "0403170701"


def test_a_wrong_enterprise_number_is_refused_in_the_editors_language(
    django_user_model, enterprise_factory
):
    enterprise = enterprise_factory(name="Ecopower", enterprise_number="0123456749")
    anna = logged_in(django_user_model, "Anna")
    refused = save(
        anna, enterprise, open_form(anna, enterprise), enterprise_number="0403.170.702"
    )
    assert refused.status_code == 200
    with override("nl"):
        message = gettext(
            "This enterprise number fails its check digits (97 − first eight mod 97)."
        )
    assert message.startswith("Dit ondernemingsnummer")
    assert message in refused.content.decode()
    assert current(enterprise).enterprise_number == "0123456749"
