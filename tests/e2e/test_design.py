"""The design as a visitor's browser draws it, on a phone and on a laptop: the web
font, cards of one height, dates that keep together, one bar beside a quote, the
footer at the bottom of the window, and pages that print without the site's
furniture."""

import pytest
from playwright.sync_api import expect

from tests.e2e.browser import LAPTOP, PHONE, csp_violations, new_context

pytestmark = [pytest.mark.e2e, pytest.mark.django_db]

SCREENS = [pytest.param(PHONE, id="390"), pytest.param(LAPTOP, id="1366")]
FONT = "Source Sans 3"

# The faces of the web font the page has loaded.
LOADED_FACES = """async (family) => {
  await document.fonts.ready;
  return [...document.fonts]
    .filter((face) => face.family.replaceAll('"', "") === family && face.status === "loaded")
    .map((face) => face.style);
}"""

# How many lines an inline element is spread over (one box per piece of text).
LINES = """(element) =>
  new Set([...element.getClientRects()].map((box) => Math.round(box.top))).size"""

# Elements from the quote up to the stream, and inside it, that draw a border.
QUOTE_BORDERS = """(quote) => {
  const drawn = (element) => {
    const style = getComputedStyle(element);
    return ["Top", "Right", "Bottom", "Left"].some(
      (side) => style[`border${side}Style`] !== "none" && parseFloat(style[`border${side}Width`]) > 0
    );
  };
  const elements = [...quote.querySelectorAll("*")];
  for (let element = quote; element && !element.matches(".stream"); element = element.parentElement) {
    elements.push(element);
  }
  return elements.filter(drawn).map((element) => element.tagName + "." + element.className);
}"""


@pytest.fixture(params=SCREENS)
def screen(request):
    return request.param


@pytest.fixture
def visitor(site, browser, screen):
    context = new_context(browser, site.url, locale="nl-BE", viewport=screen)
    yield context.new_page()
    context.close()


def rows(boxes):
    """Boxes grouped by the line of the grid they start on."""
    grouped = {}
    for box in boxes:
        grouped.setdefault(round(box["y"]), []).append(box)
    return list(grouped.values())


def test_the_text_is_set_in_the_web_font(visitor):
    visitor.goto("/nl/missie-en-visie/")
    assert visitor.evaluate(LOADED_FACES, FONT), "the web font did not load"
    family = visitor.evaluate("getComputedStyle(document.body).fontFamily")
    assert family.startswith(f'"{FONT}"')
    assert visitor.evaluate(f"document.fonts.check('1em \"{FONT}\"')")
    assert csp_violations(visitor) == []


@pytest.mark.parametrize("path", ["/nl/agenda/", "/nl/nieuws/", "/nl/kennis/"])
def test_the_cards_of_a_row_are_equally_tall(visitor, screen, path):
    visitor.goto(path, wait_until="networkidle")
    cards = visitor.locator(".card-list .card")
    boxes = [cards.nth(n).bounding_box() for n in range(cards.count())]
    assert len(boxes) >= 3
    side_by_side = [row for row in rows(boxes) if len(row) > 1]
    if screen["width"] == LAPTOP["width"]:
        assert side_by_side, "the laptop shows one card a row"
    for row in side_by_side:
        heights = {round(box["height"]) for box in row}
        assert len(heights) == 1, f"cards of one row are {sorted(heights)} px tall"


@pytest.mark.parametrize(
    "path", ["/nl/agenda/", "/nl/agenda/lerend-netwerk-bestuur/"], ids=["list", "event"]
)
def test_a_date_and_a_time_range_each_stay_on_one_line(visitor, path):
    visitor.goto(path, wait_until="networkidle")
    ranges = visitor.locator(".event-when__times")
    assert ranges.count() >= 1
    groups = visitor.locator(".event-when .nowrap")
    for n in range(groups.count()):
        group = groups.nth(n)
        lines = group.evaluate(LINES)
        assert lines == 1, f"{group.inner_text()!r} is broken over {lines} lines"
    for n in range(ranges.count()):
        box = ranges.nth(n).bounding_box()
        line = ranges.nth(n).evaluate(
            "(element) => parseFloat(getComputedStyle(element).lineHeight)"
        )
        assert box["height"] <= line + 1, "a time range takes more than one line"


def test_a_quote_has_one_bar(visitor):
    visitor.goto("/nl/missie-en-visie/")
    quote = visitor.locator(".stream blockquote")
    expect(quote).to_have_count(1)
    assert len(quote.evaluate(QUOTE_BORDERS)) == 1


def test_the_footer_ends_at_the_bottom_of_a_short_page(site, browser, screen):
    # Taller than the page at either width: the page is short, as a search
    # page without a question is.
    viewport = {"width": screen["width"], "height": 1100}
    context = new_context(browser, site.url, locale="nl-BE", viewport=viewport)
    try:
        page = context.new_page()
        page.goto("/nl/zoeken/", wait_until="networkidle")
        assert page.evaluate("document.documentElement.scrollHeight") == 1100
        footer = page.locator("footer.site-footer").bounding_box()
        assert footer["y"] + footer["height"] == pytest.approx(1100, abs=1)
        content = page.locator("main > *").last.bounding_box()
        assert content["y"] + content["height"] < footer["y"] - 100, "not a short page"
    finally:
        context.close()


PRINTED = {
    "content page": ("/nl/missie-en-visie/", ".stream", []),
    "enterprise": ("/nl/memo-gids/zonnewaaier/", ".enterprise__facts", [".guide-map"]),
    "guide": ("/nl/memo-gids/", ".guide-results", [".guide-filters", ".guide-map"]),
}


@pytest.mark.parametrize(("path", "kept", "left_out"), PRINTED.values(), ids=PRINTED)
def test_a_printed_page_leaves_out_menus_filters_and_maps(
    visitor, path, kept, left_out
):
    visitor.goto(path, wait_until="networkidle")
    for selector in left_out:
        expect(visitor.locator(selector).first).to_be_visible()
    visitor.emulate_media(media="print")
    for selector in [".site-menu", ".menu-toggle", ".breadcrumb", *left_out]:
        expect(visitor.locator(selector).first).to_be_hidden()
    expect(visitor.locator("h1")).to_be_visible()
    expect(visitor.locator(kept).first).to_be_visible()
    # The footer keeps the organisation's contact details, black on white.
    expect(visitor.locator(".site-footer__open-data")).to_be_hidden()
    for selector in (".site-footer h2", ".site-footer address a"):
        expect(visitor.locator(selector).first).to_have_css("color", "rgb(0, 0, 0)")
