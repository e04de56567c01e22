"""One-time links: a random token for the e-mail, only its hash in the database."""

import datetime
import hashlib
import secrets
from enum import Enum

from django.db import transaction
from django.utils import timezone

from directory.models import Enterprise, OwnerLink

LIFETIMES = {
    OwnerLink.Purpose.UPDATE: datetime.timedelta(days=7),
    OwnerLink.Purpose.FRESHNESS: datetime.timedelta(days=30),
}


class LinkProblem(Enum):
    """Why a link cannot be used (the visitor's page says which)."""

    UNKNOWN = "unknown"
    EXPIRED = "expired"
    USED = "used"


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def issue_link(
    enterprise: Enterprise, purpose: str, email: str, language: str
) -> tuple[OwnerLink, str]:
    """A new link for `enterprise`, and its token (which is stored nowhere)."""
    token = secrets.token_urlsafe(32)
    now = timezone.now()
    link = OwnerLink.objects.create(
        enterprise=enterprise,
        purpose=purpose,
        token_hash=token_hash(token),
        email=email,
        language=language,
        created_at=now,
        expires_at=now + LIFETIMES[purpose],
    )
    return link, token


def find_link(token: str, enterprise: Enterprise) -> OwnerLink | LinkProblem:
    """The usable link of `token` for this enterprise, or what is wrong with it."""
    link = OwnerLink.objects.filter(
        token_hash=token_hash(token), enterprise=enterprise
    ).first()
    if link is None:
        return LinkProblem.UNKNOWN
    if link.used_at is not None:
        return LinkProblem.USED
    if link.expires_at <= timezone.now():
        return LinkProblem.EXPIRED
    return link


def use_link(link: OwnerLink) -> bool:
    """Mark the link used; False if another request used it first."""
    with transaction.atomic():
        updated = OwnerLink.objects.filter(pk=link.pk, used_at__isnull=True).update(
            used_at=timezone.now()
        )
    link.used_at = timezone.now()
    return updated == 1
