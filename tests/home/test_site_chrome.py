"""Header and footer: menus in the visitor's language, footer text, contact details."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.models import Navigation
from tests.home.conftest import FOOTER, MAIN, menu, soup


def test_menus_link_to_pages_and_external_addresses(client, site_chrome, pages_nl):
    response = client.get("/nl/")

    assert menu(response, MAIN) == [
        ("Over ons", "/nl/over-ons/"),
        ("Dienstverlening", "/nl/dienstverlening/"),
        ("ICA", "https://www.ica.coop/"),
    ]
    assert menu(response, FOOTER) == [("Contacteer ons", "/nl/contact/")]


def test_current_page_is_marked(client, site_chrome, pages_nl):
    response = client.get("/nl/over-ons/")

    current = soup(response).select("nav.main-nav a[aria-current=page]")
    assert [a["href"] for a in current] == ["/nl/over-ons/"]


def test_menu_follows_pages_into_french(client, site_chrome, pages_fr):
    # No French navigation yet: the Dutch one stands in, its page links localized.
    response = client.get("/fr/")

    assert menu(response, MAIN) == [
        ("À propos", "/fr/a-propos/"),
        ("Services", "/fr/services/"),
        ("ICA", "https://www.ica.coop/"),
    ]


def test_french_navigation_is_used_in_french(client, site_chrome, pages_fr):
    french = site_chrome.copy_for_translation(pages_fr["home"].locale)
    french.footer_links = [
        ("link", {"page": pages_fr["form"], "url": "", "label": "Contactez-nous"})
    ]
    french.save()

    assert menu(client.get("/fr/"), FOOTER) == [("Contactez-nous", "/fr/contact/")]
    assert menu(client.get("/nl/"), FOOTER) == [("Contacteer ons", "/nl/contact/")]


def test_unpublished_page_is_left_out_of_the_menu(client, site_chrome, pages_nl):
    pages_nl["service_index"].unpublish()

    links = menu(client.get("/nl/"), MAIN)

    assert [text for text, _href in links] == ["Over ons", "ICA"]


def test_no_navigation_no_menu(client, pages_nl):
    assert not Navigation.objects.exists()
    response = client.get("/nl/")
    assert response.status_code == 200
    assert soup(response).select_one("nav.main-nav") is None


def test_footer_text_and_contact_details(client, site_chrome, pages_fr):
    dutch, french = soup(client.get("/nl/")), soup(client.get("/fr/"))

    assert "Coopkracht vzw steunt coöperaties." in dutch.footer.get_text()
    assert "Coopkracht asbl soutient les coopératives." in french.footer.get_text()
    assert dutch.footer.select_one("a[href='mailto:info@coopkracht.be']")
    assert dutch.footer.select_one("a[href='tel:+3221234567']")
    assert dutch.footer.select_one("a[href^='https://www.linkedin.com/']")


def test_the_menus_are_kept_in_the_shared_cache_until_content_changes(
    client, site_chrome, pages_nl
):
    client.get("/nl/")
    with CaptureQueriesContext(connection) as again:
        response = client.get("/nl/over-ons/")
    assert not [q for q in again.captured_queries if "home_navigation" in q["sql"]]
    current = soup(response).select("nav.main-nav a[aria-current=page]")
    assert [a["href"] for a in current] == ["/nl/over-ons/"]

    about = pages_nl["content"]
    about.title = "Wie we zijn"
    about.save_revision().publish()
    assert ("Wie we zijn", "/nl/over-ons/") in menu(client.get("/nl/"), MAIN)
