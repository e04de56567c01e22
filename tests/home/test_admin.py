"""The editors' side: every page type and snippet can be added and edited."""

import pytest
from django.urls import reverse
from wagtail.models import Site

from home.models import (
    FooterText,
    Navigation,
    Partner,
    Person,
    ServicePage,
    SiteSettings,
)


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "e@example.org", "pw")
    client.force_login(user)
    return client


@pytest.mark.parametrize("key", ["home", "content", "service_index", "service", "form"])
def test_page_editor_opens(admin_client, pages_nl, key):
    url = reverse("wagtailadmin_pages:edit", args=[pages_nl[key].id])
    assert admin_client.get(url).status_code == 200


@pytest.mark.parametrize(
    ("model", "parent"),
    [
        ("contentpage", "home"),
        ("formpage", "content"),
        ("servicepage", "service_index"),
    ],
)
def test_page_can_be_added_where_it_belongs(admin_client, pages_nl, model, parent):
    url = reverse("wagtailadmin_pages:add", args=["home", model, pages_nl[parent].id])
    assert admin_client.get(url).status_code == 200


def test_services_only_go_under_the_overview(pages_nl):
    assert not ServicePage.can_create_at(pages_nl["home"])
    assert ServicePage.can_create_at(pages_nl["service_index"])


@pytest.mark.parametrize("model", [Person, Partner, Navigation, FooterText])
def test_snippet_editors_open(admin_client, locale_nl, model):
    fields = {
        Person: {"name": "Marc Bosschaert"},
        Partner: {"name": "Febecoop"},
        Navigation: {},
        FooterText: {"text": "<p>Coopkracht</p>"},
    }[model]
    instance = model.objects.create(locale=locale_nl, **fields)
    namespace = f"wagtailsnippets_home_{model._meta.model_name}"

    for url in (
        reverse(f"{namespace}:list"),
        reverse(f"{namespace}:add"),
        reverse(f"{namespace}:edit", args=[instance.pk]),
    ):
        assert admin_client.get(url).status_code == 200, url


def test_person_preview_shows_the_card(admin_client, locale_nl):
    person = Person.objects.create(
        locale=locale_nl, name="Marc Bosschaert", role="Voorzitter"
    )
    url = reverse("wagtailsnippets_home_person:preview_on_edit", args=[person.pk])
    data = {"name": person.name, "role": "Voorzitter", "bio": "", "link": ""}

    assert admin_client.post(url, data).json()["is_valid"]
    response = admin_client.get(url)
    assert "Voorzitter" in response.content.decode()


def test_contact_settings_editor_opens(admin_client, home_nl):
    site = Site.objects.get(is_default_site=True)
    url = reverse("wagtailsettings:edit", args=["home", "sitesettings", site.pk])
    assert admin_client.get(url).status_code == 200
    assert SiteSettings.for_site(site).organisation_name == "Coopkracht vzw"
