"""The weekly digest: what is new or changed in each confirmed subscription.

For a guide search, the published enterprises of the subscriber's language that the
search selects on the guide (`directory.finder.matching_enterprises`) and that were
published since the last digest; for the agenda, the upcoming events published or
changed since then. Nothing new: no e-mail. A subscription gets at most one digest
per DIGEST_INTERVAL, so running the command twice sends nothing twice.
"""

import datetime
import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.models import Locale

from core.outbox import send_in_background
from core.site_url import absolute_url
from directory.finder import GuideParamError, matching_enterprises
from directory.links import enterprise_path, guide_urls
from following.models import Subscription
from following.searches import read_search, search_in_words
from following.subscriptions import follow_message
from knowledge.models import EventPage
from knowledge.models.events import upcoming

logger = logging.getLogger(__name__)

# Less than a week, so that a weekly run a little early still sends.
DIGEST_INTERVAL = datetime.timedelta(days=6)
# At most this many items per list; the e-mail links to the rest.
MAX_ITEMS = 50


@dataclass
class Digest:
    """What one digest tells: new and changed enterprises, or events."""

    new: list = field(default_factory=list)
    changed: list = field(default_factory=list)
    events: list = field(default_factory=list)
    description: list[str] = field(default_factory=list)
    more_url: str = ""

    @property
    def is_empty(self) -> bool:
        return not (self.new or self.changed or self.events)


def due_subscriptions(now):
    return Subscription.objects.filter(confirmed_at__isnull=False).exclude(
        last_sent_at__gt=now - DIGEST_INTERVAL
    )


def send_digests(now=None) -> int:
    """Send every due digest that has something to tell; the number sent."""
    now = now or timezone.now()
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    guides = guide_urls()
    sent = 0
    for pk in due_subscriptions(now).order_by("pk").values_list("pk", flat=True):
        with transaction.atomic():
            # Locked and checked again: a second run at the same time skips it.
            subscription = (
                due_subscriptions(now)
                .select_for_update(skip_locked=True)
                .filter(pk=pk)
                .first()
            )
            locale = subscription and locales.get(subscription.language)
            if locale is None:
                continue
            with translation.override(subscription.language):
                digest = build_digest(subscription, locale, guides, now)
                if digest is None or digest.is_empty:
                    continue
                send_in_background(digest_message(subscription, digest))
            subscription.last_sent_at = now
            subscription.save(update_fields=["last_sent_at"])
            sent += 1
    return sent


def build_digest(subscription, locale, guides: dict[str, str], now) -> Digest | None:
    """The digest of one subscription, in the active language; None when its
    search no longer applies (a sector or label was removed)."""
    since = subscription.last_sent_at or subscription.confirmed_at
    guide_url = guides.get(locale.language_code, "")
    if subscription.kind == Subscription.Kind.AGENDA:
        events = upcoming(EventPage.objects.filter(locale=locale)).filter(
            last_published_at__gt=since
        )
        return Digest(
            events=[
                {
                    "title": event.title,
                    "start": event.start,
                    "place": event.place,
                    "url": absolute_url(event.get_url()),
                }
                for event in events[:MAX_ITEMS]
            ]
        )
    try:
        filters = read_search(subscription.search, locale=locale)
    except GuideParamError as error:
        logger.info("subscription %s skipped: %s", subscription.pk, error)
        return None
    published = (
        matching_enterprises(filters, locale=locale)
        .filter(last_published_at__gt=since)
        .only("name", "slug", "municipality", "first_published_at")
        .order_by("name", "pk")
    )
    digest = Digest(
        description=search_in_words(filters, locale=locale),
        more_url=absolute_url(
            f"{guide_url}?{subscription.search}" if subscription.search else guide_url
        ),
    )
    for enterprise in published[: 2 * MAX_ITEMS]:
        item = {
            "name": enterprise.name,
            "place": enterprise.municipality,
            "url": absolute_url(enterprise_path(guide_url, enterprise)),
        }
        if enterprise.first_published_at and enterprise.first_published_at > since:
            digest.new.append(item)
        else:
            digest.changed.append(item)
    digest.new, digest.changed = digest.new[:MAX_ITEMS], digest.changed[:MAX_ITEMS]
    return digest


def digest_message(subscription, digest: Digest):
    """The digest e-mail, rendered in the active language."""
    if subscription.kind == Subscription.Kind.AGENDA:
        subject = _("New in the agenda of %(site)s") % {
            "site": settings.WAGTAIL_SITE_NAME
        }
    else:
        subject = _("New in the MeMO guide for your search")
    return follow_message(
        subscription,
        subject=subject,
        template="digest",
        context={"digest": digest, "site_name": settings.WAGTAIL_SITE_NAME},
    )
