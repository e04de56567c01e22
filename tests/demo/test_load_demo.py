"""`manage.py load_demo`: the whole demo site in both languages, loaded idempotently."""

import io
import re

import pytest
from django.core.management import call_command
from django.db import transaction
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, ReferenceIndex, Revision, Site
from wagtail.search.models import IndexEntry
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from demo.documents import minimal_pdf
from demo.enterprises import enterprise_keys
from directory.models import Enterprise, Label, Sector
from directory.rules.provinces import PROVINCES
from home.models import (
    FooterText,
    HomePage,
    Navigation,
    Partner,
    Person,
    ServicePage,
    SiteSettings,
)
from knowledge.models import EventPage, KnowledgeArticlePage, NewsArticlePage
from knowledge.models.events import upcoming

ADDRESSES = [
    "/nl/",
    "/fr/",
    "/nl/memo-gids/",
    "/fr/guide-memo/",
    "/nl/zoeken/?q=coop",
    "/fr/recherche/?q=coop",
    "/sitemap.xml",
    "/healthz",
]


def load_demo() -> str:
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


@pytest.fixture(scope="class")
def demo(django_db_setup, django_db_blocker):
    """The demo loaded once for a class of read-only tests, rolled back afterwards."""
    with django_db_blocker.unblock(), transaction.atomic():
        load_demo()
        yield
        transaction.set_rollback(True)


def snapshot() -> dict:
    """Everything a second run could add to or change."""
    return {
        "pages": Page.objects.count(),
        "live pages": Page.objects.live().count(),
        "revisions": Revision.objects.count(),
        "last revision": Revision.objects.order_by("-pk").values_list("pk").first(),
        "enterprises": Enterprise.objects.count(),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
        "people": Person.objects.count(),
        "partners": Partner.objects.count(),
        "navigation": Navigation.objects.count(),
        "footer texts": FooterText.objects.count(),
        "references": ReferenceIndex.objects.count(),
        "search entries": IndexEntry.objects.count(),
        "translation records": Translation.objects.count(),
        "translated texts": StringTranslation.objects.count(),
        "last published": max(
            Page.objects.values_list("last_published_at", flat=True).exclude(
                last_published_at=None
            )
        ),
    }


def in_language(language: str) -> dict:
    return {"locale__language_code": language}


def untranslated_texts(translation) -> list[str]:
    """The source texts of `translation` that have no French text yet."""
    return [
        segment.string.data
        for segment in StringSegment.objects.filter(source=translation.source)
        .select_related("string")
        .order_by("order")
        if not StringTranslation.objects.filter(
            translation_of=segment.string,
            context=segment.context_id,
            locale=translation.target_locale,
            has_error=False,
        ).exists()
    ]


def text_of(response) -> str:
    return re.sub(r"\s+", " ", response.content.decode())


@pytest.mark.django_db
def test_a_second_run_changes_nothing():
    first = load_demo()
    before = snapshot()

    second = load_demo()

    assert "created" in first
    assert "nothing was missing" in second
    assert snapshot() == before


@pytest.mark.django_db
@pytest.mark.usefixtures("demo")
class TestTheLoadedDemo:
    """Read-only checks of one loaded demo."""

    def test_public_addresses_answer(self, client):
        for address in ADDRESSES:
            assert client.get(address).status_code == 200, address
        response = client.get("/", HTTP_ACCEPT_LANGUAGE="fr")
        assert (response.status_code, response["Location"]) == (302, "/fr/")

    def test_the_site_serves_the_dutch_home_and_wagtails_welcome_page_is_gone(self):
        site = Site.objects.get(is_default_site=True)
        assert isinstance(site.root_page.specific, HomePage)
        assert site.root_page.locale.language_code == "nl"
        assert not Page.objects.filter(depth=2, content_type__model="page").exists()

    def test_every_dutch_page_has_a_live_french_translation_with_french_slug(self):
        home = Site.objects.get(is_default_site=True).root_page
        dutch = Page.objects.descendant_of(home).specific()
        assert dutch.count() >= 25
        for page in dutch:
            assert page.live, page
            french = Page.objects.filter(
                translation_key=page.translation_key, **in_language("fr")
            ).first()
            assert french is not None and french.live, page
        slugs = set(
            Page.objects.filter(locale__language_code="fr").values_list(
                "slug", flat=True
            )
        )
        assert {
            "fr",
            "mission-et-vision",
            "services",
            "actualites",
            "agenda",
            "contact",
            "guide-memo",
            "accessibilite",
            "vie-privee",
        } <= slugs

    @pytest.mark.parametrize(
        "address, home, text",
        [
            ("/nl/privacy/", "/nl/", "twaalf maanden"),
            ("/fr/vie-privee/", "/fr/", "douze mois"),
        ],
    )
    def test_privacy_statement_is_in_the_footer(self, client, address, home, text):
        assert text in text_of(client.get(address))
        footer = text_of(client.get(home)).split('<footer class="site-footer">')[1]
        assert f'href="{address}"' in footer

    @pytest.mark.parametrize(
        "address, text",
        [
            ("/nl/privacy/", "Bevestig je je inschrijving niet binnen zeven dagen"),
            ("/fr/vie-privee/", "abonnement dans les sept jours"),
        ],
    )
    def test_privacy_statement_says_what_following_keeps(self, client, address, text):
        assert text in text_of(client.get(address))

    @pytest.mark.parametrize(
        "address, contact",
        [("/nl/privacy/", "/nl/contact/"), ("/fr/vie-privee/", "/fr/contact/")],
    )
    def test_privacy_and_contact_pages_give_the_postal_address(
        self, client, address, contact
    ):
        settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
        street, town = settings.address.splitlines()
        assert settings.email and settings.phone
        privacy = text_of(client.get(address)).split("<main")[1].split("</main>")[0]
        assert f"{street}, {town}" in privacy and settings.email in privacy
        page = text_of(client.get(contact))
        assert f"{street}<br>{town}" in page
        assert f'href="tel:{settings.phone.replace(" ", "")}"' in page

    @pytest.mark.parametrize(
        "form, address",
        [
            ("/nl/contact/", "/nl/privacy/"),
            ("/fr/contact/", "/fr/vie-privee/"),
            ("/nl/memo-gids/aanmelden/", "/nl/privacy/"),
            ("/fr/guide-memo/inscription/", "/fr/vie-privee/"),
            ("/nl/memo-gids/volgen/", "/nl/privacy/"),
            ("/fr/guide-memo/suivre/", "/fr/vie-privee/"),
        ],
    )
    def test_every_form_links_to_the_privacy_statement(self, client, form, address):
        main = text_of(client.get(form)).split("<main")[1]
        form_html = main.split("</form>")[0]
        assert f'<a href="{address}">' in form_html

    @pytest.mark.parametrize(
        "address, french, dutch",
        [
            ("/fr/", "coopératives", "ondernemingen"),
            ("/fr/mission-et-vision/", "Ce qui nous anime", "drijfveer"),
            ("/fr/a-propos/", "association de fait", "feitelijke vereniging"),
            ("/fr/services/influence-politique/", "Conseil socio-économique", "Raad"),
            ("/fr/contact/", "Adresse e-mail", "E-mailadres"),
            ("/fr/accessibilite/", "lecteur d'écran", "schermlezer"),
        ],
    )
    def test_french_pages_are_written_in_french(self, client, address, french, dutch):
        text = text_of(client.get(address))
        assert french in text.replace("&#x27;", "'").replace("&#39;", "'")
        assert dutch not in text

    @pytest.mark.parametrize(
        "model",
        [Page, Person, Partner, Navigation, FooterText, Enterprise, Sector, Label],
    )
    def test_every_french_object_is_a_wagtail_localize_translation(self, model):
        french = set(
            model.objects.filter(**in_language("fr"))
            .exclude(**({"depth": 1} if model is Page else {}))
            .values_list("translation_key", flat=True)
        )
        recorded = set(
            Translation.objects.filter(
                target_locale__language_code="fr",
                source__locale__language_code="nl",
            ).values_list("source__object_id", flat=True)
        )
        assert french
        assert french <= recorded

    def test_a_demo_page_offers_sync_and_opens_in_the_translation_editor(
        self, admin_client
    ):
        dutch = Page.objects.get(slug="missie-en-visie", **in_language("nl"))
        french = Page.objects.get(slug="mission-et-vision", **in_language("fr"))
        translation = Translation.objects.get(
            source__object_id=dutch.translation_key, target_locale=french.locale
        )
        sync = reverse(
            "wagtail_localize:update_translations", args=[translation.source_id]
        )

        edit_dutch = admin_client.get(
            reverse("wagtailadmin_pages:edit", args=[dutch.pk])
        )
        edit_french = admin_client.get(
            reverse("wagtailadmin_pages:edit", args=[french.pk])
        )

        assert sync in edit_dutch.content.decode()
        assert 'class="js-translation-editor"' in edit_french.content.decode()
        assert translation.get_progress()[1] > 0
        assert admin_client.get(sync).status_code == 200

    @pytest.mark.parametrize(
        "model", [Page, Person, Partner, Navigation, FooterText, Sector, Label]
    )
    def test_every_french_demo_page_and_snippet_is_completely_translated(self, model):
        """Opening a demo translation shows nothing left to translate (demo
        enterprises leave some French descriptions to the fallback on purpose)."""
        french = model.objects.filter(**in_language("fr")).exclude(
            **({"depth": 1} if model is Page else {})
        )
        translations = Translation.objects.filter(
            source__object_id__in=french.values("translation_key"),
            target_locale__language_code="fr",
        ).select_related("source")
        assert translations.count() == french.count() > 0
        incomplete = {
            translation.source.object_repr: untranslated_texts(translation)
            for translation in translations
            if translation.get_progress()[0] != translation.get_progress()[1]
        }
        assert incomplete == {}

    def test_news_events_and_services_in_both_languages(self):
        for language in ("nl", "fr"):
            of_language = in_language(language)
            assert NewsArticlePage.objects.live().filter(**of_language).count() >= 5
            assert upcoming(EventPage.objects.filter(**of_language)).count() >= 3
            assert ServicePage.objects.live().filter(**of_language).count() == 4
            assert (
                KnowledgeArticlePage.objects.live().filter(**of_language).count() >= 2
            )

    def test_every_event_shows_its_registration_link(self, client):
        events = EventPage.objects.live()
        assert events.filter(**in_language("fr")).exists()
        for event in events:
            link = event.registration_url
            assert link.startswith("https://example.org/"), event
            page = text_of(client.get(event.url))
            assert f'<a class="button" href="{link}">' in page, event

    def test_fictional_enterprises_cover_every_sector_and_province(self):
        for language in ("nl", "fr"):
            enterprises = Enterprise.objects.filter(live=True, **in_language(language))
            assert enterprises.count() >= 40
            assert set(enterprises.values_list("translation_key", flat=True)) == (
                enterprise_keys()
            )
            assert not enterprises.exclude(enterprise_number=None).exists()
            sectors = Sector.objects.filter(enterprises__in=enterprises).distinct()
            assert (
                sectors.count()
                == Sector.objects.filter(**in_language(language)).count()
                == 14
            )
            assert (
                Label.objects.filter(enterprises__in=enterprises).distinct().count()
                >= 5
            )
            provinces = set(enterprises.values_list("province", flat=True))
            assert provinces == {province.slug for province in PROVINCES}
        french_without_description = Enterprise.objects.filter(
            description="", **in_language("fr")
        )
        assert 1 <= french_without_description.count() <= 3

    @pytest.mark.parametrize(
        "language, guide, heading",
        [("nl", "/nl/memo-gids/", "Openingsuren"), ("fr", "/fr/guide-memo/", "Heures")],
    )
    def test_enterprises_show_opening_hours_phone_and_logo(
        self, client, language, guide, heading
    ):
        complete = (
            Enterprise.objects.filter(live=True, **in_language(language))
            .exclude(opening_hours="")
            .exclude(phone="")
            .exclude(logo=None)
        )
        assert complete.count() >= 10
        for enterprise in complete.order_by("slug")[:3]:
            page = text_of(client.get(f"{guide}{enterprise.slug}/"))
            hours = enterprise.opening_hours.splitlines()[0]
            assert f"<h2>{heading}" in page and hours in page, enterprise
            assert f">{enterprise.phone}</a>" in page, enterprise
            assert 'class="enterprise__logo"' in page, enterprise
            assert "(gegenereerd)" in enterprise.logo.title
            if language == "fr":
                dutch = Enterprise.objects.get(
                    translation_key=enterprise.translation_key, **in_language("nl")
                )
                assert enterprise.opening_hours != dutch.opening_hours

    @pytest.mark.parametrize("address", ["/nl/partners/", "/fr/partenaires/"])
    def test_partners_show_a_generated_logo(self, client, address):
        page = text_of(client.get(address))
        partners = Partner.objects.filter(live=True, locale__language_code=address[1:3])
        assert partners.count() == page.count('class="partner__logo"') >= 6
        assert all("(gegenereerd)" in partner.logo.title for partner in partners)

    def test_search_finds_the_content_of_each_language(self, client):
        dutch = text_of(client.get("/nl/zoeken/", {"q": "coop"}))
        french = text_of(client.get("/fr/recherche/", {"q": "coop"}))
        assert "Wat is een coöperatie?" in dutch
        assert "Qu&#x27;est-ce qu&#x27;une coopérative ?" in french
        assert "Wat is een coöperatie?" not in french
        assert "Zonnewaaier" in text_of(client.get("/fr/recherche/", {"q": "solaires"}))

    @pytest.mark.parametrize(
        "address, role, other_language",
        [
            ("/nl/over-ons/", "Penningmeester", "Trésorier"),
            ("/fr/a-propos/", "Trésorier", "Penningmeester"),
        ],
    )
    def test_the_about_page_shows_the_board(
        self, client, address, role, other_language
    ):
        page = text_of(client.get(address)).replace("&#x27;", "'")
        language = address[1:3]
        board = Person.objects.filter(live=True, locale__language_code=language)
        assert board.count() >= 4
        invented_marker = {"nl": "Verzonnen", "fr": "fictive"}[language]
        for person in board:
            assert person.name in page and person.role in page, person
            invented = person.name != "Marc Bosschaert"
            assert invented == (invented_marker in person.bio), person
        assert role in page and other_language not in page

    def test_every_demo_image_is_marked_generated_and_each_use_has_its_own(self):
        images = get_image_model().objects.all()
        assert images.exists()
        for picture in images:
            assert "(gegenereerd)" in picture.title, picture.title

        dutch = in_language("nl")
        used = {"home": [HomePage.objects.get(**dutch).hero_image]}
        for use, model in [
            ("news", NewsArticlePage),
            ("event", EventPage),
            ("knowledge", KnowledgeArticlePage),
        ]:
            used[use] = [page.image for page in model.objects.filter(**dutch)]
        used["service"] = [
            block.value["image"]
            for page in ServicePage.objects.filter(**dutch)
            for block in page.body
            if block.block_type == "image"
        ]
        pictures = [picture for pictures in used.values() for picture in pictures]
        assert all(pictures) and all(len(pictures) >= 1 for pictures in used.values())
        assert len({picture.file_hash for picture in pictures}) == len(pictures)

    def test_about_page_links_the_statutes_and_annual_report(self, client):
        text = text_of(client.get("/nl/over-ons/"))
        for document in get_document_model().objects.all():
            assert document.url in text
            assert document.file.read(5) == b"%PDF-"


def test_minimal_pdf_has_a_valid_cross_reference_table():
    data = minimal_pdf("Statuten", ["Coöperatie (vzw)", "Tweede regel"])
    start = int(re.search(rb"startxref\n(\d+)\n%%EOF\n$", data).group(1))
    assert data[start:].startswith(b"xref")
    offsets = re.findall(rb"(\d{10}) 00000 n", data[start:])
    assert len(offsets) == 6
    for number, offset in enumerate(offsets, start=1):
        assert data[int(offset) :].startswith(b"%d 0 obj" % number)
    assert b"Co\xf6peratie \\(vzw\\)" in data
