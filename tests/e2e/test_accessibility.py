"""WCAG 2.1 AA on the public pages in both languages; the guide by keyboard alone."""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.axe import wcag_violations
from tests.e2e.pages import EVERY_PAGE, visit

pytestmark = [pytest.mark.e2e, pytest.mark.django_db]

# The focused element is :focus-visible and drawn with the site's own ring: an
# outline of at least 2px (browsers' default ring is thinner) or a box-shadow.
FOCUSED_IS_VISIBLE = """() => {
  const focused = document.activeElement;
  const style = getComputedStyle(focused);
  const ring = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
  return focused.matches(":focus-visible") && (ring || style.boxShadow !== "none");
}"""


@pytest.mark.parametrize(("path", "telltale"), EVERY_PAGE)
def test_no_wcag_21_aa_violations(page, path, telltale):
    visit(page, path, telltale)
    assert wcag_violations(page) == []


def tab_to(page, selector, limit=80):
    """Press Tab until the focused element matches `selector`."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(s) => document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"{selector} cannot be reached with Tab")


def test_guide_filters_work_with_the_keyboard_alone(page):
    page.goto("/nl/memo-gids/")
    tab_to(page, ".guide-search button[type=submit]")
    assert page.evaluate(FOCUSED_IS_VISIBLE), "the focused button shows no focus ring"
    tab_to(page, ".facet__option input[type=checkbox]")
    checkbox = page.locator("input[type=checkbox]:focus")
    assert page.evaluate(FOCUSED_IS_VISIBLE), "the focused facet shows no focus ring"
    slug = checkbox.get_attribute("value")
    parameter = checkbox.get_attribute("name")

    # Ticking applies the filter; focus comes back to the box after the reload.
    page.keyboard.press("Space")
    expect(page).to_have_url(re.compile(rf"/nl/memo-gids/\?.*\b{parameter}={slug}\b"))
    ticked = page.locator(f"#facet-{parameter}-{slug}")
    expect(ticked).to_be_checked()
    expect(ticked).to_be_focused()
    expect(page.locator(".active-filters .chip")).to_have_count(1)


@pytest.mark.parametrize(
    ("home", "statement", "heading"),
    [
        ("/nl/", "/nl/toegankelijkheid/", "Toegankelijkheidsverklaring"),
        ("/fr/", "/fr/accessibilite/", "Déclaration d'accessibilité"),
    ],
)
def test_the_accessibility_statement_is_linked_from_the_footer(
    page, site, home, statement, heading
):
    page.goto(home)
    page.locator(f"footer a[href='{statement}']").click()
    expect(page).to_have_url(site.url + statement)
    expect(page.locator("h1")).to_have_text(heading)
