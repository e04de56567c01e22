"""The anonymous page cache: served from the shared cache, purged when content changes."""

import pytest
from django.core.management import call_command
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.models import Site

from directory.models import Enterprise
from tests.directory.conftest import csv_text
from tests.directory.factories import make_guides

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 300


@pytest.fixture
def home_nl(home_nl):
    """The home page, with the site settings rows the first render would create.

    Creating a row is a change of content that drops the cache, so without them
    the first visit's page would be dropped as it is kept.
    """
    site = Site.objects.get(is_default_site=True)
    for model in settings_registry:
        if issubclass(model, BaseSiteSetting):
            model.for_site(site)
        else:
            model.load()
    return home_nl


@pytest.fixture
def guides(home_nl, home_fr):
    return make_guides(home_nl, home_fr)


def served_from_cache(client, path: str):
    """The page at `path` as the cache serves it: a change must purge it to show."""
    client.get(path)
    response = client.get(path)
    assert response["X-Page-Cache"] == "hit", path
    return response


def rendered_anew(client, path: str):
    response = client.get(path)
    assert response["X-Page-Cache"] == "miss", path
    return response


def test_a_second_anonymous_visit_is_served_from_the_cache(client, home_nl):
    first = client.get("/nl/")
    assert first.status_code == 200
    assert first["X-Page-Cache"] == "miss"
    second = client.get("/nl/")
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert "cookie" not in second.get("Vary", "").lower()
    assert "s-maxage=300" in second["Cache-Control"]


def test_a_cached_page_costs_no_query(client, home_nl, django_assert_num_queries):
    client.get("/nl/")
    with django_assert_num_queries(0):
        assert client.get("/nl/")["X-Page-Cache"] == "hit"


def test_publishing_a_page_is_seen_at_once(client, home_nl):
    assert b"Samen ondernemen" not in served_from_cache(client, "/nl/").content
    home_nl.title = "Samen ondernemen"
    home_nl.save_revision().publish()
    assert b"Samen ondernemen" in rendered_anew(client, "/nl/").content


def test_publishing_an_enterprise_refreshes_the_guide_and_the_api(
    client, guides, enterprise_factory
):
    paths = ["/nl/memo-gids/", "/fr/guide-memo/", "/api/v1/enterprises/"]
    for path in paths:
        assert b"Zonnewind" not in served_from_cache(client, path).content
    enterprise_factory(name="Zonnewind")
    for path in paths:
        assert b"Zonnewind" in rendered_anew(client, path).content


def test_an_import_refreshes_the_guide(client, guides, tmp_path):
    assert b"Ecopower" not in served_from_cache(client, "/nl/memo-gids/").content
    path = tmp_path / "enterprises.csv"
    path.write_text(csv_text([{}]))
    call_command("import_enterprises", str(path), verbosity=0)
    assert Enterprise.objects.filter(name="Ecopower").exists()
    assert b"Ecopower" in rendered_anew(client, "/nl/memo-gids/").content


def test_a_logged_in_editor_is_never_served_a_cached_page(
    client, home_nl, django_user_model
):
    client.get("/nl/")
    editor = django_user_model.objects.create_superuser("editor", "e@example.org", "pw")
    client.force_login(editor)
    response = client.get("/nl/")
    assert "X-Page-Cache" not in response
    assert (
        b"wagtail-userbar" in response.content.lower() or b"userbar" in response.content
    )


def test_a_page_with_a_form_token_is_not_kept(client, home_nl):
    from home.models import FormPage

    form = home_nl.add_child(
        instance=FormPage(title="Contact", slug="contact", locale=home_nl.locale)
    )
    form.save_revision().publish()
    first = client.get("/nl/contact/")
    assert first.status_code == 200
    assert "csrftoken" in first.cookies
    client.cookies.clear()
    assert "X-Page-Cache" not in client.get("/nl/contact/")
