"""List filters of the enterprise listing in the admin."""

import django_filters
from django import forms
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.widgets import BooleanRadioSelect
from wagtail.models import Locale

from directory.models import Enterprise, Label, Sector
from directory.rules.provinces import PROVINCE_CHOICES


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
        choices=[
            ("proposed", _("Proposals waiting")),
            ("duplicates", _("Possible duplicates")),
        ],
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
        if value == "proposed":
            return queryset.filter(proposal_contact__isnull=False, live=False)
        if value == "duplicates":
            return queryset.filter(possible_duplicate_of__isnull=False)
        return queryset
