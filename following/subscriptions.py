"""Subscribing with double opt-in, confirming, unsubscribing and forgetting.

A request stores (or renews) an unconfirmed subscription with the hash of a fresh
token and e-mails the link that carries the token; the link's page confirms on a
button press (a POST), so a mail scanner that opens links confirms nothing. The
unsubscribe link carries a signed subscription number and works without expiry.
"""

import datetime
import hashlib
import secrets

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.models import Locale

from core.outbox import send_in_background
from core.site_url import absolute_url
from following.models import Subscription
from following.searches import followed_in_words

# How long a confirmation link works; unconfirmed subscriptions are deleted after.
CONFIRMATION_DAYS = 7
UNSUBSCRIBE_SALT = "following.unsubscribe"


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def confirmation_cutoff(now=None) -> datetime.datetime:
    return (now or timezone.now()) - datetime.timedelta(days=CONFIRMATION_DAYS)


def confirm_url(token: str, language: str) -> str:
    with translation.override(language):
        return absolute_url(reverse("following:confirm", args=[token]))


def unsubscribe_url(subscription: Subscription) -> str:
    token = signing.dumps(subscription.pk, salt=UNSUBSCRIBE_SALT)
    with translation.override(subscription.language):
        return absolute_url(reverse("following:unsubscribe", args=[token]))


def subscription_for_unsubscribe(token: str) -> tuple[bool, Subscription | None]:
    """(the token is genuine, its subscription if it still exists)."""
    try:
        pk = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return False, None
    return True, Subscription.objects.filter(pk=pk).first()


@transaction.atomic
def request_subscription(
    *, email: str, kind: str, search: str, language: str
) -> Subscription:
    """Store the request unconfirmed (or renew the same one) and send its link.

    The same address asking again for the same search gets a new link, not a
    second subscription; a confirmed one stays confirmed and keeps its language.
    """
    token = secrets.token_urlsafe(32)
    subscription, _created = Subscription.objects.select_for_update().get_or_create(
        email=email.strip().lower(),
        kind=kind,
        search=search,
        defaults={"language": language},
    )
    if not subscription.is_confirmed:
        subscription.language = language
    subscription.token_hash = token_hash(token)
    subscription.requested_at = timezone.now()
    subscription.save()
    send_in_background(confirmation_message(subscription, token))
    return subscription


def pending_subscription(token: str) -> Subscription | None:
    """The subscription whose confirmation link carries `token`, while it works."""
    if not token or len(token) > 100:
        return None
    return Subscription.objects.filter(
        token_hash=token_hash(token), requested_at__gte=confirmation_cutoff()
    ).first()


def confirm(subscription: Subscription) -> None:
    """Start the digests; the link is used up."""
    now = timezone.now()
    Subscription.objects.filter(pk=subscription.pk).update(
        confirmed_at=subscription.confirmed_at or now, token_hash=""
    )


def purge_unconfirmed(now=None) -> int:
    """Delete the requests never confirmed within CONFIRMATION_DAYS."""
    deleted, _ = Subscription.objects.filter(
        confirmed_at__isnull=True, requested_at__lt=confirmation_cutoff(now)
    ).delete()
    return deleted


def follow_message(
    subscription: Subscription, *, subject: str, template: str, context: dict
) -> EmailMultiAlternatives:
    """An e-mail to a subscriber, text and HTML, with its one-click unsubscribe.

    Render it inside `translation.override(subscription.language)`.
    """
    leave = unsubscribe_url(subscription)
    context = {**context, "subscription": subscription, "unsubscribe_url": leave}
    message = EmailMultiAlternatives(
        subject=subject,
        body=render_to_string(f"following/email/{template}.txt", context),
        to=[subscription.email],
        headers={
            "List-Unsubscribe": f"<{leave}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
    message.attach_alternative(
        render_to_string(f"following/email/{template}.html", context), "text/html"
    )
    return message


def confirmation_message(
    subscription: Subscription, token: str
) -> EmailMultiAlternatives:
    """The e-mail with the confirmation link, in the subscriber's language."""
    with translation.override(subscription.language):
        locale = Locale.objects.get(language_code=subscription.language)
        description = followed_in_words(subscription, locale=locale)
        return follow_message(
            subscription,
            subject=_("Confirm that you want to follow the MeMO guide"),
            template="confirm",
            context={
                "confirm_url": confirm_url(token, subscription.language),
                "description": description,
                "days": CONFIRMATION_DAYS,
                "site_name": settings.WAGTAIL_SITE_NAME,
            },
        )
