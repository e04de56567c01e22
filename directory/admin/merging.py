"""Merging a proposal into the enterprise it duplicates.

The moderator keeps the original, ticks the proposal's values to take over, and
the proposal goes away in every language. The original gets the values as a new
draft revision, so publishing it stays a moderator's deliberate step.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import log

from directory.admin.permissions import user_can_moderate
from directory.models import Enterprise
from directory.models.enterprise import SHARED_FIELDS

# What a proposal can bring to its original: the shared fields the proposal form
# asks for, and the description.
NOT_PROPOSED = ("slug", "province", "latitude", "longitude", "logo")
MERGEABLE_FIELDS = (
    *(name for name in SHARED_FIELDS if name not in NOT_PROPOSED),
    "description",
)
MERGEABLE_RELATIONS = ("sectors", "labels")


def _shown(enterprise, name) -> str:
    if name in MERGEABLE_RELATIONS:
        return ", ".join(str(term) for term in getattr(enterprise, name).all())
    field = enterprise._meta.get_field(name)
    if field.choices:
        return getattr(enterprise, f"get_{name}_display")()
    value = getattr(enterprise, name)
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    return "" if value is None else str(value)


def _terms(enterprise, name) -> set:
    return {term.translation_key for term in getattr(enterprise, name).all()}


def differences(original, proposal) -> list[tuple[str, str, str, str]]:
    """(field, label, original's value, proposal's value) where they differ."""
    rows = []
    for name in (*MERGEABLE_FIELDS, *MERGEABLE_RELATIONS):
        if name in MERGEABLE_RELATIONS:
            differs = _terms(original, name) != _terms(proposal, name)
        else:
            differs = getattr(original, name) != getattr(proposal, name)
        if differs:
            label = Enterprise._meta.get_field(name).verbose_name
            rows.append(
                (
                    name,
                    str(label).capitalize(),
                    _shown(original, name),
                    _shown(proposal, name),
                )
            )
    return rows


def merge(original, proposal, names, user) -> Enterprise:
    """Take `names` from the proposal into a new draft revision of the original.

    Raises ValidationError when the result breaks a rule. Deletes the proposal in
    every language.
    """
    target = original.get_latest_revision_as_object()
    for name in names:
        if name in MERGEABLE_RELATIONS:
            model = Enterprise._meta.get_field(name).related_model
            keys = _terms(proposal, name)
            getattr(target, name).set(
                model.objects.filter(translation_key__in=keys, locale=target.locale_id)
            )
        else:
            setattr(target, name, getattr(proposal, name))
    with transaction.atomic():
        target.possible_duplicate_of = None
        revision = target.save_revision(user=user)
        log(instance=target, action="wagtail.edit", user=user, revision=revision)
        log(instance=proposal, action="wagtail.delete", user=user)
        proposal.delete()
    return target


class MergeForm(forms.Form):
    fields_to_take = forms.MultipleChoiceField(
        label=gettext_lazy("Take from the proposal"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, rows, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["fields_to_take"].choices = [(row[0], row[1]) for row in rows]


class MergeProposalView(WagtailAdminTemplateMixin, FormView):
    """The original's and the proposal's differing values side by side."""

    form_class = MergeForm
    template_name = "directory/admin/merge_proposal.html"
    page_title = gettext_lazy("Merge a proposal")
    header_icon = "group"

    def dispatch(self, request, pk):
        if not user_can_moderate(request.user):
            raise PermissionDenied
        self.proposal = get_object_or_404(
            Enterprise, pk=pk, possible_duplicate_of__isnull=False
        )
        flagged = self.proposal.possible_duplicate_of
        self.original = (
            Enterprise.objects.filter(
                translation_key=flagged.translation_key,
                locale_id=self.proposal.locale_id,
            ).first()
            or flagged
        ).get_latest_revision_as_object()
        self.rows = differences(self.original, self.proposal)
        return super().dispatch(request, pk)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "rows": self.rows}

    def form_valid(self, form):
        try:
            merged = merge(
                self.original,
                self.proposal,
                form.cleaned_data["fields_to_take"],
                self.request.user,
            )
        except ValidationError as error:
            for message in error.messages:
                form.add_error(None, message)
            return self.form_invalid(form)
        messages.success(
            self.request,
            _(
                "The proposal is merged into %(name)s and removed. The values you "
                "chose are in a new draft: review and publish it."
            )
            % {"name": merged.name},
        )
        return redirect(Enterprise.snippet_viewset.get_url_name("edit"), merged.pk)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            proposal=self.proposal,
            original=self.original,
            rows=self.rows,
            proposal_url=reverse(
                Enterprise.snippet_viewset.get_url_name("edit"), args=[self.proposal.pk]
            ),
            **kwargs,
        )
