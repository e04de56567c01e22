"""The Content-Security-Policy as the browser applies it: nothing on the public
pages is blocked, and no script fails. Map tiles cannot load offline; that is
the only console error allowed."""

from urllib.parse import urlsplit

import pytest

from tests.e2e.browser import chromium, csp_violations, new_context
from tests.e2e.pages import EVERY_PAGE
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


def is_offline_tile(message) -> bool:
    host = urlsplit(message.location.get("url", "")).hostname or ""
    return message.text.startswith("Failed to load resource") and host.endswith(
        TILE_HOSTS
    )


@pytest.fixture
def page(browser, site):
    """A page that records its console errors and uncaught exceptions in `.errors`."""
    context = new_context(browser, site.url)
    page = context.new_page()
    page.errors = []
    page.on(
        "console",
        lambda message: (
            message.type == "error"
            and not is_offline_tile(message)
            and page.errors.append(f"console: {message.text}")
        ),
    )
    page.on("pageerror", lambda error: page.errors.append(f"uncaught: {error}"))
    yield page
    context.close()


@pytest.mark.parametrize("path", EVERY_PAGE)
def test_public_pages_break_no_policy(page, path):
    page.goto(path, wait_until="networkidle")
    assert csp_violations(page) == []
    assert page.errors == []


def test_guide_suggestions_and_map_stay_within_the_policy(page):
    page.goto("/nl/memo-gids/?q=energie", wait_until="networkidle")
    page.locator(".guide-map .leaflet-marker-pane > *").first.wait_for()
    page.locator("#guide-q").fill("Zonnew")
    page.locator("#guide-q-suggestions [role=option]").first.wait_for()
    assert csp_violations(page) == []
    assert page.errors == []
