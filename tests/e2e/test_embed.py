"""The guide in another site's frame: shown there in the language asked for, while
the guide page itself refuses to be framed; the builder's preview and copy button.
"""

import re
import threading
from html import escape
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from playwright.sync_api import expect

from tests.e2e.axe import wcag_violations
from tests.e2e.browser import PHONE, csp_violations, new_context

pytestmark = [pytest.mark.e2e, pytest.mark.django_db]


class _PartnerPage(BaseHTTPRequestHandler):
    """A partner's page whose frame shows the path it is asked for on this site."""

    site_url = ""

    def do_GET(self):  # noqa: N802 (the HTTP method's name)
        path = escape(self.path.removeprefix("/partner"))
        body = (
            '<!DOCTYPE html><html lang="nl"><head><title>Gemeente</title></head>'
            f'<body><h1>Onze gemeente</h1><iframe src="{self.site_url}{path}" '
            'title="MeMO" width="100%" height="600"></iframe></body></html>'
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def partner(site, browser):
    """Call with a path: a page of another origin (127.0.0.1, where the site is
    localhost) that frames that path of this site, and the frame refusals seen."""
    server = HTTPServer(("127.0.0.1", 0), _PartnerPage)
    _PartnerPage.site_url = site.url
    threading.Thread(target=server.serve_forever, daemon=True).start()
    origin = f"http://127.0.0.1:{server.server_port}"
    assert not site.url.startswith(origin)
    context = new_context(browser, site.url, locale="nl-BE")
    # Registered last, so it comes before the context's refusal of other hosts.
    context.route(f"{origin}/**", lambda route: route.continue_())
    refused = []

    def framing(path: str):
        page = context.new_page()
        page.on(
            "console",
            lambda message: (
                refused.append(message.text)
                if "frame-ancestors" in message.text
                else None
            ),
        )
        page.goto(f"{origin}/partner{path}")
        return page, refused

    yield framing
    context.close()
    server.shutdown()


def test_another_site_frames_the_guide_in_french(partner, site):
    page, refused = partner("/embed/guide/?sector=energie&locale=fr")
    frame = page.frame_locator("iframe")
    expect(frame.locator("html")).to_have_attribute("lang", "fr")
    expect(frame.locator("h1")).to_have_text("Guide MeMO de Coopkracht")
    expect(frame.locator(".embed__count")).to_contain_text("entreprises trouvées")
    expect(frame.locator(".guide-item").first).to_contain_text("Énergie")
    link = frame.locator(".guide-item__name a").first
    expect(link).to_have_attribute("target", "_blank")
    expect(link).to_have_attribute("href", re.compile(rf"^{site.url}/fr/guide-memo/"))
    expect(frame.locator("footer a[rel~=license]")).to_have_text("CC BY 4.0")
    assert refused == []


def test_the_guide_page_refuses_to_be_framed_elsewhere(partner):
    page, refused = partner("/fr/guide-memo/?sector=energie")
    expect(page.locator("h1")).to_have_text("Onze gemeente")
    page.wait_for_timeout(500)  # the frame's answer has come and been refused
    assert any("frame-ancestors 'self'" in text for text in refused), refused
    assert page.frame_locator("iframe").locator(".guide-item").count() == 0


def test_the_embedded_map_and_list_fit_a_phone_and_pass_axe(site, browser):
    context = new_context(browser, site.url, locale="fr-BE", viewport=PHONE)
    page = context.new_page()
    page.goto("/embed/guide/?sector=energie&locale=fr&view=map")
    markers = page.locator("#guide-map .leaflet-marker-icon")
    expect(markers.first).to_be_visible()
    expect(page.locator(".guide-item")).to_have_count(10)
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert wcag_violations(page) == []
    assert csp_violations(page) == []
    context.close()


def test_the_builder_previews_and_copies_the_chosen_snippet(page, context):
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto("/nl/memo-gids/?sector=energie")
    page.locator("#guide-embed-link").click()
    expect(page.locator("h1")).to_have_text("Deze selectie insluiten op je website")
    expect(page.locator("#embed-selection")).to_contain_text("Energie")

    page.get_by_label("Kaart en lijst").check()  # applies at once
    expect(page).to_have_url(re.compile(r"[?&]view=map\b"))
    code = page.locator("#embed-code")
    expect(code).to_have_value(re.compile(r"sector=energie&amp;locale=nl&amp;view=map"))
    preview = page.frame_locator(".embed-builder__preview")
    expect(preview.locator("#guide-map")).to_be_visible()

    page.locator("#embed-copy").click()
    expect(page.locator("#embed-copy-status")).to_have_text("De code is gekopieerd.")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == code.input_value()
    assert copied.startswith('<iframe src="http://')
    assert wcag_violations(page) == []
    assert csp_violations(page) == []
