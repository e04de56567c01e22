"""French copies made without wagtail-localize get its records, text and all."""

import io

import pytest
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Revision
from wagtail_localize.models import (
    SegmentOverride,
    StringTranslation,
    Translation,
    TranslationSource,
)

from home.models import ContentPage, Person
from home.translation_records import shape_paths

FRENCH_BODY = [
    ("heading", {"text": "Histoire", "level": "2"}),
    ("paragraph", "<p>Depuis 2008.</p>"),
    ("quote", {"quote": "Soutenir, renforcer, propulser.", "attribution": ""}),
]


def record_translations() -> str:
    out = io.StringIO()
    call_command("record_translations", stdout=out)
    return out.getvalue()


def records() -> dict:
    return {
        "sources": TranslationSource.objects.count(),
        "translations": Translation.objects.count(),
        "strings": StringTranslation.objects.count(),
        "overrides": SegmentOverride.objects.count(),
        "revisions": Revision.objects.count(),
    }


def french_texts(translation: Translation) -> dict[str, str]:
    """Source text → French text of every translated segment."""
    return dict(
        StringTranslation.objects.filter(
            context__object_id=translation.source.object_id,
            locale=translation.target_locale,
        ).values_list("translation_of__data", "data")
    )


@pytest.fixture
def french_copies(pages_fr, locale_nl, locale_fr):
    """French pages and a person copied and edited in the plain editor."""
    about = pages_fr["content"]
    about.intro = "Coopkracht relie les coopératives."
    about.body = FRENCH_BODY  # blocks with new ids, as a hand-made copy has
    about.save_revision().publish()
    dutch_person = Person.objects.create(
        locale=locale_nl, name="Marc Bosschaert", role="Voorzitter"
    )
    french_person = dutch_person.copy_for_translation(locale_fr)
    french_person.role = "Président"
    french_person.save()
    return {**pages_fr, "person": french_person}


def test_french_copies_become_translations_with_their_french_text(french_copies):
    about = ContentPage.objects.get(pk=french_copies["content"].pk)
    revision_before = about.latest_revision_id

    output = record_translations()

    assert "pages: 6 recorded" in output
    assert "people: 1 recorded" in output
    translation = Translation.objects.get(
        source__object_id=about.translation_key, target_locale=about.locale
    )
    assert translation.source.locale.language_code == "nl"
    assert french_texts(translation) == {
        "Over ons": "À propos",
        "over-ons": "a-propos",
        "Coopkracht verbindt coöperaties.": "Coopkracht relie les coopératives.",
        "Geschiedenis": "Histoire",
        "Sinds 2008.": "Depuis 2008.",
        "Steunen, sterken, stuwen.": "Soutenir, renforcer, propulser.",
    }
    assert translation.get_progress() == (6, 6)
    # The French page itself is left as it was.
    assert ContentPage.objects.get(pk=about.pk).latest_revision_id == revision_before
    person = Translation.objects.get(
        source__object_id=french_copies["person"].translation_key
    )
    assert french_texts(person) == {"Voorzitter": "Président"}


def test_sync_rebuilds_the_french_page_from_the_recorded_text(french_copies):
    record_translations()
    about = french_copies["content"]
    translation = Translation.objects.get(
        source__object_id=about.translation_key, target_locale=about.locale
    )

    translation.save_target(publish=False)

    draft = ContentPage.objects.get(pk=about.pk).get_latest_revision_as_object()
    assert (draft.title, draft.slug, draft.intro) == (
        "À propos",
        "a-propos",
        "Coopkracht relie les coopératives.",
    )
    assert [block.block_type for block in draft.body] == [
        "heading",
        "paragraph",
        "quote",
    ]
    assert draft.body[0].value["text"] == "Histoire"
    assert "Depuis 2008." in str(draft.body[1].value)
    assert draft.body[2].value["quote"] == "Soutenir, renforcer, propulser."


def test_a_second_run_changes_nothing(french_copies):
    record_translations()
    before = records()

    output = record_translations()

    assert output.strip() == "Every translation already has its records."
    assert records() == before


def test_a_field_of_another_shape_is_left_for_translators(pages_fr):
    about = pages_fr["content"]
    about.body = [
        ("heading", {"text": "Histoire", "level": "2"}),
        ("paragraph", "<p>Depuis 2008.</p><p>Une deuxième phrase.</p>"),
        ("quote", {"quote": "Soutenir.", "attribution": ""}),
    ]
    about.save_revision().publish()

    output = record_translations()

    assert "pages: 6 recorded, 1 texts left for translators" in output
    translation = Translation.objects.get(
        source__object_id=about.translation_key, target_locale=about.locale
    )
    texts = french_texts(translation)
    assert "Sinds 2008." not in texts
    assert texts["Geschiedenis"] == "Histoire"
    assert translation.get_progress() == (6, 5)


def test_block_ids_line_up_by_position():
    first, second = (
        "0c6f4e9a-1f1e-4b0e-9d5b-3b8f0b7d2a11",
        ("a7d3c2b1-5e4f-4a3b-8c2d-1e0f9a8b7c6d"),
    )
    assert shape_paths(
        [f"body.{first}.text", f"body.{first}.quote", f"body.{second}", "title"]
    ) == ["body.0.text", "body.0.quote", "body.1", "title"]


def test_the_admin_offers_sync_and_the_translation_editor(french_copies, admin_client):
    record_translations()
    dutch = ContentPage.objects.get(
        translation_key=french_copies["content"].translation_key,
        locale__language_code="nl",
    )
    source = TranslationSource.objects.get(object_id=dutch.translation_key)

    edit_dutch = admin_client.get(reverse("wagtailadmin_pages:edit", args=[dutch.pk]))
    edit_french = admin_client.get(
        reverse("wagtailadmin_pages:edit", args=[french_copies["content"].pk])
    )

    assert reverse("wagtail_localize:update_translations", args=[source.pk]) in (
        edit_dutch.content.decode()
    )
    assert edit_french.status_code == 200
    assert 'class="js-translation-editor"' in edit_french.content.decode()
