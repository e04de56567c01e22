"""The header on a phone: the menu folds behind a button; without JavaScript it stays open."""

import pytest
from playwright.sync_api import expect

from tests.e2e.browser import PHONE, new_context

pytestmark = [pytest.mark.e2e, pytest.mark.django_db]

MAX_HEADER_PX = 120


@pytest.fixture
def phone(site, browser):
    context = new_context(browser, site.url, locale="nl-BE", viewport=PHONE)
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("home", ["/nl/", "/fr/"])
def test_the_phone_header_is_one_row_with_a_menu_button(phone, home):
    phone.goto(home)
    button = phone.locator(".menu-toggle")
    expect(button).to_be_visible()
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(phone.locator("nav.main-nav")).to_be_hidden()
    assert phone.locator(".site-header").bounding_box()["height"] <= MAX_HEADER_PX
    brand = phone.locator(".site-header__brand")
    tools = phone.locator(".site-header__tools").bounding_box()
    assert brand.evaluate("b => b.scrollWidth <= b.clientWidth"), "the name is cut"
    box = brand.bounding_box()
    assert box["x"] + box["width"] <= tools["x"], "the name runs under the buttons"


def test_the_menu_button_opens_and_closes_the_menu(phone):
    phone.goto("/nl/")
    button = phone.locator(".menu-toggle")
    menu = phone.locator("#" + button.get_attribute("aria-controls"))

    button.click()
    expect(button).to_have_attribute("aria-expanded", "true")
    expect(menu.locator("nav.main-nav a").first).to_be_visible()
    expect(menu.locator("#header-search-q")).to_be_visible()

    menu.locator("nav.main-nav a").first.focus()
    phone.keyboard.press("Escape")
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(button).to_be_focused()
    expect(menu).to_be_hidden()


def test_without_javascript_the_menu_stays_open(site, browser):
    context = new_context(
        browser, site.url, locale="nl-BE", viewport=PHONE, java_script_enabled=False
    )
    page = context.new_page()
    page.goto("/nl/")
    expect(page.locator(".menu-toggle")).to_be_hidden()
    expect(page.locator("nav.main-nav a").first).to_be_visible()
    context.close()


def test_a_wide_screen_shows_the_menu_without_a_button(page):
    page.goto("/nl/")
    expect(page.locator(".menu-toggle")).to_be_hidden()
    expect(page.locator("nav.main-nav a").first).to_be_visible()
    expect(page.locator("#header-search-q")).to_be_visible()
