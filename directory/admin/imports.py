"""The CSV upload in the admin: the import command's check, report and all-or-nothing."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.permission_policies import ModelPermissionPolicy

from directory.exchange.columns import COLUMNS
from directory.exchange.importer import import_exchange_file
from directory.models import Enterprise

MAX_UPLOAD_BYTES = 50 * 1024 * 1024
enterprise_permissions = ModelPermissionPolicy(Enterprise)


def user_can_import(user) -> bool:
    """An import publishes what it writes, so it takes the right to publish too."""
    return enterprise_permissions.user_has_permission(
        user, "add"
    ) and enterprise_permissions.user_has_permission(user, "publish")


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_("UTF-8, comma-separated, with the header row: %(columns)s")
        % {"columns": ", ".join(COLUMNS)},
    )
    dry_run = forms.BooleanField(
        label=_("Dry run"),
        required=False,
        initial=True,
        help_text=_("Check the file and show what would change, without saving."),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(
                _("The file is larger than %(limit)s.")
                % {"limit": filesizeformat(MAX_UPLOAD_BYTES)}
            )
        return upload


class ImportView(WagtailAdminTemplateMixin, FormView):
    """Upload, check every row, then import all or nothing, as `import_enterprises`."""

    form_class = ImportForm
    template_name = "directory/admin/import.html"
    page_title = _("Import enterprises")
    header_icon = "upload"
    report = None

    def dispatch(self, request, *args, **kwargs):
        if not user_can_import(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse(Enterprise.snippet_viewset.get_url_name("list")),
                "label": Enterprise._meta.verbose_name_plural.capitalize(),
            },
            {"url": "", "label": self.page_title},
        ]

    def form_valid(self, form):
        upload = form.cleaned_data["file"]
        self.report = import_exchange_file(
            upload.read(), dry_run=form.cleaned_data["dry_run"]
        )
        if not self.report.is_valid:
            messages.error(
                self.request, _("Nothing was imported: the file has problems.")
            )
            return self.render_to_response(self.get_context_data(form=form), status=400)
        if self.report.dry_run:
            messages.info(self.request, self.report.summary())
        else:
            messages.success(self.request, self.report.summary())
        return self.render_to_response(self.get_context_data(form=form))

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            report=self.report,
            listing_url=reverse(Enterprise.snippet_viewset.get_url_name("list")),
            **kwargs,
        )
