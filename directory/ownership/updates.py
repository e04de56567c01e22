"""An owner's change: the prefilled form, the revision in moderation, the outcome.

The form is the proposal form without the proposer's fields, so the same data
rules check it. The change is saved as a new revision of the enterprise and
submitted to the moderation workflow; the published entry stays as it is. When
a moderator approves or rejects it, the owner is told in their language and their
address is forgotten.
"""

from django import forms
from django.db import transaction
from django.dispatch import receiver
from django.utils import timezone
from wagtail.models import TaskState
from wagtail.signals import workflow_approved, workflow_rejected

from directory.changes import enterprises_written
from directory.forms import ProposalForm
from directory.models import Enterprise, OwnerLink, OwnerUpdate
from directory.models.enterprise import PROPOSED_FIELDS
from directory.ownership.mail import notify_moderators_of_update, send_outcome
from directory.ownership.tokens import use_link
from directory.rules.enterprise_number import format_enterprise_number


class OwnerUpdateForm(ProposalForm):
    """The proposal form's fields and checks, for an existing entry."""

    contact_name = None
    contact_email = None

    def __init__(self, *args, enterprise: Enterprise, **kwargs):
        kwargs.setdefault("initial", initial_values(enterprise))
        super().__init__(*args, locale=enterprise.locale, **kwargs)


def initial_values(enterprise: Enterprise) -> dict:
    """The form's fields as the entry's current version has them."""
    values = {name: getattr(enterprise, name) or "" for name in PROPOSED_FIELDS}
    values["enterprise_number"] = (
        format_enterprise_number(enterprise.enterprise_number) or ""
    )
    values.update(
        cooperative=enterprise.cooperative,
        nrc_accredited=enterprise.nrc_accredited,
        description=enterprise.description,
        sectors=[sector.slug for sector in enterprise.sectors.all()],
        labels=[label.slug for label in enterprise.labels.all()],
    )
    return values


class AlreadyInModeration(Exception):
    """Another change of this enterprise waits for a moderator."""


def in_moderation(enterprise: Enterprise) -> bool:
    state = enterprise.current_workflow_state
    return state is not None and state.status == state.STATUS_IN_PROGRESS


@transaction.atomic
def submit_update(enterprise: Enterprise, form: forms.Form, link: OwnerLink):
    """Save the valid form as a revision in moderation and use up the link.

    Raises ValidationError when the model refuses the values (an enterprise number
    another enterprise has, say), AlreadyInModeration when a change waits already,
    and returns False (nothing saved) if the link was used meanwhile.
    """
    enterprise = Enterprise.objects.select_for_update().get(pk=enterprise.pk)
    if in_moderation(enterprise):
        raise AlreadyInModeration
    record, data = form.record, form.cleaned_data
    for name in PROPOSED_FIELDS:
        setattr(enterprise, name, record[name])
    enterprise.cooperative = data["cooperative"]
    enterprise.nrc_accredited = data["nrc_accredited"]
    enterprise.description = data["description"].strip()
    enterprise.sectors.set(data["sectors"])
    enterprise.labels.set(data["labels"])
    enterprise.full_clean()
    if not use_link(link):
        transaction.set_rollback(True)
        return False
    # Only the revision holds the new values; the record's row keeps the live ones.
    enterprise.save_revision(clean=False, log_action=True)
    state = enterprise.get_workflow().start(enterprise, user=None)
    OwnerUpdate.objects.create(link=link, workflow_state=state)
    notify_moderators_of_update(enterprise)
    return True


def confirm(enterprise: Enterprise) -> None:
    """The entry is right as it is: every language version gets today's date.

    Written past `save()` (no revision, no re-indexing), so cached copies of the
    pages are told as after an import."""
    versions = Enterprise.objects.filter(translation_key=enterprise.translation_key)
    versions.update(last_confirmed=timezone.localdate())
    enterprises_written.send(
        sender=Enterprise, ids=list(versions.values_list("pk", flat=True))
    )


def _finish(state, approved: bool) -> None:
    update = (
        OwnerUpdate.objects.filter(workflow_state=state)
        .select_related("link__enterprise__locale")
        .first()
    )
    if update is None:
        return
    link = update.link
    comment = ""
    if approved:
        confirm(link.enterprise)
        link.enterprise.refresh_from_db()
    else:
        task_state = (
            TaskState.objects.filter(workflow_state=state).order_by("-pk").first()
        )
        comment = task_state.comment if task_state else ""
    if link.email:
        send_outcome(link, approved, comment)
    update.delete()
    OwnerLink.objects.filter(pk=link.pk).update(email="")


@receiver(workflow_approved)
def tell_owner_of_approval(sender, instance, **kwargs):
    _finish(instance, approved=True)


@receiver(workflow_rejected)
def tell_owner_of_rejection(sender, instance, **kwargs):
    _finish(instance, approved=False)
