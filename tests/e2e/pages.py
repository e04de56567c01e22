"""The public pages every browser check visits, in Dutch and in French, and what
the checks expect of them."""

import re

import pytest
from playwright.sync_api import expect

# name: (an element that shows the page is what it claims to be, Dutch, French)
PUBLIC_PAGES = {
    "home": (".hero", "/nl/", "/fr/"),
    "content page": ("article h1", "/nl/missie-en-visie/", "/fr/mission-et-vision/"),
    "news article": (
        "article.story",
        "/nl/nieuws/memo-gids-vernieuwd/",
        "/fr/actualites/guide-memo-renouvele/",
    ),
    "service index": (".card-grid", "/nl/dienstverlening/", "/fr/services/"),
    "service": (
        ".stream",
        "/nl/dienstverlening/kennis-delen/",
        "/fr/services/partage-de-connaissances/",
    ),
    "contact form": ("form.form", "/nl/contact/", "/fr/contact/"),
    "privacy statement": ("article h1", "/nl/privacy/", "/fr/vie-privee/"),
    "news index": (".card-list", "/nl/nieuws/", "/fr/actualites/"),
    "event index": (".card-list", "/nl/agenda/", "/fr/agenda/"),
    "event": (
        ".event-actions",
        "/nl/agenda/lerend-netwerk-bestuur/",
        "/fr/agenda/reseau-apprenant-gouvernance/",
    ),
    "knowledge index": (".card-list", "/nl/kennis/", "/fr/connaissances/"),
    "knowledge article": (
        "article.story",
        "/nl/kennis/wat-is-een-cooperatie/",
        "/fr/connaissances/qu-est-ce-qu-une-cooperative/",
    ),
    "guide": (".guide-item", "/nl/memo-gids/", "/fr/guide-memo/"),
    "guide with results": (
        ".guide-item",
        "/nl/memo-gids/?q=energie",
        "/fr/guide-memo/?q=énergie",
    ),
    "enterprise": (
        ".enterprise__facts",
        "/nl/memo-gids/zonnewaaier/",
        "/fr/guide-memo/zonnewaaier/",
    ),
    "site search": (
        "section[aria-labelledby=pages-heading]",
        "/nl/zoeken/?q=co%C3%B6peraties",
        "/fr/recherche/?q=coop%C3%A9ratives",
    ),
    "API reference": ("#api-operations", "/api/v1/docs/", "/api/v1/docs/?locale=fr"),
    "proposal form": (
        "form.proposal-form",
        "/nl/memo-gids/aanmelden/",
        "/fr/guide-memo/inscription/",
    ),
}

# (address, telltale element) for each page and language, for parametrize.
EVERY_PAGE = [
    pytest.param(path, telltale, id=f"{name} {language}")
    for name, (telltale, *paths) in PUBLIC_PAGES.items()
    for language, path in zip(("nl", "fr"), paths, strict=True)
]


def visit(page, path, telltale):
    """Open `path`, check it is the page meant, and wait until the network is quiet."""
    response = page.goto(path, wait_until="networkidle")
    assert response.status == 200, f"{path}: {response.status}"
    expect(page.locator(telltale).first).to_be_visible()


def expect_results(page, count):
    """The guide's heading announces `count` enterprises found."""
    expect(page.locator("#results-heading")).to_have_text(re.compile(rf"^{count}\b"))
