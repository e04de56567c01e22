"""The admin's list of follow subscriptions: find an address, inspect, delete."""

import pytest
from django.urls import reverse

from following.models import Subscription
from tests.following.support import confirmed
from tests.translations import in_language


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("beheer", "b@example.org", "pw")
    client.force_login(user)
    return client


def test_an_address_is_found_and_deleted(admin_client, home_nl, locale_fr):
    subscription = confirmed(email="an@example.org")
    confirmed(email="bert@example.org", kind="agenda")
    listing = admin_client.get(
        reverse("wagtailsnippets_following_subscription:list"), {"q": "an@"}
    )
    html = listing.content.decode()
    assert listing.status_code == 200
    assert "an@example.org" in html and "bert@example.org" not in html
    assert in_language("nl", "Follow subscriptions") in html

    delete = reverse(
        "wagtailsnippets_following_subscription:delete", args=[subscription.pk]
    )
    assert admin_client.post(delete).status_code == 302
    assert list(Subscription.objects.values_list("email", flat=True)) == [
        "bert@example.org"
    ]


def test_subscriptions_are_not_made_or_changed_by_hand(admin_client, home_nl):
    subscription = confirmed()
    add = reverse("wagtailsnippets_following_subscription:add")
    edit = reverse(
        "wagtailsnippets_following_subscription:edit", args=[subscription.pk]
    )
    assert admin_client.get(add).status_code in (302, 403)
    assert admin_client.post(edit, {"email": "ander@example.org"}).status_code in (
        302,
        403,
    )
    subscription.refresh_from_db()
    assert subscription.email != "ander@example.org"
