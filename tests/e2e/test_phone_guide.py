"""The guide on a phone: results first, filters folded away and applied on change,
"near me" only where it works, and "near a municipality" without JavaScript."""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.browser import PHONE, new_context
from tests.e2e.pages import expect_results

pytestmark = [pytest.mark.e2e, pytest.mark.django_db]


def phone_page(site, browser, **options):
    context = new_context(browser, site.url, locale="nl-BE", viewport=PHONE, **options)
    return context, context.new_page()


@pytest.fixture
def phone(site, browser):
    context, page = phone_page(site, browser)
    yield page
    context.close()


@pytest.fixture
def phone_without_js(site, browser):
    context, page = phone_page(site, browser, java_script_enabled=False)
    yield page
    context.close()


def test_results_come_first_and_the_filters_are_folded(phone):
    phone.goto("/nl/memo-gids/")
    summary = phone.locator("#guide-filters > summary")
    expect(summary).to_have_text("Filters (0)")
    expect(phone.locator(".facet").first).to_be_hidden()
    first_result = phone.locator(".guide-item").first.bounding_box()
    assert first_result["y"] < PHONE["height"], "the first result is below the fold"

    summary.click()
    expect(phone.locator(".facet").first).to_be_visible()
    expect(phone.locator("#guide-near-me")).to_be_visible()  # geolocation exists


def test_a_filter_applies_as_soon_as_it_is_ticked(phone):
    phone.goto("/nl/memo-gids/?q=Zonnedak")
    phone.locator("#guide-filters > summary").click()
    expect(phone.locator("#guide-apply")).to_be_hidden()

    phone.locator("#facet-sector-energie").check()
    expect(phone).to_have_url(re.compile(r"[?&]sector=energie\b"))
    expect_results(phone, 24)
    expect(phone.locator("#guide-filters > summary")).to_have_text("Filters (1)")
    expect(phone.locator("#facet-sector-energie")).to_be_focused()


def test_near_a_municipality_works_without_javascript(phone_without_js):
    page = phone_without_js
    page.goto("/nl/memo-gids/?q=Zonnedak")
    page.locator("#guide-filters > summary").click()
    expect(page.locator("#guide-near-me")).to_be_hidden()

    page.locator("#facet-municipality").fill("Anvers")
    page.locator("#facet-km").select_option("10")
    page.locator("#guide-apply").click()
    expect(page).to_have_url(re.compile(r"[?&]municipality=Anvers\b"))
    expect_results(page, 2)
    expect(page.locator(".active-filters .chip")).to_contain_text(
        ["“Zonnedak”", "Binnen 10 km van Anvers"]
    )
