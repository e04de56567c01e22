"""The CSV upload in the admin: queued as a background job, followed on its own page.

The job runs the import command's check, report and all-or-nothing in the task
worker, so an import of the whole guide is not bound by a web request's timeout.
"""

from django import forms
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView, TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.permission_policies import ModelPermissionPolicy

from directory.exchange.columns import COLUMNS
from directory.models import Enterprise
from directory.models.import_job import ImportJob
from directory.tasks import run_import_job

MAX_UPLOAD_BYTES = 50 * 1024 * 1024
RECENT_JOBS = 10
# While a job runs, its page reloads itself this often (seconds).
REFRESH_SECONDS = 2
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


class ImportAccessMixin(WagtailAdminTemplateMixin):
    header_icon = "upload"

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
            *self.trail(),
        ]

    def trail(self) -> list[dict]:
        return [{"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            listing_url=reverse(Enterprise.snippet_viewset.get_url_name("list")),
            **kwargs,
        )


class ImportView(ImportAccessMixin, FormView):
    """Upload a file: it is stored as a job and imported in the background."""

    form_class = ImportForm
    template_name = "directory/admin/import.html"
    page_title = _("Import enterprises")

    def form_valid(self, form):
        upload = form.cleaned_data["file"]
        job = ImportJob.objects.create(
            created_by=self.request.user,
            file_name=upload.name[:255],
            content=upload.read(),
            dry_run=form.cleaned_data["dry_run"],
        )
        run_import_job.enqueue(job.pk, get_language())
        return redirect("directory_import_job", job.pk)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            recent_jobs=ImportJob.objects.select_related("created_by")[:RECENT_JOBS],
            **kwargs,
        )


class ImportJobView(ImportAccessMixin, TemplateView):
    """How far an import is, and its report once it is done."""

    template_name = "directory/admin/import_job.html"
    page_title = _("Import")

    def get_page_subtitle(self):
        return self.job.file_name

    def trail(self) -> list[dict]:
        return [
            {"url": reverse("directory_import_enterprises"), "label": _("Import")},
            {"url": "", "label": self.job.file_name},
        ]

    def dispatch(self, request, *args, **kwargs):
        self.job = get_object_or_404(
            ImportJob.objects.defer("content"), pk=kwargs["pk"]
        )
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            job=self.job,
            refresh_seconds=None if self.job.finished else REFRESH_SECONDS,
            import_url=reverse("directory_import_enterprises"),
            **kwargs,
        )
