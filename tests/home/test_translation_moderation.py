"""An editor who may not publish translates a page, submits it, a moderator approves."""

from urllib.parse import urlencode

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse
from wagtail.models import Page, TaskState
from wagtail_localize.models import StringTranslation, Translation

from editorial.groups import EDITORS, MODERATORS
from home.translation_records import record_translation
from tests.home.conftest import switcher_href

FRENCH = {
    "title": "Qui sommes-nous",
    "intro": "Coopkracht relie les coopératives.",
    "Geschiedenis": "Histoire",
    "Sinds 2008.": "Depuis 2008.",
    "Steunen, sterken, stuwen.": "Soutenir, renforcer, propulser.",
}


@pytest.fixture
def people(django_user_model):
    """An editor (Redacteurs, who may start translations) and a moderator
    (Moderatoren, who approve in the site's workflow)."""
    editor = django_user_model.objects.create_user("redacteur", "r@example.org", "pw")
    editor.groups.add(Group.objects.get(name=EDITORS))
    moderator = django_user_model.objects.create_user(
        "moderator", "moderator@example.org", "pw"
    )
    moderator.groups.add(Group.objects.get(name=MODERATORS))
    return editor, moderator


def translate(client, translation: Translation, texts: dict[str, str]):
    """Type each French text into the translation editor, as its React app does."""
    for segment in translation.source.stringsegment_set.select_related(
        "string", "context"
    ):
        text = texts.get(segment.context.path) or texts.get(segment.string.data)
        if text is None:
            continue
        response = client.put(
            reverse(
                "wagtail_localize:edit_string_translation",
                args=[translation.pk, segment.pk],
            ),
            urlencode({"value": text}),
            content_type="application/x-www-form-urlencoded",
        )
        assert response.status_code in (200, 201), response.content


def test_editor_submits_a_translation_and_a_moderator_approves_it(
    client, people, pages_nl, home_fr
):
    editor, moderator = people
    about = pages_nl["content"]
    client.force_login(editor)

    client.post(
        reverse("wagtail_localize:submit_page_translation", args=[about.pk]),
        {"locales": [home_fr.locale.pk]},
    )
    french = about.get_translation(home_fr.locale)
    translation = Translation.objects.get(
        source__object_id=about.translation_key, target_locale=home_fr.locale
    )
    edit_url = reverse("wagtailadmin_pages:edit", args=[french.pk])
    editor_page = client.get(edit_url).content.decode()
    assert 'class="js-translation-editor"' in editor_page
    assert 'value="submit-for-moderation"' in editor_page
    assert "Ter moderatie indienen" in editor_page

    translate(client, translation, FRENCH)
    slug = StringTranslation.objects.get(
        context__object_id=about.translation_key,
        context__path="slug",
        locale=home_fr.locale,
    )
    assert slug.data == "qui-sommes-nous"
    response = client.post(edit_url, {"action": "submit-for-moderation"})

    assert response.status_code == 302
    french = Page.objects.get(pk=french.pk)
    assert not french.live
    assert french.workflow_in_progress
    assert [m.to for m in mail.outbox] == [["moderator@example.org"]]
    assert "Qui sommes-nous" in mail.outbox[0].subject

    client.force_login(moderator)
    task_state = TaskState.objects.get(
        workflow_state__object_id=str(french.pk), status="in_progress"
    )
    approve = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[french.pk, "approve", task_state.pk],
    )
    assert client.post(approve, {"comment": ""}).status_code in (200, 302)

    client.logout()
    response = client.get("/fr/qui-sommes-nous/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Depuis 2008." in html and "Sinds 2008." not in html
    assert switcher_href(client.get(about.url), "fr") == "/fr/qui-sommes-nous/"


def test_a_translated_slug_is_kept_when_the_title_changes_again(
    client, people, pages_nl, home_fr
):
    editor, _moderator = people
    about = pages_nl["content"]
    client.force_login(editor)
    client.post(
        reverse("wagtail_localize:submit_page_translation", args=[about.pk]),
        {"locales": [home_fr.locale.pk]},
    )
    translation = Translation.objects.get(
        source__object_id=about.translation_key, target_locale=home_fr.locale
    )

    translate(client, translation, {"title": "À propos", "slug": "qui-sommes-nous"})
    translate(client, translation, {"title": "À propos de Coopkracht"})

    assert (
        StringTranslation.objects.get(
            context__object_id=about.translation_key,
            context__path="slug",
            locale=home_fr.locale,
        ).data
        == "qui-sommes-nous"
    )


def test_a_moderator_still_publishes_from_the_editor(client, people, pages_nl, home_fr):
    _editor, moderator = people
    about = pages_nl["content"]
    client.force_login(moderator)
    client.post(
        reverse("wagtail_localize:submit_page_translation", args=[about.pk]),
        {"locales": [home_fr.locale.pk]},
    )
    french = about.get_translation(home_fr.locale)

    editor_page = client.get(
        reverse("wagtailadmin_pages:edit", args=[french.pk])
    ).content.decode()

    assert 'value="submit-for-moderation"' not in editor_page
    assert "&quot;canPublish&quot;: true" in editor_page


def test_a_change_to_a_live_translation_stays_private_until_approved(
    client, people, pages_nl, pages_fr
):
    editor, moderator = people
    french = pages_fr["content"]
    record_translation(pages_nl["content"], french)
    translation = Translation.objects.get(
        source__object_id=french.translation_key, target_locale=french.locale
    )
    client.force_login(editor)
    translate(client, translation, {"title": "Qui nous sommes"})

    client.post(
        reverse("wagtailadmin_pages:edit", args=[french.pk]),
        {"action": "submit-for-moderation"},
    )

    client.logout()
    assert "Qui nous sommes" not in client.get("/fr/a-propos/").content.decode()
    client.force_login(moderator)
    task_state = TaskState.objects.get(
        workflow_state__object_id=str(french.pk), status="in_progress"
    )
    client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[french.pk, "approve", task_state.pk],
        ),
        {"comment": ""},
    )
    client.logout()
    assert "Qui nous sommes" in client.get("/fr/a-propos/").content.decode()


def test_only_those_who_may_publish_publish_on_sync(client, people, pages_nl, pages_fr):
    """Sync's "Publish immediately" publishes the French page with the new Dutch
    text in it: for moderators only."""
    editor, moderator = people
    about, french = pages_nl["content"], pages_fr["content"]
    source = record_translation(about, french).translation.source
    about.intro = "Coopkracht verbindt coöperaties, ook in Brussel."
    about.save_revision().publish()
    sync_url = reverse("wagtail_localize:update_translations", args=[source.pk])
    checkbox = 'type="checkbox" name="publish_translations"'

    def french_page():
        client.logout()
        return client.get("/fr/a-propos/").content.decode()

    client.force_login(editor)
    assert checkbox not in client.get(sync_url).content.decode()
    assert client.post(sync_url, {"publish_translations": "on"}).status_code == 302
    assert "Brussel" not in french_page()

    client.force_login(moderator)
    assert checkbox in client.get(sync_url).content.decode()
    client.post(sync_url, {"publish_translations": "on"})
    assert "Brussel" in french_page()
