"""Editors translate knowledge pages with wagtail-localize: every type must go through."""

import pytest
from wagtail_localize.models import TranslationSource

from tests.knowledge.conftest import KINDS


@pytest.mark.parametrize("kind", KINDS)
def test_wagtail_localize_translates_each_page_type(bilingual_pages, locale_fr, kind):
    page, existing = bilingual_pages[kind]
    existing.delete()
    source, _ = TranslationSource.get_or_create_from_instance(page)
    translation, created = source.create_or_update_translation(
        locale_fr, publish=False, fallback=True
    )
    assert created
    assert translation.locale == locale_fr
    assert translation.translation_key == page.translation_key
    assert not translation.live  # reviewed before it goes live
