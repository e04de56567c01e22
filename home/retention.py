"""Personal data left through the site's forms is kept PERSONAL_DATA_RETENTION_DAYS.

`purge_personal_data` removes what is older: contact-form submissions, the name and
e-mail address of proposers (the proposed enterprise, and that it was proposed, stay),
and the finished e-mail tasks whose arguments hold the messages sent.
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from wagtail.contrib.forms.models import FormSubmission

from core.outbox import deliver
from directory.models import ProposalContact


@dataclass(frozen=True)
class Purged:
    submissions: int
    proposers: int
    messages: int


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
    return Purged(submissions, proposers, messages)
