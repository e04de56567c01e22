"""Hostile requests to every form and API address: any method, query, body, charset
and content type, odd headers. Whatever arrives, the answer is never a server
error, and the API answers in JSON. More than 10,000 generated requests a run."""

import math

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from wagtail.models import PageViewRestriction

from home.models import ContentPage, FormField, FormPage
from tests.directory.factories import EnterpriseFactory, make_guides
from tests.security.hostile import requests

pytestmark = pytest.mark.django_db

REQUESTS_IN_ALL = 10_000
FORMS = [
    "/nl/contact/",
    "/nl/memo-gids/aanmelden/",
    "/fr/guide-memo/inscription/",
    "/nl/memo-gids/",
    "/fr/guide-memo/",
    "/nl/zoeken/",
    "/nl/_util/login/",
    "/admin/login/",
    "/admin/password_reset/",
    "password",
]
API = [
    "/api/v1/enterprises/",
    "/api/v1/enterprises/autocomplete/",
    "enterprise",
    "/api/v1/enterprises/export.csv",
    "/api/v1/enterprises/export.json",
    "/api/v1/enterprises/export.geojson",
    "/api/v1/schema/",
]
PER_ADDRESS = math.ceil(REQUESTS_IN_ALL / len(FORMS + API))


@pytest.fixture
def addresses(home_nl, home_fr):
    """The placeholders of FORMS and API resolved on a small site."""
    make_guides(home_nl, home_fr)
    enterprise = EnterpriseFactory(name="Zonnewind", sectors=["energie"])
    contact = FormPage(
        title="Contact",
        slug="contact",
        to_address="info@example.org",
        from_address="noreply@example.org",
        subject="Contact",
    )
    for order, (label, kind) in enumerate(
        [("Naam", "singleline"), ("E-mail", "email"), ("Bericht", "multiline")]
    ):
        contact.form_fields.add(
            FormField(label=label, field_type=kind, sort_order=order)
        )
    home_nl.add_child(instance=contact).save_revision().publish()
    secret = home_nl.add_child(instance=ContentPage(title="Intern", slug="intern"))
    secret.save_revision().publish()
    restriction = PageViewRestriction.objects.create(
        page=secret, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    return {
        "password": reverse(
            "wagtailcore_authenticate_with_password", args=[restriction.pk, secret.pk]
        ),
        "enterprise": f"/api/v1/enterprises/{enterprise.pk}/",
    }


def send(client, path, request):
    return client.generic(
        request["method"],
        f"{path}?{request['query']}",
        data=request["data"],
        content_type=request["content_type"],
        headers=request["headers"],
    )


def hammer(client, path, check) -> int:
    """Send PER_ADDRESS generated requests to `path`; return how many were sent."""
    sent = []

    @settings(
        max_examples=PER_ADDRESS,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(request=requests())
    def one(request):
        response = send(client, path, request)
        sent.append(response.status_code)
        assert response.status_code < 500, (request, response.content[:300])
        check(request, response)

    one()
    return len(sent)


def no_check(request, response):
    pass


def json_errors(request, response):
    """The API's refusals are JSON with a message, whatever was asked."""
    if response.status_code >= 400 and request["method"] != "HEAD":
        assert response["Content-Type"].startswith("application/json"), response
        assert response.json()["error"]


@pytest.mark.parametrize("address", FORMS)
def test_forms_never_answer_with_a_server_error(client, addresses, address):
    path = addresses.get(address, address)
    assert hammer(client, path, no_check) == PER_ADDRESS


@pytest.mark.parametrize("address", API)
def test_the_api_never_answers_with_a_server_error(client, addresses, address):
    path = addresses.get(address, address)
    assert hammer(client, path, json_errors) == PER_ADDRESS
