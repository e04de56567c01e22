"""axe-core (vendored from the npm registry, see package.json) run in the page."""

from functools import cache
from pathlib import Path

AXE_SOURCE = Path(__file__).resolve().parent / "vendor" / "axe.min.js"
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

RUN_AXE = """async (tags) => {
  const results = await axe.run(document, { runOnly: { type: "tag", values: tags } });
  return results.violations.map((violation) =>
    `${violation.id} (${violation.impact}): ${violation.help} at ` +
      violation.nodes.map((node) => node.target.join(" ")).join(", ")
  );
}"""


@cache
def _source() -> str:
    return AXE_SOURCE.read_text()


def wcag_violations(page) -> list[str]:
    """Each WCAG 2.1 A/AA violation axe finds, with the elements concerned.

    axe is evaluated through the DevTools protocol, which the page's
    Content-Security-Policy does not govern, so the page is checked as served.
    """
    if not page.evaluate("typeof window.axe === 'object'"):
        page.evaluate(_source())
    return page.evaluate(RUN_AXE, WCAG_21_AA)
