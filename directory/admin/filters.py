"""List filters of the enterprise listing in the admin."""

from typing import NamedTuple

import django_filters
from django import forms
from django.db.models import Q
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.widgets import BooleanRadioSelect
from wagtail.models import Locale

from directory.models import Enterprise, Label, Sector
from directory.rules.provinces import PROVINCE_CHOICES


class ProposalQueue(NamedTuple):
    label: str
    condition: Q


# The moderators' queues: visitors' proposals not yet published (the proposal form
# keeps their proposer), and enterprises flagged as a possible duplicate.
PROPOSAL_QUEUES = {
    "proposed": ProposalQueue(
        _("Proposals waiting"), Q(proposal_contact__isnull=False, live=False)
    ),
    "duplicates": ProposalQueue(
        _("Possible duplicates"), Q(possible_duplicate_of__isnull=False)
    ),
}


def _terms_in_editor_language(model):
    """Slug choices named in the editor's language; the slug is the same in all."""

    def choices():
        return list(
            model.objects.filter(locale=Locale.get_active()).values_list("slug", "name")
        )

    return choices


class EnterpriseFilterSet(WagtailFilterSet):
    """Sector, province, label, cooperative, NRC, status, proposals (and locale)."""

    sectors = django_filters.MultipleChoiceFilter(
        label=capfirst(_("sector")),
        field_name="sectors__slug",
        choices=_terms_in_editor_language(Sector),
        widget=forms.CheckboxSelectMultiple,
        distinct=True,
    )
    province = django_filters.ChoiceFilter(
        label=capfirst(_("province")),
        choices=PROVINCE_CHOICES,
        widget=forms.RadioSelect,
        empty_label=_("All"),
    )
    labels = django_filters.MultipleChoiceFilter(
        label=capfirst(_("label")),
        field_name="labels__slug",
        choices=_terms_in_editor_language(Label),
        widget=forms.CheckboxSelectMultiple,
        distinct=True,
    )
    cooperative = django_filters.BooleanFilter(
        label=capfirst(_("cooperative")), widget=BooleanRadioSelect
    )
    nrc_accredited = django_filters.BooleanFilter(
        label=capfirst(_("NRC accredited")), widget=BooleanRadioSelect
    )
    live = django_filters.BooleanFilter(
        label=capfirst(_("published")), widget=BooleanRadioSelect
    )
    proposals = django_filters.ChoiceFilter(
        label=_("Proposals"),
        choices=[(value, queue.label) for value, queue in PROPOSAL_QUEUES.items()],
        method="filter_proposals",
        widget=forms.RadioSelect,
        empty_label=_("All"),
    )

    class Meta:
        model = Enterprise
        fields = [
            "sectors",
            "province",
            "labels",
            "cooperative",
            "nrc_accredited",
            "live",
            "proposals",
        ]

    def filter_proposals(self, queryset, name, value):
        """The moderators' queue: unpublished proposals, or flagged duplicates."""
        if value in PROPOSAL_QUEUES:
            return queryset.filter(PROPOSAL_QUEUES[value].condition)
        return queryset
