"""`purge_personal_data`: old personal data of the forms goes, everything else stays."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from wagtail.contrib.forms.models import FormSubmission

from core.outbox import deliver
from directory.models import (
    Enterprise,
    OwnerClaim,
    OwnerLink,
    OwnerUpdate,
    ProposalContact,
)
from tests.directory.factories import EnterpriseFactory

OLD = timezone.now() - datetime.timedelta(days=400)
RECENT = timezone.now() - datetime.timedelta(days=30)


def submission(page, when):
    item = FormSubmission.objects.create(
        page=page, form_data={"naam": "An", "e_mail": "an@example.org"}
    )
    FormSubmission.objects.filter(pk=item.pk).update(submit_time=when)
    return item


def proposer(enterprise, when):
    contact = ProposalContact.objects.create(
        enterprise=enterprise, name="An", email="an@example.org"
    )
    ProposalContact.objects.filter(pk=contact.pk).update(created_at=when)
    return contact


def sent_mail(when):
    return DBTaskResult.objects.create(
        task_path=deliver.module_path,
        args_kwargs={"args": [], "kwargs": {"body": "Van An <an@example.org>"}},
        backend_name="default",
        run_after=when,
        status="SUCCESSFUL",
        finished_at=when,
    )


def purge() -> str:
    out = io.StringIO()
    call_command("purge_personal_data", stdout=out)
    return out.getvalue()


@pytest.fixture
def kept(pages_nl):
    contact = pages_nl["form"]
    old_enterprise = EnterpriseFactory(name="Oude Bakker", live=False)
    return {
        "old_submission": submission(contact, OLD),
        "recent_submission": submission(contact, RECENT),
        "old_proposer": proposer(old_enterprise, OLD),
        "recent_proposer": proposer(EnterpriseFactory(name="Nieuwe Bakker"), RECENT),
        "old_mail": sent_mail(OLD),
        "recent_mail": sent_mail(RECENT),
        "old_enterprise": old_enterprise,
    }


def test_old_personal_data_is_removed(kept):
    output = purge()

    assert "1 contact submissions deleted" in output
    assert not FormSubmission.objects.filter(pk=kept["old_submission"].pk).exists()
    old = ProposalContact.objects.get(pk=kept["old_proposer"].pk)
    assert (old.name, old.email) == ("", "")
    assert not DBTaskResult.objects.filter(pk=kept["old_mail"].pk).exists()


def test_recent_data_and_the_enterprises_stay(kept):
    purge()

    assert FormSubmission.objects.filter(pk=kept["recent_submission"].pk).exists()
    recent = ProposalContact.objects.get(pk=kept["recent_proposer"].pk)
    assert (recent.name, recent.email) == ("An", "an@example.org")
    assert DBTaskResult.objects.filter(pk=kept["recent_mail"].pk).exists()
    # The proposal is still a proposal, with all its enterprise data.
    enterprise = Enterprise.objects.get(pk=kept["old_enterprise"].pk)
    assert enterprise.name == "Oude Bakker"
    assert hasattr(enterprise, "proposal_contact")


def test_the_period_is_a_setting(kept, settings):
    settings.PERSONAL_DATA_RETENTION_DAYS = 7
    purge()
    assert not FormSubmission.objects.exists()


def test_a_second_run_changes_nothing(kept):
    purge()
    assert "0 contact submissions deleted, 0 proposers blanked" in purge()


def owner_link(enterprise, *, created=None, expires_in=7, used=False, email="o@x.be"):
    now = timezone.now()
    return OwnerLink.objects.create(
        enterprise=enterprise,
        purpose=OwnerLink.Purpose.UPDATE,
        token_hash=f"{enterprise.pk}-{expires_in}-{used}-{created}",
        email=email,
        language="nl",
        created_at=created or now,
        expires_at=now + datetime.timedelta(days=expires_in),
        used_at=now if used else None,
    )


@pytest.mark.django_db
def test_owners_addresses_go_once_no_longer_needed():
    enterprise = EnterpriseFactory(name="Eigenaar")
    usable = owner_link(enterprise)
    expired = owner_link(enterprise, expires_in=-1)
    used = owner_link(enterprise, used=True)
    waiting = owner_link(enterprise, used=True, expires_in=3)
    OwnerUpdate.objects.create(link=waiting)
    very_old_waiting = owner_link(enterprise, used=True, created=OLD, expires_in=2)
    OwnerUpdate.objects.create(link=very_old_waiting)
    old_claim = OwnerClaim.objects.create(
        enterprise=enterprise, name="An", email="an@example.org", language="nl"
    )
    OwnerClaim.objects.filter(pk=old_claim.pk).update(created_at=OLD)
    recent_claim = OwnerClaim.objects.create(
        enterprise=enterprise, name="Bo", email="bo@example.org", language="nl"
    )

    assert "4 owners' addresses forgotten" in purge()

    emails = dict(OwnerLink.objects.values_list("pk", "email"))
    assert emails[usable.pk] == emails[waiting.pk] == "o@x.be"
    assert emails[expired.pk] == emails[used.pk] == emails[very_old_waiting.pk] == ""
    assert list(OwnerClaim.objects.all()) == [recent_claim]
