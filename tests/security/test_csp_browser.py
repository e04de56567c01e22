"""The Content-Security-Policy as the browser applies it: nothing on the public
pages is blocked, and no script fails. Map tiles cannot load offline; that is
the only console error allowed."""

from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from tests.e2e.browser import chromium, csp_violations, new_context
from tests.e2e.pages import EVERY_PAGE, visit
from tests.e2e.site import demo_site

pytestmark = [pytest.mark.e2e, pytest.mark.django_db]

TILE_HOSTS = ("tile.openstreetmap.org",)


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker):
    with demo_site(django_db_blocker) as server:
        yield server


@pytest.fixture(scope="module")
def browser(site):
    with chromium() as browser:
        yield browser


@pytest.fixture
def page(browser, site):
    context = new_context(browser, site.url)
    yield context.new_page()
    context.close()


def is_offline_tile(message) -> bool:
    host = urlsplit(message.location.get("url", "")).hostname or ""
    offline = message.text.startswith("Failed to load resource")
    return offline and host.endswith(TILE_HOSTS)


@pytest.fixture
def errors(page):
    """The page's console errors and uncaught exceptions, offline tiles excepted."""
    errors = []

    def on_console(message):
        if message.type == "error" and not is_offline_tile(message):
            errors.append(f"console: {message.text}")

    page.on("console", on_console)
    page.on("pageerror", lambda error: errors.append(f"uncaught: {error}"))
    return errors


@pytest.mark.parametrize(("path", "telltale"), EVERY_PAGE)
def test_public_pages_break_no_policy(page, errors, path, telltale):
    visit(page, path, telltale)
    assert csp_violations(page) == []
    assert errors == []


def test_guide_suggestions_and_map_stay_within_the_policy(page, errors):
    visit(page, "/nl/memo-gids/?q=energie", ".guide-item")
    expect(page.locator(".guide-map .leaflet-marker-pane > *").first).to_be_visible()
    page.locator("#guide-q").fill("Zonnew")
    expect(page.locator("#guide-q-suggestions [role=option]")).to_have_text(
        ["Zonnewaaier"]
    )
    assert csp_violations(page) == []
    assert errors == []
