"""Navigation, footer text, people and partners: drafts, revisions and previews in
the admin; visitors see only what is published."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, streamfield

from editorial.groups import EDITORS, MODERATORS
from home.models import FooterText, Partner, Person
from tests.home.conftest import FOOTER, MAIN, menu, soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def member_of(django_user_model):
    def log_in(group_name):
        user = django_user_model.objects.create_user(username=group_name.lower())
        user.groups.add(Group.objects.get(name=group_name))
        client = Client()
        client.force_login(user)
        return client

    return log_in


def url(instance, view):
    name = f"wagtailsnippets_home_{instance._meta.model_name}:{view}"
    return reverse(name, args=[instance.pk])


def navigation_form(*links):
    return nested_form_data(
        {
            "main_links": streamfield(
                [
                    ("link", {"page": "", "url": href, "label": text})
                    for text, href in links
                ]
            ),
            "footer_links": streamfield([]),
        }
    )


ICA = ("ICA", "https://www.ica.coop/")
RIPESS = ("RIPESS", "https://www.ripess.eu/")


def test_a_draft_menu_stays_private_until_a_moderator_publishes_it(
    client, site_chrome, member_of
):
    moderator, editor = member_of(MODERATORS), member_of(EDITORS)
    draft = navigation_form(RIPESS)

    editor.post(url(site_chrome, "edit"), {**draft, "action-publish": "1"})
    assert RIPESS not in menu(client.get("/nl/"), MAIN)

    moderator.post(url(site_chrome, "edit"), draft)  # saving keeps a draft
    assert ICA in menu(client.get("/nl/"), MAIN)
    assert RIPESS not in menu(client.get("/nl/"), MAIN)

    moderator.post(url(site_chrome, "edit"), {**draft, "action-publish": "1"})
    assert menu(client.get("/nl/"), MAIN) == [RIPESS]
    assert site_chrome.revisions.count() == 2
    assert moderator.get(url(site_chrome, "history")).status_code == 200


def test_the_preview_shows_the_draft_menu_in_the_page_header(site_chrome, member_of):
    moderator = member_of(MODERATORS)
    preview = url(site_chrome, "preview_on_edit")

    assert moderator.post(preview, navigation_form(RIPESS)).json()["is_valid"]
    response = moderator.get(preview)
    assert menu(response, MAIN) == [RIPESS]
    assert menu(response, FOOTER) == []


def test_a_french_draft_footer_text_leaves_the_dutch_one_in_place(
    client, site_chrome, pages_fr
):
    french = FooterText.objects.get(locale__language_code="fr")
    french.text = "<p>Brouillon.</p>"
    french.live = False
    french.save()

    footer = soup(client.get("/fr/")).select_one("footer").get_text()
    assert "Brouillon" not in footer
    assert "Coopkracht vzw steunt coöperaties." in footer

    french.save_revision().publish()
    assert "Brouillon." in soup(client.get("/fr/")).select_one("footer").get_text()


CARDS = pytest.mark.parametrize(
    ("model", "block", "fields"),
    [
        (Person, "people", {"name": "Marc Bosschaert", "role": "Voorzitter"}),
        (Partner, "partners", {"name": "Febecoop"}),
    ],
)


def show_on(page, block, item):
    page.body = [(block, {"heading": "Wie", block: [item]})]
    page.save_revision().publish()


@CARDS
def test_an_unpublished_person_or_partner_leaves_pages(
    client, pages_nl, model, block, fields
):
    about = pages_nl["content"]
    item = model.objects.create(locale=about.locale, **fields)
    item.save_revision().publish()
    item.unpublish()
    show_on(about, block, item)

    assert fields["name"] not in client.get(about.url).content.decode()

    item.save_revision().publish()
    assert fields["name"] in client.get(about.url).content.decode()


@CARDS
def test_a_new_person_or_partner_goes_live_with_the_page_showing_it(
    client, pages_nl, model, block, fields
):
    about = pages_nl["content"]
    item = model.objects.create(locale=about.locale, live=False, **fields)
    item.save_revision()
    show_on(about, block, item)

    item.refresh_from_db()
    assert item.live
    assert fields["name"] in client.get(about.url).content.decode()


def test_a_published_persons_draft_waits_for_a_moderator(client, pages_nl):
    about = pages_nl["content"]
    person = Person.objects.create(locale=about.locale, name="Marc", role="Lid")
    person.save_revision().publish()
    person.role = "Voorzitter"
    person.save_revision()
    show_on(about, "people", Person.objects.get(pk=person.pk))

    page = client.get(about.url).content.decode()
    assert "Lid" in page
    assert "Voorzitter" not in page
