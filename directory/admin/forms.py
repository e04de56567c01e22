"""The enterprise edit form: sectors and labels of the enterprise's own language.

Only moderators clear (or set) the possible-duplicate flag. The enterprise number
is typed the way it is written ("BE 0403.170.701") and kept as its ten digits.
"""

from django import forms
from django.core.validators import MaxLengthValidator
from wagtail.admin.forms import WagtailAdminModelForm

from directory.admin.permissions import user_can_moderate
from directory.models import Label, Sector
from directory.rules.enterprise_number import (
    EnterpriseNumberError,
    format_enterprise_number,
    normalise_enterprise_number,
)

# "BE 0403.170.701" and the like: the digits with a prefix and separators.
TYPED_NUMBER_LENGTH = 20


class EnterpriseAdminForm(WagtailAdminModelForm):
    """Sectors and labels exist once per language; offer only the record's own."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        number = self.fields.get("enterprise_number")
        if number:
            number.max_length = TYPED_NUMBER_LENGTH
            number.widget.attrs["maxlength"] = str(TYPED_NUMBER_LENGTH)
            number.validators = [
                v for v in number.validators if not isinstance(v, MaxLengthValidator)
            ]
            if self.instance.enterprise_number and not self.is_bound:
                self.initial["enterprise_number"] = format_enterprise_number(
                    self.instance.enterprise_number
                )
        flag = self.fields.get("possible_duplicate_of")
        if flag and not (self.for_user and user_can_moderate(self.for_user)):
            flag.disabled = True
        locale_id = self.instance.locale_id
        if not locale_id:
            return
        for name, model in (("sectors", Sector), ("labels", Label)):
            if name in self.fields:
                self.fields[name].queryset = model.objects.filter(locale_id=locale_id)

    def clean_enterprise_number(self):
        try:
            return normalise_enterprise_number(self.cleaned_data["enterprise_number"])
        except EnterpriseNumberError as error:
            raise forms.ValidationError(str(error)) from error
