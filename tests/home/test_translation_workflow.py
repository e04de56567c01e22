"""Translating through wagtail-localize: drafts stay private until they are published."""

import pytest
from django.urls import reverse

from home.models import ContentPage, FormPage, Partner, Person
from tests.home.conftest import hreflangs, switcher_href


@pytest.fixture
def superuser_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "e@example.org", "pw")
    client.force_login(user)
    return client


def submit_translation(client, page, locale):
    url = reverse("wagtail_localize:submit_page_translation", args=[page.id])
    response = client.post(url, {"locales": [locale.id]})
    assert response.status_code == 302
    return page.get_translation(locale).specific


def test_translation_stays_unpublished_until_published(
    superuser_client, client, pages_nl, home_fr
):
    about = pages_nl["content"]
    board = Person.objects.create(
        locale=about.locale, name="Marc Bosschaert", role="Voorzitter"
    )
    cera = Partner.objects.create(
        locale=about.locale, name="Cera", url="https://www.cera.be/"
    )
    about.body.append(("people", {"heading": "Bestuur", "people": [board]}))
    about.body.append(("partners", {"heading": "Partners", "partners": [cera]}))
    about.save_revision().publish()

    french = submit_translation(superuser_client, about, home_fr.locale)

    assert isinstance(french, ContentPage)
    assert not french.live
    superuser_client.logout()
    assert client.get(f"/fr/{french.slug}/").status_code == 404
    response = client.get(about.url)
    assert "fr" not in hreflangs(response)
    assert switcher_href(response, "fr") == "/fr/"
    # The chosen snippets were translated with the page (their French drafts).
    assert Person.objects.get(locale=home_fr.locale).name == "Marc Bosschaert"
    assert Partner.objects.get(locale=home_fr.locale).url == "https://www.cera.be/"

    french.get_latest_revision().publish()

    response = client.get(f"/fr/{french.slug}/")
    assert response.status_code == 200
    assert '<html lang="fr">' in response.content.decode()
    assert "Marc Bosschaert" in response.content.decode()
    assert switcher_href(client.get(about.url), "fr") == f"/fr/{french.slug}/"


def test_form_page_translation_keeps_its_fields(
    superuser_client, client, pages_nl, home_fr
):
    contact = pages_nl["form"]

    french = submit_translation(superuser_client, contact, home_fr.locale)
    assert isinstance(french, FormPage)
    assert not french.live
    french.get_latest_revision().publish()

    french.refresh_from_db()
    assert [field.clean_name for field in french.form_fields.all()] == [
        field.clean_name for field in contact.form_fields.all()
    ]
    assert {field.locale_id for field in french.form_fields.all()} == {
        home_fr.locale.id
    }
    assert client.get(f"/fr/{french.slug}/").status_code == 200
