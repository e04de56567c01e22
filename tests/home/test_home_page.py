"""The home page: featured services and the way into the MeMO guide, per language."""

from tests.home.conftest import soup


def test_featured_services_in_the_visitor_language(client, pages_nl, pages_fr):
    # The French home page was copied from the Dutch one: its choosers point at
    # the Dutch services, shown as their French translations.
    cards = {
        language: [
            (a.get_text(strip=True), a["href"])
            for a in soup(client.get(f"/{language}/")).select(".card a")
        ]
        for language in ("nl", "fr")
    }

    assert cards["nl"] == [
        ("Kennis delen", "/nl/dienstverlening/kennis-delen/"),
        ("Beleidsbeïnvloeding", "/nl/dienstverlening/beleid/"),
    ]
    assert cards["fr"] == [
        ("Partage de connaissances", "/fr/services/partage/"),
        ("Influence politique", "/fr/services/politique/"),
    ]


def test_unpublished_featured_service_is_left_out(client, pages_nl):
    pages_nl["service_2"].unpublish()

    titles = [
        a.get_text(strip=True) for a in soup(client.get("/nl/")).select(".card a")
    ]

    assert titles == ["Kennis delen"]


def test_guide_teaser_leads_to_the_guide_in_each_language(client, pages_nl, pages_fr):
    # A content page stands in for the MeMO guide page. Both homes point at the
    # Dutch page, as wagtail-localize synchronises page choosers.
    for home in (pages_nl["home"], pages_fr["home"]):
        home.guide_page = pages_nl["content"]
        home.guide_heading = "Zoek in de MeMO-gids"
        home.save_revision().publish()

    teaser = soup(client.get("/nl/")).select_one(".guide-teaser")
    assert teaser.h2.get_text() == "Zoek in de MeMO-gids"
    assert teaser.select_one("a.button")["href"] == "/nl/over-ons/"

    french_teaser = soup(client.get("/fr/")).select_one(".guide-teaser")
    assert french_teaser.select_one("a.button")["href"] == "/fr/a-propos/"


def test_no_guide_page_no_teaser(client, pages_nl):
    assert soup(client.get("/nl/")).select_one(".guide-teaser") is None
