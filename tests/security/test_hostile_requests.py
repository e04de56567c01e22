"""Hostile requests to every form and API address: any method, query, body, charset
and content type, odd headers. Whatever arrives, the answer is never a server
error, and the API answers in JSON. More than 10,000 generated requests a run.

Every other request comes from a client whose CSRF checks are on, with a CSRF
cookie and the matching token, so the CSRF middleware reads the body as it does
in production. The rate limits are emptied before each request, so every body
reaches the form rather than a 429.
"""

import math

import pytest
from django.test import Client
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from wagtail.models import CollectionViewRestriction, PageViewRestriction

from home.models import ContentPage, FormField, FormPage
from tests.cache import clear_run_cache
from tests.conftest import publish_translation
from tests.directory.factories import EnterpriseFactory, make_guides
from tests.security.hostile import requests

pytestmark = pytest.mark.django_db

REQUESTS_IN_ALL = 10_000
FORMS = [
    "/nl/contact/",
    "/fr/contact/",
    "/nl/memo-gids/aanmelden/",
    "/fr/guide-memo/inscription/",
    "/nl/memo-gids/volgen/",
    "/fr/guide-memo/suivre/",
    "/nl/volgen/uitschrijven/1:geen-handtekening/",
    "/nl/memo-gids/",
    "/fr/guide-memo/",
    "/nl/memo-gids/insluiten/",
    "/embed/guide/",
    "/nl/zoeken/",
    "/fr/recherche/",
    "/nl/_util/login/",
    "/admin/login/",
    "/admin/password_reset/",
    "password",
    "document",
    "document-password",
]
API = [
    "/api/v1/enterprises/",
    "/api/v1/enterprises/autocomplete/",
    "enterprise",
    "/api/v1/enterprises/export.csv",
    "/api/v1/enterprises/export.json",
    "/api/v1/enterprises/export.geojson",
    "/api/v1/schema/",
    "/api/v1/docs/",
]
PER_ADDRESS = math.ceil(REQUESTS_IN_ALL / len(FORMS + API))


@pytest.fixture
def addresses(home_nl, home_fr, protected_document):
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
    publish_translation(contact, home_fr.locale)
    secret = home_nl.add_child(instance=ContentPage(title="Intern", slug="intern"))
    secret.save_revision().publish()
    restriction = PageViewRestriction.objects.create(
        page=secret, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    document_restriction = CollectionViewRestriction.objects.get(
        collection=protected_document.collection
    )
    return {
        "password": reverse(
            "wagtailcore_authenticate_with_password", args=[restriction.pk, secret.pk]
        ),
        "document": protected_document.url,
        "document-password": reverse(
            "wagtaildocs_authenticate_with_password", args=[document_restriction.pk]
        ),
        "enterprise": f"/api/v1/enterprises/{enterprise.pk}/",
    }


# A CSRF secret as Django keeps it in the cookie: 32 letters and digits.
CSRF_SECRET = "hostile" + "0" * 25


def send(client, path, request):
    headers = dict(request["headers"])
    if client.handler.enforce_csrf_checks:
        sent_cookie = headers.get("cookie")
        headers["cookie"] = "; ".join(
            filter(None, [sent_cookie, f"csrftoken={CSRF_SECRET}"])
        )
        headers["x-csrftoken"] = CSRF_SECRET
    return client.generic(
        request["method"],
        f"{path}?{request['query']}",
        data=request["data"],
        content_type=request["content_type"],
        headers=headers,
    )


def hammer(path, check) -> int:
    """Send PER_ADDRESS generated requests to `path`, every other one with CSRF
    checks on; return how many were sent."""
    clients = [Client(enforce_csrf_checks=True), Client()]
    sent = []

    @settings(
        max_examples=PER_ADDRESS,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(request=requests())
    def one(request):
        clear_run_cache()
        response = send(clients[len(sent) % 2], path, request)
        sent.append(response.status_code)
        assert response.status_code < 500, (request, response.content[:300])
        check(request, response)

    one()
    return len(sent)


# django-axes locks out repeated failed logins (a 429) from the database.
LOGINS = ["/nl/_util/login/", "/admin/login/"]


def no_check(request, response):
    pass


def not_throttled(request, response):
    """With the rate limits emptied, no body is turned away unread."""
    assert response.status_code != 429, request


def json_errors(request, response):
    """The API's refusals are JSON with a message, whatever was asked."""
    not_throttled(request, response)
    if response.status_code >= 400 and request["method"] != "HEAD":
        assert response["Content-Type"].startswith("application/json"), response
        assert response.json()["error"]


@pytest.mark.parametrize("address", FORMS)
def test_forms_never_answer_with_a_server_error(addresses, address):
    path = addresses.get(address, address)
    check = no_check if address in LOGINS else not_throttled
    assert hammer(path, check) == PER_ADDRESS


@pytest.mark.parametrize("address", API)
def test_the_api_never_answers_with_a_server_error(addresses, address):
    path = addresses.get(address, address)
    assert hammer(path, json_errors) == PER_ADDRESS
