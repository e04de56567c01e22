"""Page and document passwords and password resets are throttled per client (and
per account)."""

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from wagtail.models import CollectionViewRestriction, PageViewRestriction

from config.throttles import PASSWORD_GUESSES, RESETS_PER_ACCOUNT, RESETS_PER_CLIENT
from tests.security.conftest import DOCUMENT_PASSWORD

pytestmark = pytest.mark.django_db


@pytest.fixture
def restriction(home_nl):
    return PageViewRestriction.objects.create(
        page=home_nl, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )


def guess(client, restriction, password):
    url = reverse(
        "wagtailcore_authenticate_with_password",
        args=[restriction.pk, restriction.page_id],
    )
    return client.post(url, {"password": password, "return_url": "/nl/"})


def test_page_password_guesses_beyond_the_limit_are_refused(client, restriction):
    for _ in range(PASSWORD_GUESSES.limit):
        assert guess(client, restriction, "fout").status_code == 200

    refused = guess(client, restriction, "geheim")

    assert refused.status_code == 429
    assert refused["Retry-After"] == str(PASSWORD_GUESSES.window)
    assert "Te veel pogingen" in refused.content.decode()
    other = Client(REMOTE_ADDR="198.51.100.30")
    assert guess(other, restriction, "geheim").status_code == 302


def document_guess(client, document, password):
    restriction = CollectionViewRestriction.objects.get(collection=document.collection)
    url = reverse("wagtaildocs_authenticate_with_password", args=[restriction.pk])
    return client.post(url, {"password": password, "return_url": document.url})


def served(client, document) -> bool:
    response = client.get(document.url)
    return response.status_code == 200 and response.get("Content-Disposition")


def test_document_password_guesses_beyond_the_limit_are_refused(
    client, protected_document
):
    for _ in range(PASSWORD_GUESSES.limit):
        assert document_guess(client, protected_document, "fout").status_code == 200

    refused = document_guess(client, protected_document, DOCUMENT_PASSWORD)

    assert refused.status_code == 429
    assert refused["Retry-After"] == str(PASSWORD_GUESSES.window)
    assert "Te veel pogingen" in refused.content.decode()
    assert not served(client, protected_document)
    other = Client(REMOTE_ADDR="198.51.100.30")
    assert (
        document_guess(other, protected_document, DOCUMENT_PASSWORD).status_code == 302
    )
    assert served(other, protected_document)


@pytest.fixture
def accounts(django_user_model):
    for n in range(RESETS_PER_CLIENT.limit + 1):
        django_user_model.objects.create_user(f"user{n}", f"user{n}@example.org", "x")


def reset(client, email):
    return client.post(reverse("wagtailadmin_password_reset"), {"email": email})


def test_password_resets_are_limited_per_client(client, accounts):
    for n in range(RESETS_PER_CLIENT.limit):
        assert reset(client, f"user{n}@example.org").status_code == 302

    refused = reset(client, f"user{RESETS_PER_CLIENT.limit}@example.org")

    assert refused.status_code == 429
    assert len(mail.outbox) == RESETS_PER_CLIENT.limit


def test_password_resets_are_limited_per_account(accounts):
    for n in range(RESETS_PER_ACCOUNT.limit):
        visitor = Client(REMOTE_ADDR=f"198.51.100.{n}")
        assert reset(visitor, "USER0@example.org ").status_code == 302

    refused = reset(Client(REMOTE_ADDR="198.51.100.99"), "user0@example.org")

    assert refused.status_code == 429
    assert "Retry-After" in refused
    assert len(mail.outbox) == RESETS_PER_ACCOUNT.limit
