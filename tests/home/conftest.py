"""A small Coopkracht site in Dutch and French built from the home app's page types."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Site

from home.models import (
    ContentPage,
    FooterText,
    FormField,
    FormPage,
    Navigation,
    ServiceIndexPage,
    ServicePage,
    SiteSettings,
)
from tests.conftest import publish_translation


def add_page(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def pages_nl(home_nl):
    """Dutch pages of every type of the home app, all live."""
    about = add_page(
        home_nl,
        ContentPage(
            title="Over ons",
            slug="over-ons",
            intro="Coopkracht verbindt coöperaties.",
            body=[
                ("heading", {"text": "Geschiedenis", "level": "2"}),
                ("paragraph", "<p>Sinds 2008.</p>"),
                ("quote", {"quote": "Steunen, sterken, stuwen.", "attribution": ""}),
            ],
        ),
    )
    services = add_page(
        home_nl, ServiceIndexPage(title="Dienstverlening", slug="dienstverlening")
    )
    knowledge = add_page(
        services,
        ServicePage(
            title="Kennis delen", slug="kennis-delen", intro="Coöperaties samenbrengen."
        ),
    )
    policy = add_page(
        services,
        ServicePage(
            title="Beleidsbeïnvloeding", slug="beleid", intro="Gesprekspartner."
        ),
    )
    contact = FormPage(
        title="Contact",
        slug="contact",
        to_address="info@coopkracht.be",
        from_address="noreply@coopkracht.be",
        subject="Contactformulier",
    )
    contact.form_fields.add(
        FormField(label="Naam", field_type="singleline", sort_order=0)
    )
    contact.form_fields.add(FormField(label="E-mail", field_type="email", sort_order=1))
    contact.form_fields.add(
        FormField(label="Bericht", field_type="multiline", sort_order=2)
    )
    add_page(home_nl, contact)
    home_nl.featured_services = [("service", knowledge), ("service", policy)]
    home_nl.save_revision().publish()
    return {
        "home": home_nl,
        "content": about,
        "service_index": services,
        "service": knowledge,
        "service_2": policy,
        "form": contact,
    }


@pytest.fixture
def pages_fr(pages_nl, home_fr):
    """The French translations of every page in `pages_nl`, all live."""
    titles = {
        "content": ("À propos", "a-propos"),
        "service_index": ("Services", "services"),
        "service": ("Partage de connaissances", "partage"),
        "service_2": ("Influence politique", "politique"),
        "form": ("Contact", "contact"),
    }
    pages = {"home": home_fr}
    for key in ("content", "service_index", "service", "service_2", "form"):
        title, slug = titles[key]
        pages[key] = publish_translation(
            pages_nl[key], home_fr.locale, title=title, slug=slug
        )
    return pages


@pytest.fixture
def site_chrome(pages_nl, locale_fr):
    """Settings, a Dutch navigation and footer text, and a French footer text."""
    site = Site.objects.get(is_default_site=True)
    SiteSettings.objects.update_or_create(
        site=site,
        defaults={
            "email": "info@coopkracht.be",
            "phone": "+32 2 123 45 67",
            "linkedin_url": "https://www.linkedin.com/company/coopkracht",
        },
    )
    navigation = Navigation.objects.create(
        locale=pages_nl["home"].locale,
        main_links=[
            ("link", {"page": pages_nl["content"], "url": "", "label": ""}),
            ("link", {"page": pages_nl["service_index"], "url": "", "label": ""}),
            ("link", {"page": None, "url": "https://www.ica.coop/", "label": "ICA"}),
        ],
        footer_links=[
            ("link", {"page": pages_nl["form"], "url": "", "label": "Contacteer ons"}),
        ],
    )
    FooterText.objects.create(
        locale=pages_nl["home"].locale, text="<p>Coopkracht vzw steunt coöperaties.</p>"
    )
    FooterText.objects.create(
        locale=locale_fr, text="<p>Coopkracht asbl soutient les coopératives.</p>"
    )
    return navigation


def soup(response):
    """The response's HTML, parsed."""
    return BeautifulSoup(response.content, "html.parser")


def switcher_href(response, language):
    link = soup(response).select_one(f"nav.language-switcher a[hreflang={language}]")
    return link["href"] if link else None


def hreflangs(response):
    links = soup(response).select("head link[rel=alternate][hreflang]")
    return {link["hreflang"]: link["href"] for link in links}


MAIN = "nav.main-nav a"
FOOTER = "footer nav a"


def menu(response, selector):
    """The (text, href) of each link `selector` finds in the response."""
    return [
        (a.get_text(strip=True), a["href"]) for a in soup(response).select(selector)
    ]
