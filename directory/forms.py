"""The public proposal form of the guide, checked by the data rules.

See docs/contract.md#proposals.
"""

from django import forms
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from core.honeypot import honeypot_field, is_filled_in
from directory.models import Label, Sector
from directory.models.enterprise import PROPOSED_FIELDS
from directory.rules.legal_forms import LegalForm
from directory.rules.records import check_record, municipality_problem

# Form fields that are enterprise columns, checked by `check_record`.
RECORD_FIELDS = PROPOSED_FIELDS


class ProposalForm(forms.Form):
    """What a visitor tells about an enterprise, plus how moderators can reach them."""

    name = forms.CharField(label=_("Name of the enterprise"), max_length=200)
    enterprise_number = forms.CharField(
        label=_("Enterprise number"),
        required=False,
        max_length=20,
        help_text=_("KBO/BCE number, e.g. 0123.456.749. Leave empty if unknown."),
    )
    legal_form = forms.ChoiceField(
        label=_("Legal form"), choices=LegalForm.choices, initial=LegalForm.CV
    )
    cooperative = forms.BooleanField(label=_("It is a cooperative"), required=False)
    nrc_accredited = forms.BooleanField(
        label=_("It is accredited by the National Council for Cooperation (NRC/CNC)"),
        required=False,
    )
    sectors = forms.ModelMultipleChoiceField(
        label=_("Sectors"),
        queryset=Sector.objects.none(),
        to_field_name="slug",
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    labels = forms.ModelMultipleChoiceField(
        label=_("Labels"),
        queryset=Label.objects.none(),
        to_field_name="slug",
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    street = forms.CharField(
        label=_("Street and number"), max_length=200, required=False
    )
    postcode = forms.CharField(
        label=_("Postcode"),
        max_length=4,
        help_text=_("The guide covers Flanders and Brussels."),
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )
    municipality = forms.CharField(label=_("Municipality"), max_length=100)
    website = forms.CharField(
        label=_("Website"),
        max_length=300,
        required=False,
        help_text=_("Starting with https:// or http://"),
        widget=forms.URLInput,
    )
    email = forms.CharField(
        label=_("E-mail address of the enterprise"),
        max_length=254,
        required=False,
        widget=forms.EmailInput,
    )
    phone = forms.CharField(label=_("Phone"), max_length=40, required=False)
    description = forms.CharField(
        label=_("Description"),
        max_length=4000,
        required=False,
        help_text=_("What the enterprise does and why it belongs in the guide."),
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    contact_name = forms.CharField(label=_("Your name"), max_length=200, required=False)
    contact_email = forms.EmailField(
        label=_("Your e-mail address"),
        required=False,
        help_text=_(
            "Only for the moderators, if they have a question. Never published."
        ),
    )
    homepage = honeypot_field()

    def __init__(self, *args, locale, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["sectors"].queryset = Sector.objects.filter(locale=locale)
        self.fields["labels"].queryset = Label.objects.filter(locale=locale)
        self.record: dict = {}

    @property
    def is_trapped(self) -> bool:
        """True when the robots' trap was filled in."""
        return is_filled_in(self, "homepage")

    def clean(self):
        cleaned = super().clean()
        checked = check_record({name: cleaned.get(name) for name in RECORD_FIELDS})
        errors = dict(checked.errors)
        if "postcode" not in errors and "municipality" not in errors:
            problem = municipality_problem(
                checked.values["postcode"], checked.values["municipality"]
            )
            if problem:
                errors["municipality"] = problem
        for name, message in errors.items():
            if name in self.fields and name not in self.errors:
                self.add_error(name, capfirst(message))
        self.record = checked.values
        return cleaned
