"""The yearly check: which enterprises to ask, and asking them."""

import datetime

from django.db import transaction
from django.db.models import Min, Q
from django.utils import timezone

from directory.links import guide_urls
from directory.models import Enterprise, OwnerLink
from directory.ownership.mail import send_freshness_request
from directory.ownership.tokens import issue_link

YEAR = datetime.timedelta(days=365)


def due_enterprises(now=None) -> list[Enterprise]:
    """One language version of each published enterprise to ask now: the first
    one made (the enterprise's own language), with an e-mail address, neither
    confirmed nor asked within the last year."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    asked = OwnerLink.objects.filter(
        purpose=OwnerLink.Purpose.FRESHNESS, created_at__gt=now - YEAR
    ).values("enterprise__translation_key")
    candidates = (
        Enterprise.objects.filter(live=True)
        .exclude(email="")
        .filter(Q(last_confirmed__isnull=True) | Q(last_confirmed__lte=today - YEAR))
        .exclude(translation_key__in=asked)
    )
    firsts = candidates.values("translation_key").annotate(first=Min("pk"))
    return list(
        Enterprise.objects.filter(pk__in=[row["first"] for row in firsts])
        .select_related("locale")
        .order_by("pk")
    )


def send_freshness_requests(now=None) -> int:
    """Ask every enterprise that is due; returns how many were asked."""
    guides = guide_urls()
    sent = 0
    for enterprise in due_enterprises(now):
        language = enterprise.locale.language_code
        if language not in guides:
            continue
        with transaction.atomic():
            link, token = issue_link(
                enterprise, OwnerLink.Purpose.FRESHNESS, enterprise.email, language
            )
            send_freshness_request(link, token)
        sent += 1
    return sent
