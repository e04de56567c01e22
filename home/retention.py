"""Personal data left through the site's forms is kept PERSONAL_DATA_RETENTION_DAYS.

`purge_personal_data` removes what is older: contact-form submissions, the name and
e-mail address of proposers (the proposed enterprise, and that it was proposed, stay),
owners' claims, and the finished e-mail tasks whose arguments hold the messages sent.
The address an owner's link went to is forgotten sooner, as soon as the link can no
longer be used and no change of its owner waits for a moderator.
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from wagtail.contrib.forms.models import FormSubmission

from core.outbox import deliver
from directory.models import OwnerClaim, OwnerLink, ProposalContact


@dataclass(frozen=True)
class Purged:
    submissions: int
    proposers: int
    messages: int
    owners: int = 0


def retention_cutoff(now=None) -> datetime.datetime:
    now = now or timezone.now()
    return now - datetime.timedelta(days=settings.PERSONAL_DATA_RETENTION_DAYS)


@transaction.atomic
def purge_personal_data(now=None) -> Purged:
    """Delete or blank personal data older than the retention period."""
    cutoff = retention_cutoff(now)
    submissions, _ = FormSubmission.objects.filter(submit_time__lt=cutoff).delete()
    proposers = (
        ProposalContact.objects.filter(created_at__lt=cutoff)
        .exclude(name="", email="")
        .update(name="", email="")
    )
    messages, _ = DBTaskResult.objects.filter(
        task_path=deliver.module_path, finished_at__lt=cutoff
    ).delete()
    claims, _ = OwnerClaim.objects.filter(created_at__lt=cutoff).delete()
    now = now or timezone.now()
    finished = Q(used_at__isnull=False) | Q(expires_at__lte=now)
    owners = (
        OwnerLink.objects.exclude(email="")
        .filter((finished & Q(update__isnull=True)) | Q(created_at__lt=cutoff))
        .update(email="")
    )
    return Purged(submissions, proposers, messages, owners + claims)
