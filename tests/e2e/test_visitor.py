"""A visitor's journeys: language, guide search and filters, suggestions, proposals."""

import re

import pytest
from playwright.sync_api import expect

from directory.models import Enterprise
from tests.e2e.conftest import SOLAR_COUNT
from tests.e2e.pages import expect_results

pytestmark = [pytest.mark.e2e, pytest.mark.django_db]


def switch_language(page, language):
    page.locator(f"nav.language-switcher a[hreflang={language}]").click()
    expect(page.locator("html")).to_have_attribute("lang", language)


@pytest.mark.parametrize(
    ("context", "home"), [("nl-BE", "/nl/"), ("fr-BE", "/fr/")], indirect=["context"]
)
def test_the_front_door_speaks_the_browsers_language(page, site, home):
    page.goto("/")
    expect(page).to_have_url(site.url + home)
    expect(page.locator("html")).to_have_attribute("lang", home.strip("/"))


@pytest.mark.parametrize(
    ("dutch", "french", "french_heading"),
    [
        ("/nl/missie-en-visie/", "/fr/mission-et-vision/", "Mission et vision"),
        ("/nl/memo-gids/zonnewaaier/", "/fr/guide-memo/zonnewaaier/", "Zonnewaaier"),
    ],
)
def test_the_switcher_leads_to_the_same_page_in_french(
    page, site, dutch, french, french_heading
):
    page.goto(dutch)
    switch_language(page, "fr")
    expect(page).to_have_url(site.url + french)
    expect(page.locator("h1")).to_have_text(french_heading)


def test_search_two_filters_a_second_page_and_back_with_the_filters_kept(page):
    page.goto("/nl/memo-gids/")
    page.locator("#guide-q").fill("Zonnedak")
    page.locator("#guide-q").press("Enter")
    expect_results(page, SOLAR_COUNT + 4)

    # Each filter applies as soon as it is ticked.
    page.locator("#facet-sector-energie").check()
    expect(page).to_have_url(re.compile(r"[?&]sector=energie\b"))
    page.locator("#facet-province-oost-vlaanderen").check()
    expect(page).to_have_url(re.compile(r"[?&]province=oost-vlaanderen\b"))
    expect_results(page, SOLAR_COUNT)

    page.locator(".pagination a[rel=next]").click()
    expect(page).to_have_url(re.compile(r"[?&]page=2(&|$)"))
    second_page = page.locator(".guide-list > li")
    expect(second_page).to_have_count(SOLAR_COUNT - 20)
    filtered_url = page.url

    link = second_page.first.locator("a")
    name = link.inner_text()
    link.click()
    expect(page.locator("h1")).to_have_text(name)

    page.go_back()
    expect(page).to_have_url(filtered_url)
    expect(page.locator("#guide-q")).to_have_value("Zonnedak")
    expect(page.locator("#facet-sector-energie")).to_be_checked()
    expect(page.locator("#facet-province-oost-vlaanderen")).to_be_checked()
    expect(page.locator("#facet-sector-wonen")).not_to_be_checked()
    expect(second_page).to_have_count(SOLAR_COUNT - 20)


def test_a_suggestion_is_chosen_with_the_keyboard(page, site):
    page.goto("/nl/memo-gids/")
    box = page.locator("#guide-q")
    box.press_sequentially("Zonnew")
    option = page.get_by_role("option", name="Zonnewaaier")
    expect(option).to_be_visible()
    expect(box).to_have_attribute("aria-expanded", "true")

    box.press("ArrowDown")
    expect(option).to_have_attribute("aria-selected", "true")
    expect(box).to_have_attribute("aria-activedescendant", option.get_attribute("id"))
    box.press("Enter")
    expect(page).to_have_url(f"{site.url}/nl/memo-gids/zonnewaaier/")


def test_a_proposal_arrives_as_a_draft_and_stays_out_of_the_guide(page):
    name = "Bakkerij Proefdeeg"
    page.goto("/nl/memo-gids/")
    page.locator(".guide__propose a").click()
    page.locator("#id_name").fill(name)
    page.locator("#id_sectors [value=voeding-landbouw]").check()
    page.locator("#id_postcode").fill("9000")
    page.locator("#id_municipality").fill("Gent")
    page.locator("#id_description").fill("Zuurdesembrood, samen gebakken.")
    page.locator("#id_contact_email").fill("an@example.org")
    page.locator(".proposal-form button[type=submit]").click()

    expect(page.locator(".notice--success")).to_contain_text(name)
    draft = Enterprise.objects.get(name=name, locale__language_code="nl")
    assert not draft.live

    page.goto("/nl/memo-gids/?q=Proefdeeg")
    expect_results(page, 0)


@pytest.mark.parametrize(
    ("path", "query", "marked"),
    [
        ("/nl/zoeken/", "coöperaties", "coöperatie"),
        ("/fr/recherche/", "coopératives", "coopérative"),
    ],
)
def test_the_site_search_on_a_phone(page, path, query, marked):
    page.set_viewport_size({"width": 390, "height": 844})
    long_query = f"{query} " + "x" * 300
    page.goto(f"{path}?q={long_query}")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the page is {width} px wide"

    form = page.locator("main form.search-box")
    form.locator("input[type=search]").fill(query)
    form.locator("input[type=search]").press("Enter")
    expect(page.locator(".search-summary")).to_contain_text(query)
    first = page.locator("section[aria-labelledby=pages-heading] li").first
    expect(first.locator("mark").first).to_have_text(re.compile(marked, re.I))
    box = form.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 390
