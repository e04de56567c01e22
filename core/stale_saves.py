"""No save silently overwrites someone else's, on pages and enterprises alike.

Wagtail refuses an autosave over a newer revision, but a plain save or publish
of a form opened before someone else saved replaces their work without a word
(and publishing an enterprise copies it to the other languages). Such a save is
refused with a link that compares the two versions; saving again confirms, for
that newer revision only.
"""

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from wagtail.admin import messages

CONFIRM_FIELD = "overwrite_newer_revision_id"
# Wagtail sends the revision a form was opened on, but nothing when there was none
# yet (imported enterprises, pages made by code), so the form says so itself.
OPENED_WITHOUT_REVISION = "opened_without_revision"


class StaleSaveRefusal:
    """For an edit view of Wagtail's (its `latest_revision` and `is_out_of_date`).

    The view refuses the save when `newer_revision` is set, calling
    `refuse_stale_save`; its template includes "core/stale_save_inputs.html".
    """

    def stale_object_name(self) -> str:
        return self.object._meta.verbose_name

    def compare_url(self, older: str, newer: int) -> str:
        raise NotImplementedError

    @cached_property
    def newer_revision(self):
        """The revision someone else saved since this form was opened, unless
        confirmed. One's own (an autosave of this very form among them) is no
        one else's work."""
        if self.request.method != "POST" or self.expects_json_response:
            return None
        if not self.latest_revision:
            return None
        if self.latest_revision.user_id == self.request.user.pk:
            return None
        opened_without_revision = self.request.POST.get(
            OPENED_WITHOUT_REVISION
        ) and not self.request.POST.get("overwrite_revision_id")
        if not (opened_without_revision or self.is_out_of_date):
            return None
        if self.request.POST.get(CONFIRM_FIELD) == str(self.latest_revision.pk):
            return None
        return self.latest_revision

    def refuse_stale_save(self) -> None:
        loaded = self.request.POST.get("loaded_revision_id", "")
        older = loaded if loaded.isdigit() else "earliest"
        messages.error(
            self.request,
            self.stale_message(),
            buttons=[
                messages.button(
                    self.compare_url(older, self.newer_revision.pk),
                    _("Compare versions"),
                )
            ],
        )

    def stale_message(self) -> str:
        revision = self.newer_revision
        user = revision.user
        return _(
            "%(user)s saved this %(model_name)s on %(when)s, after you opened it. "
            "Your changes are not saved: saving them would overwrite theirs. "
            "Compare the versions, then save again to keep yours."
        ) % {
            "user": (user.get_full_name() or user.get_username())
            if user
            else _("Someone"),
            "model_name": self.stale_object_name(),
            "when": date_format(
                timezone.localtime(revision.created_at), "SHORT_DATETIME_FORMAT"
            ),
        }

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["opened_without_revision_field"] = OPENED_WITHOUT_REVISION
        if self.newer_revision:
            context["confirm_field"] = CONFIRM_FIELD
            context["newer_revision_id"] = self.newer_revision.pk
        return context
