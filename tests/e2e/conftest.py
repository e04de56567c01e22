"""Browser tests: one Chromium and one demo site for the whole package.

Test modules carry `pytestmark = [pytest.mark.e2e, pytest.mark.django_db]`: what
a test writes through the ORM itself is rolled back; what the browser does through
the live server is committed and stays until the package is done, so tests use
names of their own for what they add.
A failing test leaves a screenshot of every open page in `test-artifacts/`.
"""

import re
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from playwright.sync_api import expect

from editorial.groups import EDITORS, MODERATORS
from tests.directory.factories import EnterpriseFactory
from tests.e2e.browser import chromium, new_context
from tests.e2e.site import demo_site

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
PASSWORD = "e2e-Wachtwoord-2024"
SOLAR_COUNT = 22  # more than one page of results (20 a page)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    browser = item.funcargs.get("browser")
    if report.when == "call" and report.failed and browser:
        ARTIFACTS.mkdir(exist_ok=True)
        name = re.sub(r"[^\w.-]+", "_", item.nodeid)
        pages = [page for context in browser.contexts for page in context.pages]
        for number, page in enumerate(pages):
            page.screenshot(path=ARTIFACTS / f"{name}-{number}.png", full_page=True)
    return report


@pytest.fixture(scope="package")
def browser():
    with chromium() as browser:
        yield browser


@pytest.fixture(scope="package")
def site(django_db_setup, django_db_blocker):
    """The demo site plus solar cooperatives enough for two pages of results."""
    with demo_site(django_db_blocker) as server:
        with django_db_blocker.unblock():
            add_solar_cooperatives()
            add_staff()
        yield server


def add_solar_cooperatives():
    """Zonnedak 1–22 in Ghent (energy); 2 more in Antwerp and 2 in housing."""
    for number in range(1, SOLAR_COUNT + 1):
        EnterpriseFactory(name=f"Zonnedak {number:02d}", sectors=["energie"])
    for number in (23, 24):
        EnterpriseFactory(
            name=f"Zonnedak {number}",
            sectors=["energie"],
            postcode="2000",
            municipality="Antwerpen",
            latitude=51.22,
            longitude=4.40,
        )
    for number in (25, 26):
        EnterpriseFactory(name=f"Zonnedak {number}", sectors=["wonen"])


def add_staff():
    for username, group in (("editors", EDITORS), ("moderators", MODERATORS)):
        user = get_user_model().objects.create_user(
            username=username, email=f"{username}@example.org"
        )
        user.set_password(PASSWORD)
        user.save()
        user.groups.add(Group.objects.get(name=group))


@pytest.fixture
def context(request, site, browser):
    """A fresh visitor; Dutch-speaking unless parametrized with another locale."""
    locale = getattr(request, "param", "nl-BE")
    context = new_context(browser, site.url, locale=locale)
    yield context
    context.close()


@pytest.fixture
def page(context):
    return context.new_page()


@pytest.fixture
def log_in(browser, site):
    """Call with a username: a page of the admin, logged in through the login form.

    Each call is a browser context of its own, so two calls are two people.
    """
    contexts = []

    def log_in(username):
        context = new_context(browser, site.url, locale="en-GB")
        contexts.append(context)
        page = context.new_page()
        page.goto(reverse("wagtailadmin_login"))
        page.locator("#id_username").fill(username)
        page.locator("#id_password").fill(PASSWORD)
        page.locator("#id_password").press("Enter")
        expect(page).to_have_url(site.url + reverse("wagtailadmin_home"))
        return page

    yield log_in
    for context in contexts:
        context.close()


def open_actions(page):
    """The footer's drop-down of more actions, where submit and publish are."""
    page.locator("footer [data-w-dropdown-target='toggle']").first.click()


def translate_in_the_editor(editor, texts: dict[str, str]):
    """In wagtail-localize's translation editor: translate, type, Enter for each
    segment, as a translator does."""
    for source, french in texts.items():
        segment = editor.locator("li.incomplete").filter(has_text=source).first
        segment.locator("button").last.click()
        segment.locator("textarea").fill(french)
        segment.locator("textarea").press("Enter")
        expect(editor.locator("li.complete").filter(has_text=french)).to_have_count(1)


def submit_translation(editor):
    """The translation editor's "Submit for moderation", and what it says after."""
    editor.locator("button[value='submit-for-moderation']").click()
    expect(editor.locator(".messages .success")).to_be_visible()
    expect(editor.locator("footer button[disabled]")).to_have_text("Wacht op moderatie")


def approve_on_dashboard(moderator, title):
    """Approve the task waiting for review under `title` on the moderator's dashboard."""
    moderator.goto(reverse("wagtailadmin_home"))
    task = moderator.locator("tr").filter(has_text=title)
    task.locator("[data-w-dropdown-target='toggle']").first.click()
    task.locator(
        "button[data-workflow-action-url*='/approve/']:not([data-launch-modal])"
    ).click()
    moderator.wait_for_load_state()
    moderator.reload()
    expect(moderator.locator("tr").filter(has_text=title)).to_have_count(0)
