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
