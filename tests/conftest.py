"""Shared fixtures: the two locales, a site whose Dutch and French home pages are live,
the guide under them and a factory of enterprises."""

import pytest
from django.conf import settings
from django.utils import translation
from wagtail.models import Locale, Page, Site

from directory.models import GuidePage
from home.models import HomePage
from tests.cache import clear_run_cache
from tests.committed import committed_database


@pytest.fixture(autouse=True)
def default_language():
    """Every test starts in the site's default language (Dutch), whatever ran before."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def fresh_cache():
    """Every test starts with an empty cache, as on a fresh deployment: nothing a
    previous test counted, marked or rendered is seen by the next one."""
    clear_run_cache()


@pytest.fixture
def committed_db(django_db_setup, django_db_blocker):
    """Writes are committed (the task worker sees them); the database is put back after.

    The test database is the one the run's other database tests set up.
    """
    with committed_database(django_db_blocker):
        yield


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


def make_home(locale_nl):
    """The live Dutch home page, root of the only site (at `testserver`)."""
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
def home_nl(locale_nl):
    return make_home(locale_nl)


@pytest.fixture
def home_fr(home_nl, locale_fr):
    return publish_translation(home_nl, locale_fr, title="Coopkracht")


@pytest.fixture
def committed_homes(committed_db):
    """The Dutch and French home pages, committed: {"nl": ..., "fr": ...}."""
    nl, fr = (
        Locale.objects.get_or_create(language_code=code)[0] for code in ["nl", "fr"]
    )
    home_nl = make_home(nl)
    return {"nl": home_nl, "fr": publish_translation(home_nl, fr, title="Coopkracht")}


@pytest.fixture
def guide_pages(home_nl, home_fr):
    """The live guide at /nl/memo-gids/ and /fr/guide-memo/."""
    guide = home_nl.add_child(
        instance=GuidePage(title="MeMO-gids", slug="memo-gids", locale=home_nl.locale)
    )
    guide.save_revision().publish()
    french = publish_translation(guide, home_fr.locale, slug="guide-memo")
    return {"nl": guide, "fr": french}


@pytest.fixture
def enterprise_factory(db, locale_nl, locale_fr):
    """Call it to create a published Dutch enterprise with its French version."""
    # Imported here: the factories build on this module's publish_translation.
    from tests.directory.factories import EnterpriseFactory

    return EnterpriseFactory
