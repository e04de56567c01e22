"""Public proposals: a draft for the moderators, who are told by e-mail.

A proposal never becomes public by itself: it is saved as an unpublished
enterprise with a revision, so it waits in the admin. A proposal that matches an
existing enterprise (same enterprise number, or same name and postcode) is
marked `possible_duplicate_of` and the e-mail says so.
"""

import logging
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.log_actions import log

from core.outbox import send_in_background
from directory.models import Enterprise, ProposalContact
from directory.models.enterprise import PROPOSED_FIELDS
from directory.rules.enterprise_number import format_enterprise_number

logger = logging.getLogger(__name__)

# Values the draft takes from the checked record (see `check_record`); the number
# is set on its own, left out when another enterprise has it.
RECORD_VALUES = tuple(name for name in PROPOSED_FIELDS if name != "enterprise_number")

# Why a proposal looks like an existing enterprise, for the moderators.
DUPLICATE_REASONS = {
    "number": gettext_lazy("the same enterprise number"),
    "name_postcode": gettext_lazy("the same name and postcode"),
}


@dataclass
class Proposal:
    draft: Enterprise
    enterprise_number: str | None  # as proposed; the draft omits a number in use
    duplicate: Enterprise | None
    duplicate_by: str  # a key of DUPLICATE_REASONS, "" if it matches nothing
    contact_name: str = ""
    contact_email: str = ""

    @property
    def duplicate_reason(self) -> str:
        return DUPLICATE_REASONS.get(self.duplicate_by, "")


def find_duplicate(record: dict, locale) -> tuple[Enterprise | None, str]:
    """An existing enterprise (any language, published or not) the record matches.

    Same enterprise number first, then same name (ignoring case) and postcode.
    A version in `locale` is preferred, then a published one.
    """
    lookups = []
    if record.get("enterprise_number"):
        lookups.append(("number", {"enterprise_number": record["enterprise_number"]}))
    lookups.append(
        (
            "name_postcode",
            {"name__iexact": record["name"], "postcode": record["postcode"]},
        )
    )
    for reason, condition in lookups:
        matches = Enterprise.objects.filter(**condition).select_related("locale")[:10]
        if matches:
            best = min(matches, key=lambda e: (e.locale_id != locale.pk, not e.live))
            return best, reason
    return None, ""


def unique_slug(name: str, locale) -> str:
    """A slug for `name` that no enterprise of `locale` uses yet."""
    base = slugify(name)[:200] or "enterprise"
    taken = set(
        Enterprise.objects.filter(locale=locale, slug__startswith=base).values_list(
            "slug", flat=True
        )
    )
    slug, number = base, 1
    while slug in taken:
        number += 1
        slug = f"{base}-{number}"
    return slug


@transaction.atomic
def create_proposal(form, locale) -> Proposal:
    """Save a valid ProposalForm as a draft enterprise in `locale`.

    Raises ValidationError if the model refuses it (the form has checked the rules).
    """
    record, data = form.record, form.cleaned_data
    duplicate, duplicate_by = find_duplicate(record, locale)
    number = record["enterprise_number"]
    number_in_use = bool(
        number
        and Enterprise.objects.filter(locale=locale, enterprise_number=number).exists()
    )
    draft = Enterprise(
        locale=locale,
        live=False,
        slug=unique_slug(record["name"], locale),
        enterprise_number=None if number_in_use else number,
        cooperative=data["cooperative"],
        nrc_accredited=data["nrc_accredited"],
        description=data["description"].strip(),
        possible_duplicate_of=duplicate,
        **{name: record[name] for name in RECORD_VALUES},
    )
    draft.sectors.set(data["sectors"])
    draft.labels.set(data["labels"])
    draft.full_clean()
    draft.save()
    ProposalContact.objects.create(
        enterprise=draft, name=data["contact_name"], email=data["contact_email"]
    )
    revision = draft.save_revision(clean=False)
    log(
        instance=draft, action="wagtail.create", revision=revision, content_changed=True
    )
    return Proposal(
        draft=draft,
        enterprise_number=number,
        duplicate=duplicate,
        duplicate_by=duplicate_by,
        contact_name=data["contact_name"],
        contact_email=data["contact_email"],
    )


def _admin_url(instance) -> str:
    path = AdminURLFinder().get_edit_url(instance)
    return f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{path}" if path else ""


def moderator_message(proposal: Proposal) -> EmailMultiAlternatives:
    """The e-mail to the moderators, in the site's main language.

    Visitor input is escaped in the HTML part and its angle brackets in the text
    part, so nothing a visitor typed arrives as live markup.
    """
    with translation.override(settings.LANGUAGE_CODE):
        draft = proposal.draft
        context = {
            "proposal": proposal,
            "draft": draft,
            "rows": _rows(proposal),
            "edit_url": _admin_url(draft),
            "duplicate_url": _admin_url(proposal.duplicate)
            if proposal.duplicate
            else "",
        }
        if proposal.duplicate:
            subject = _("MeMO guide: new proposal, possible duplicate")
        else:
            subject = _("MeMO guide: new proposal to moderate")
        text = render_to_string("directory/email/proposal_moderators.txt", context)
        html = render_to_string("directory/email/proposal_moderators.html", context)
    message = EmailMultiAlternatives(
        subject=subject,
        body=text,
        to=settings.MODERATORS_EMAIL,
        reply_to=[proposal.contact_email] if proposal.contact_email else None,
    )
    message.attach_alternative(html, "text/html")
    return message


def notify_moderators(proposal: Proposal) -> None:
    """Queue the moderators' e-mail; a mail failure is logged by the worker."""
    send_in_background(moderator_message(proposal))


def _rows(proposal: Proposal) -> list[tuple[str, str]]:
    draft = proposal.draft
    rows = [
        (_("Name"), draft.name),
        (
            _("Enterprise number"),
            format_enterprise_number(proposal.enterprise_number) or "",
        ),
        (_("Legal form"), draft.get_legal_form_display()),
        (_("Cooperative"), _("yes") if draft.cooperative else _("no")),
        (_("NRC accredited"), _("yes") if draft.nrc_accredited else _("no")),
        (_("Sectors"), ", ".join(sector.name for sector in draft.sectors.all())),
        (_("Labels"), ", ".join(label.name for label in draft.labels.all())),
        (_("Street and number"), draft.street),
        (_("Postcode"), draft.postcode),
        (_("Municipality"), draft.municipality),
        (_("Website"), draft.website),
        (_("E-mail"), draft.email),
        (_("Phone"), draft.phone),
        (_("Description"), draft.description),
        (_("Language"), draft.locale.get_display_name()),
        (_("Proposed by"), proposal.contact_name),
        (_("Their e-mail address"), proposal.contact_email),
    ]
    return [(str(label), value) for label, value in rows if value]
