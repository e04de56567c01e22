"""An upload of the admin's CSV import, run by the task worker."""

from django.conf import settings
from django.core.cache import cache
from django.db import models
from django.utils.translation import gettext_lazy as _


class ImportJob(models.Model):
    """One CSV upload, queued for the task worker and reported back to the editor.

    An import of the whole guide takes longer than a web request may, so the admin
    stores the file here, a background task imports it, and the editor follows its
    progress and reads its report on the job's page. The file is dropped once done.
    """

    class Status(models.TextChoices):
        QUEUED = "queued", _("Waiting")
        RUNNING = "running", _("Running")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")

    created_at = models.DateTimeField(_("Uploaded at"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Uploaded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    file_name = models.CharField(_("File"), max_length=255)
    content = models.BinaryField(_("Content"), editable=False)
    dry_run = models.BooleanField(_("Dry run"), default=False)
    status = models.CharField(
        _("Status"), max_length=10, choices=Status.choices, default=Status.QUEUED
    )
    finished_at = models.DateTimeField(_("Finished at"), null=True, blank=True)
    summary = models.TextField(_("Summary"), blank=True)
    problems = models.JSONField(_("Problems"), default=list, blank=True)
    indexing_failed = models.BooleanField(default=False)

    class Meta:
        verbose_name = _("Import")
        verbose_name_plural = _("Imports")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.file_name

    @property
    def finished(self) -> bool:
        return self.status in {self.Status.DONE, self.Status.FAILED}

    @property
    def succeeded(self) -> bool:
        return self.status == self.Status.DONE and not self.problems

    # Progress changes inside the import's transaction, where no other process could
    # read it from this row; the shared cache carries it instead.
    @property
    def progress_key(self) -> str:
        return f"directory:import-job:{self.pk}:progress"

    def report_progress(self, step: str, done: int, total: int) -> None:
        cache.set(
            self.progress_key, {"step": step, "done": done, "total": total}, 60 * 60
        )

    @property
    def progress(self) -> dict | None:
        return None if self.finished else cache.get(self.progress_key)
