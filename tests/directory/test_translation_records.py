"""The French version of an enterprise is translated in wagtail-localize's editor."""

import io
import re
from urllib.parse import urlencode

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import TaskState
from wagtail_localize.models import StringTranslation, Translation

from directory.exchange.importer import import_exchange_file
from directory.models import Enterprise
from editorial.groups import EDITORS, MODERATORS
from tests.directory.conftest import csv_text
from tests.directory.factories import french_version, make_guides

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, django_user_model, locale_nl, locale_fr):
    user = django_user_model.objects.create_superuser("admin", "a@example.org", "pw")
    client.force_login(user)
    return client


def edit_url(enterprise) -> str:
    return reverse("wagtailsnippets_directory_enterprise:edit", args=[enterprise.pk])


def translation_of(enterprise) -> Translation:
    return Translation.objects.get(
        source__object_id=enterprise.translation_key, target_locale__language_code="fr"
    )


def recorded_french(enterprise) -> list[str]:
    return list(
        StringTranslation.objects.filter(
            context__object_id=enterprise.translation_key, locale__language_code="fr"
        ).values_list("data", flat=True)
    )


def test_opening_the_french_version_leads_to_the_translation_editor(
    admin_client, client, home_nl, home_fr, enterprise_factory
):
    make_guides(home_nl, home_fr)
    dutch = enterprise_factory(name="Zonnewind", description="Wij wekken stroom op.")
    french = french_version(dutch)
    assert not Translation.objects.exists()  # publishing wrote no records
    page = client.get("/fr/guide-memo/zonnewind/").content.decode()
    assert re.search(r'lang="nl">\s*<p>Wij wekken stroom op\.</p>', page)

    first = admin_client.get(edit_url(french))

    assert (first.status_code, first["Location"]) == (302, edit_url(french))
    translation = translation_of(dutch)
    assert translation.get_progress() == (1, 0)
    editor = admin_client.get(edit_url(french))
    assert 'class="js-translation-editor"' in editor.content.decode()

    segment = translation.source.stringsegment_set.get(context__path="description")
    put = admin_client.put(
        reverse(
            "wagtail_localize:edit_string_translation",
            args=[translation.pk, segment.pk],
        ),
        urlencode({"value": "Nous produisons de l'électricité."}),
        content_type="application/x-www-form-urlencoded",
    )
    assert put.status_code == 201
    admin_client.post(edit_url(french), {"action": "publish"})

    french.refresh_from_db()
    dutch.refresh_from_db()
    assert french.description == "Nous produisons de l'électricité."
    assert (dutch.name, dutch.description) == ("Zonnewind", "Wij wekken stroom op.")
    page = client.get("/fr/guide-memo/zonnewind/").content.decode()
    assert re.search(
        r'<div class="enterprise__description">\s*<p>Nous produisons de '
        r"l(&#x27;|&#39;|')électricité\.</p>",
        page,
    )


def test_a_published_dutch_change_reaches_the_translation(
    admin_client, enterprise_factory
):
    dutch = enterprise_factory(name="Zonnewind", description="Oud.")
    french = french_version(dutch)
    admin_client.get(edit_url(french))

    dutch.name, dutch.description = "Zonnewind Gent", "Nieuw."
    dutch.save_revision().publish()
    translation = translation_of(dutch)
    source_texts = translation.source.stringsegment_set.values_list(
        "string__data", flat=True
    )
    assert list(source_texts) == ["Nieuw."]

    translation.save_target(publish=True)  # what the editor's Publish does

    dutch.refresh_from_db()
    french.refresh_from_db()
    assert (dutch.name, french.name) == ("Zonnewind Gent", "Zonnewind Gent")
    assert dutch.description == "Nieuw."


def test_an_import_replaces_the_recorded_french_text(admin_client, locale_fr):
    def imported(description_fr):
        data = csv_text([{"description_fr": description_fr}]).encode()
        assert import_exchange_file(data).is_valid

    imported("Énergie renouvelable, ancien texte.")
    french = french_version_of_the_only_enterprise()
    admin_client.get(edit_url(french))
    assert recorded_french(french) == ["Énergie renouvelable, ancien texte."]

    imported("Énergie renouvelable, nouveau texte.")

    assert not Translation.objects.exists()
    admin_client.get(edit_url(french))
    assert recorded_french(french) == ["Énergie renouvelable, nouveau texte."]
    assert translation_of(french).get_progress() == (1, 1)


def french_version_of_the_only_enterprise():
    return Enterprise.objects.get(locale__language_code="fr")


def test_the_command_records_every_french_enterprise(enterprise_factory):
    enterprise_factory(description_fr="Texte.")
    enterprise_factory()
    out = io.StringIO()

    call_command("record_translations", stdout=out)

    assert "enterprises: 2 recorded, 1 texts left for translators" in out.getvalue()
    assert (
        Translation.objects.filter(
            source__specific_content_type__model="enterprise"
        ).count()
        == 2
    )


def test_an_editor_submits_a_french_description_a_moderator_approves_it(
    client, django_user_model, enterprise_factory
):
    editor = django_user_model.objects.create_user("redacteur", "r@example.org", "pw")
    editor.groups.add(Group.objects.get(name=EDITORS))
    moderator = django_user_model.objects.create_user(
        "moderator", "moderator@example.org", "pw"
    )
    moderator.groups.add(Group.objects.get(name=MODERATORS))
    # Published as the admin does: publishing makes the French copy.
    dutch = enterprise_factory.build(
        name="Zonnewind", description="Wij wekken stroom op.", live=False
    )
    dutch.save()
    dutch.save_revision().publish()
    french = french_version(dutch)
    client.force_login(editor)
    client.get(edit_url(french))
    translation = translation_of(dutch)
    editor_page = client.get(edit_url(french)).content.decode()
    assert 'value="submit-for-moderation"' in editor_page
    segment = translation.source.stringsegment_set.get(context__path="description")
    client.put(
        reverse(
            "wagtail_localize:edit_string_translation",
            args=[translation.pk, segment.pk],
        ),
        urlencode({"value": "Nous produisons de l'électricité."}),
        content_type="application/x-www-form-urlencoded",
    )
    mail.outbox.clear()

    client.post(edit_url(french), {"action": "submit-for-moderation"})

    french.refresh_from_db()
    assert (french.live, french.description) == (True, "")  # still as published
    assert french.workflow_in_progress
    assert [m.to for m in mail.outbox] == [["moderator@example.org"]]
    # The editor in moderation shows the workflow's links (it failed without them).
    awaiting = client.get(edit_url(french))
    assert awaiting.status_code == 200
    assert "Wacht op moderatie" in awaiting.content.decode()

    client.force_login(moderator)
    assert client.get(edit_url(french)).status_code == 200
    task_state = TaskState.objects.get(
        workflow_state__object_id=str(french.pk), status="in_progress"
    )
    client.post(
        reverse(
            "wagtailsnippets_directory_enterprise:workflow_action",
            args=[french.pk, "approve", task_state.pk],
        ),
        {"comment": ""},
    )

    french.refresh_from_db()
    dutch.refresh_from_db()
    assert (french.live, french.description) == (
        True,
        "Nous produisons de l'électricité.",
    )
    assert (dutch.name, dutch.description) == ("Zonnewind", "Wij wekken stroom op.")
