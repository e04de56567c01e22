"""The enterprise edit form: proposals and duplicates first, no lost updates.

A proposal that looks like an existing enterprise says so at the top of the form,
with a link to the original and to the merge; it cannot be published until a
moderator clears the flag. Moderators see who proposed it.

No save silently overwrites someone else's (see core.stale_saves).
"""

from django.shortcuts import redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin import messages
from wagtail.admin.widgets import Button
from wagtail.snippets.views.snippets import EditView, WorkflowActionView

from core.stale_saves import StaleSaveRefusal
from core.stale_workflow_action import StaleSafeEditForm, StaleSafeWorkflowAction
from directory.admin.listing import sync_url, synced_sources
from directory.admin.permissions import user_can_moderate
from directory.models import Enterprise, ProposalContact


def proposal_context(enterprise, user) -> dict:
    """What the top of the form says about a proposal and its possible original."""
    context = {}
    original = enterprise.possible_duplicate_of
    if original:
        context["possible_original"] = original
        context["possible_original_url"] = reverse(
            Enterprise.snippet_viewset.get_url_name("edit"), args=[original.pk]
        )
        if user_can_moderate(user):
            context["merge_url"] = reverse(
                "directory_merge_proposal", args=[enterprise.pk]
            )
    if user_can_moderate(user):
        context["proposal_contact"] = ProposalContact.objects.filter(
            enterprise__translation_key=enterprise.translation_key
        ).first()
    return context


APPROVE_ACTIONS = ("approve", "approve-with-comment")
FLAGGED_MESSAGE = gettext_lazy(
    "This may be a duplicate: merge it into the original or clear "
    "this field before publishing."
)


class EnterpriseWorkflowActionView(StaleSafeWorkflowAction, WorkflowActionView):
    """Approving from outside the form (the dashboard) is refused while flagged."""

    def dispatch(self, request, *args, **kwargs):
        flagged = self.object.get_latest_revision_as_object().possible_duplicate_of_id
        if self.action_name in APPROVE_ACTIONS and flagged:
            messages.error(request, str(FLAGGED_MESSAGE))
            edit_url = reverse(
                Enterprise.snippet_viewset.get_url_name("edit"), args=[self.object.pk]
            )
            if request.headers.get("x-requested-with") == "XMLHttpRequest":
                return self.render_modal_json(
                    request, {"step": "success", "redirect": edit_url}
                )
            return redirect(edit_url)
        return super().dispatch(request, *args, **kwargs)


class EnterpriseEditView(StaleSaveRefusal, StaleSafeEditForm, EditView):
    def compare_url(self, older: str, newer: int) -> str:
        return reverse(
            self.revisions_compare_url_name, args=[self.object.pk, older, newer]
        )

    def is_valid(self, form):
        if self.newer_revision:
            self.produced_error_code = "invalid_revision"
            return False
        if not super().is_valid(form):
            return False
        if self.publishes and form.cleaned_data.get("possible_duplicate_of"):
            form.add_error("possible_duplicate_of", FLAGGED_MESSAGE)
            self.produced_error_code = "validation_error"
            self.produced_error_message = self.get_error_message()
            return False
        return True

    @property
    def publishes(self) -> bool:
        """Whether this POST would publish (directly or by approving the workflow)."""
        if self.action == "publish":
            return True
        return (
            self.action == "workflow-action"
            and self.request.POST.get("workflow-action-name") in APPROVE_ACTIONS
        )

    def form_invalid(self, form):
        if self.newer_revision:
            self.produced_error_message = None
            self.refuse_stale_save()
        return super().form_invalid(form)

    @cached_property
    def header_more_buttons(self):
        """Sync translations, as in the listing, for the version they come from."""
        buttons = super().header_more_buttons
        if self.request.user.has_perm("wagtail_localize.submit_translation"):
            key = self.object.translation_key
            sources = synced_sources([key], locale_id=self.object.locale_id)
            if url := sync_url(sources.get(key)):
                buttons.append(
                    Button(
                        _("Sync translations"),
                        url=url,
                        icon_name="resubmit",
                        priority=60,
                    )
                )
        return buttons

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(proposal_context(self.object, self.request.user))
        return context
