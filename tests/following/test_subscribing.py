"""Subscribing with double opt-in, confirming, unsubscribing, forgetting, limits.

See docs/contract.md#following.
"""

import datetime

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone
from django.utils.html import escape

from following.models import Subscription
from following.subscriptions import purge_unconfirmed, token_hash, unsubscribe_url
from following.views import FOLLOWS_PER_HOUR
from tests.following.support import (
    CONFIRM_PATHS,
    FOLLOW_PATHS,
    UNSUBSCRIBE_PATHS,
    confirmed,
    link,
)
from tests.translations import in_language

SEARCH = "sector=energie&cooperative=1"


def follow(client, language="nl", **changes):
    data = {
        "kind": "guide",
        "email": "An@Example.org",
        "search": SEARCH,
        "homepage": "",
    }
    data.update(changes)
    return client.post(FOLLOW_PATHS[language], data)


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_subscribing_stores_it_unconfirmed_and_mails_the_link_in_the_language(
    client, guides, language
):
    response = follow(client, language)
    assert response.status_code == 302
    assert response["Location"] == FOLLOW_PATHS[language] + "?sent"
    page = client.get(response["Location"]).content.decode()
    assert in_language(language, "Check your mailbox") in page

    subscription = Subscription.objects.get()
    assert subscription.email == "an@example.org"
    assert subscription.kind == "guide"
    assert subscription.search == SEARCH
    assert subscription.language == language
    assert subscription.confirmed_at is None

    [message] = mail.outbox
    assert message.to == ["an@example.org"]
    assert message.subject == in_language(
        language, "Confirm that you want to follow the MeMO guide"
    )
    assert in_language(language, "You follow this search in the MeMO guide:") in (
        message.body
    )
    assert ("Énergie" if language == "fr" else "Energie") in message.body
    token = (
        link(message, CONFIRM_PATHS[language])
        .removeprefix(CONFIRM_PATHS[language])
        .rstrip("/")
    )
    # Only the token's hash is kept.
    assert subscription.token_hash == token_hash(token)
    assert token not in subscription.token_hash


def test_a_get_of_the_link_shows_a_button_and_only_a_post_confirms(client, guides):
    follow(client, "fr")
    path = link(mail.outbox[0], CONFIRM_PATHS["fr"])

    shown = client.get(path)
    assert shown.status_code == 200
    assert in_language("fr", "Confirm your subscription") in shown.content.decode()
    assert 'method="post"' in shown.content.decode()
    assert Subscription.objects.get().confirmed_at is None

    done = client.post(path)
    assert done.status_code == 200
    assert in_language("fr", "Subscription confirmed") in done.content.decode()
    subscription = Subscription.objects.get()
    assert subscription.confirmed_at is not None
    assert subscription.token_hash == ""
    # The link is used up.
    assert client.post(path).status_code == 404


def test_the_follow_form_needs_its_csrf_token(guides):
    response = follow(Client(enforce_csrf_checks=True), "nl")
    assert response.status_code == 403
    assert not Subscription.objects.exists()


def test_the_same_address_and_search_again_is_one_subscription(client, guides):
    follow(client, "nl")
    follow(client, "nl", email="an@example.org")
    follow(client, "nl", kind="agenda")
    assert Subscription.objects.filter(kind="guide").count() == 1
    assert Subscription.objects.filter(kind="agenda").count() == 1
    # The newest link works, the first one no longer does.
    first, second = (link(m, CONFIRM_PATHS["nl"]) for m in mail.outbox[:2])
    assert client.post(first).status_code == 404
    assert client.post(second).status_code == 200


def test_the_agenda_is_followed_without_a_search(client, guides):
    follow(client, "fr", kind="agenda")
    subscription = Subscription.objects.get()
    assert (subscription.kind, subscription.search) == ("agenda", "")
    assert in_language("fr", "You follow: the agenda (events)") in mail.outbox[0].body


def test_a_tampered_search_is_refused_in_the_language(client, guides):
    response = follow(client, "fr", search="sector=geen-sector")
    assert response.status_code == 200
    assert (
        in_language("fr", "Unknown sector: %(slug)s", slug="geen-sector")
        in response.content.decode()
    )
    assert not Subscription.objects.exists()
    assert not mail.outbox


def test_an_invalid_address_is_refused(client, guides):
    response = follow(client, "nl", email="geen-adres")
    assert response.status_code == 200
    assert 'id="error-summary"' in response.content.decode()
    assert not Subscription.objects.exists()


def test_a_robot_is_thanked_but_nothing_is_kept(client, guides):
    response = follow(client, "nl", homepage="http://spam.example")
    assert response.status_code == 302
    assert not Subscription.objects.exists()
    assert not mail.outbox


def test_more_than_the_hourly_limit_is_refused(client, guides):
    for number in range(FOLLOWS_PER_HOUR.limit):
        assert follow(client, "nl", email=f"lid{number}@example.org").status_code == 302
    refused = follow(client, "fr", email="nog-een@example.org")
    assert refused.status_code == 429
    refusal = in_language(
        "fr",
        "You have asked several times in a short time. Please wait an hour "
        "before you try again.",
    )
    assert escape(refusal) in refused.content.decode()
    assert Subscription.objects.count() == FOLLOWS_PER_HOUR.limit


def test_an_expired_link_does_not_confirm_and_the_request_is_purged(client, guides):
    follow(client, "nl")
    path = link(mail.outbox[0], CONFIRM_PATHS["nl"])
    Subscription.objects.update(
        requested_at=timezone.now() - datetime.timedelta(days=8)
    )
    assert client.post(path).status_code == 404
    still_valid = confirmed(email="blijft@example.org")
    assert purge_unconfirmed() == 1
    assert list(Subscription.objects.all()) == [still_valid]


def test_a_fresh_unconfirmed_request_is_not_purged(client, guides):
    follow(client, "nl")
    assert purge_unconfirmed() == 0
    assert Subscription.objects.count() == 1


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_unsubscribing_get_shows_a_button_post_deletes(client, guides, language):
    follow(client, language)
    message = mail.outbox[0]
    path = link(message, UNSUBSCRIBE_PATHS[language])
    assert message.extra_headers["List-Unsubscribe"] == f"<http://testserver{path}>"
    assert message.extra_headers["List-Unsubscribe-Post"] == (
        "List-Unsubscribe=One-Click"
    )

    shown = client.get(path)
    assert shown.status_code == 200
    assert in_language(language, "Unsubscribe") in shown.content.decode()
    assert Subscription.objects.exists()

    done = client.post(path, {"List-Unsubscribe": "One-Click"})
    assert done.status_code == 200
    assert in_language(language, "You are unsubscribed") in done.content.decode()
    assert not Subscription.objects.exists()


def test_one_click_unsubscribe_needs_no_form_token(guides):
    subscription = confirmed()
    path = unsubscribe_url(subscription).removeprefix("http://testserver")
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        path,
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    assert not Subscription.objects.exists()


def test_a_forged_unsubscribe_link_is_not_found(client, guides):
    subscription = confirmed()
    response = client.post(f"{UNSUBSCRIBE_PATHS['nl']}{subscription.pk}/")
    assert response.status_code == 404
    assert Subscription.objects.exists()


def test_a_refused_form_still_shows_the_search_in_words(client, guides):
    response = follow(client, "fr", email="geen-adres")
    html = response.content.decode()
    assert "Énergie" in html
    assert in_language("fr", "Cooperatives") in html


def test_the_agenda_keeps_no_search_even_when_one_was_carried(client, guides):
    follow(client, "nl", kind="agenda", search="sector=energie")
    assert Subscription.objects.get().search == ""
