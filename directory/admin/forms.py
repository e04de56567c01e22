"""The enterprise edit form: sectors and labels of the enterprise's own language.

Only moderators clear (or set) the possible-duplicate flag.
"""

from wagtail.admin.forms import WagtailAdminModelForm

from directory.admin.permissions import user_can_moderate
from directory.models import Label, Sector


class EnterpriseAdminForm(WagtailAdminModelForm):
    """Sectors and labels exist once per language; offer only the record's own."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        flag = self.fields.get("possible_duplicate_of")
        if flag and not (self.for_user and user_can_moderate(self.for_user)):
            flag.disabled = True
        locale_id = self.instance.locale_id
        if not locale_id:
            return
        for name, model in (("sectors", Sector), ("labels", Label)):
            if name in self.fields:
                self.fields[name].queryset = model.objects.filter(locale_id=locale_id)
