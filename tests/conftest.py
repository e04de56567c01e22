"""Shared fixtures: the two locales and a site whose Dutch and French home pages are live."""

import pytest
from wagtail.models import Locale, Page, Site

from home.models import HomePage


@pytest.fixture
def locale_nl(db):
    return Locale.objects.get_or_create(language_code="nl")[0]


@pytest.fixture
def locale_fr(db):
    return Locale.objects.get_or_create(language_code="fr")[0]


def publish_translation(page, locale, **changes):
    """Copy `page` into `locale`, apply `changes`, publish it and return it."""
    translation = page.copy_for_translation(locale)
    for field, value in changes.items():
        setattr(translation, field, value)
    translation.save_revision().publish()
    translation.refresh_from_db()
    return translation.specific


@pytest.fixture
def home_nl(locale_nl):
    root = Page.get_first_root_node()
    Page.objects.filter(depth=2).delete()
    home = root.add_child(
        instance=HomePage(title="Coopkracht", slug="nl", locale=locale_nl)
    )
    home.save_revision().publish()
    Site.objects.all().delete()
    Site.objects.create(hostname="testserver", root_page=home, is_default_site=True)
    return home


@pytest.fixture
def home_fr(home_nl, locale_fr):
    return publish_translation(home_nl, locale_fr, title="Coopkracht")
