"""Debian's Chromium, driven by Playwright, kept off the internet.

Playwright's own browser download is not used: the tests launch the Chromium that
`scripts/browser.sh` installs. Without it the browser tests are skipped, except
under CI=true, where a missing browser is a failure.
"""

import os
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.db import connections
from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",  # CI runs as root
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-quic",
    "--disable-sync",
]
TIMEOUT_MS = 15_000
# The screens every page is looked at on: a phone and a common laptop.
PHONE = {"width": 390, "height": 844}
LAPTOP = {"width": 1366, "height": 768}

# Collects the page's Content-Security-Policy violations in `window.cspViolations`.
# Added by Playwright before any of the page's own scripts, so it is not itself
# subject to the page's policy.
RECORD_CSP_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.cspViolations.push(
    `${event.effectiveDirective} blocked ${event.blockedURI || "inline"}` +
      ` in ${event.sourceFile || event.documentURI}:${event.lineNumber}`
  );
});
"""


def require_chromium() -> None:
    if CHROMIUM.exists():
        return
    message = f"{CHROMIUM} is missing: run scripts/browser.sh install"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


@contextmanager
def chromium():
    """A headless Chromium for the block; Django may be used while it runs.

    Playwright's synchronous API keeps an asyncio loop running in this thread,
    which makes Django refuse ORM calls unless told that this is deliberate.
    """
    require_chromium()
    with (
        pytest.MonkeyPatch.context() as patch,
        sync_playwright() as playwright,
    ):
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS
        )
        try:
            yield browser
        finally:
            # Connections opened while the loop ran are not the thread's own.
            connections.close_all()
            browser.close()


def new_context(browser: Browser, base_url: str, **options) -> BrowserContext:
    """A context that reaches only `base_url` and records CSP violations.

    Other hosts (the map tiles) are refused, so the tests never need the internet.
    """
    context = browser.new_context(base_url=base_url, **options)
    context.set_default_timeout(TIMEOUT_MS)
    context.add_init_script(RECORD_CSP_VIOLATIONS)
    context.route(lambda url: not url.startswith(base_url), lambda route: route.abort())
    return context


def csp_violations(page: Page) -> list[str]:
    return page.evaluate("window.cspViolations || []")
