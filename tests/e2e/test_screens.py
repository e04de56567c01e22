"""Every public page type, photographed at phone and laptop width in both languages.

The screenshots are kept in `test-artifacts/screens/` for people to look at after
`make test`; they are not compared pixel by pixel. What the test does check is what
a screenshot would show at a glance: the page is the one meant and nothing makes
it wider than the screen.
"""

import re

import pytest

from tests.e2e.browser import LAPTOP, PHONE, new_context
from tests.e2e.conftest import ARTIFACTS
from tests.e2e.pages import EVERY_PAGE, visit

pytestmark = [pytest.mark.e2e, pytest.mark.django_db]
SCREENS = ARTIFACTS / "screens"


@pytest.mark.parametrize("screen", [PHONE, LAPTOP], ids=["390", "1366"])
@pytest.mark.parametrize(("path", "telltale"), EVERY_PAGE)
def test_each_page_fits_the_screen_and_is_photographed(
    request, site, browser, path, telltale, screen
):
    context = new_context(browser, site.url, locale="nl-BE", viewport=screen)
    try:
        page = context.new_page()
        visit(page, path, telltale)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= screen["width"], f"{path} is {width} px wide"
        SCREENS.mkdir(parents=True, exist_ok=True)
        name = re.sub(r"[^\w.-]+", "_", request.node.callspec.id)
        shot = SCREENS / f"{name}.png"
        page.screenshot(path=shot, full_page=True)
        assert shot.stat().st_size > 0
    finally:
        context.close()
