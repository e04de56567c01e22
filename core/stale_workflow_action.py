"""A workflow action on work that is no longer in moderation changes nothing.

Two approvals of one page or enterprise can overlap: a double click, a retried
request, a tab left open, or two moderators at once on two server workers.
Wagtail checks that the work is in moderation when a request starts and acts on
it later. When the other approval finishes in between, Wagtail's edit view saves
the stale form over the object just published (back to draft, if it had never
been live) and then fails on the missing task with an AttributeError (a 500); its
workflow action view approves the finished task a second time (logged twice);
and an edit form sent after the approval is quietly saved as a new draft over
the version just published. The race is reported upstream in
wagtail/wagtail#14460 ("Fix workflow action race: guard concurrent POSTs and
lock submit buttons", not merged in Wagtail 8.0).

Here a workflow action runs in one transaction that first locks the object's
workflow state and checks again that the task acted on is still in progress.
A second approval waits for the first, then is refused with a message and
changes nothing.
"""

from django.db import transaction
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from wagtail.admin import messages
from wagtail.admin.utils import get_latest_str
from wagtail.admin.views.pages.edit import EditView
from wagtail.admin.views.pages.workflow import WorkflowActionView
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.models import Page, TaskState, WorkflowState

from core.stale_saves import StaleSaveRefusal

EDIT_TEMPLATE = "wagtailadmin/pages/edit.html"


def lock_task_in_progress(obj) -> TaskState | None:
    """The task `obj` awaits, its workflow locked until the transaction ends."""
    workflow_state = (
        WorkflowState.objects.for_instance(obj)
        .filter(status=WorkflowState.STATUS_IN_PROGRESS)
        .select_for_update()
        .first()
    )
    if workflow_state is None:
        return None
    task_state = workflow_state.current_task_state
    if task_state is None or task_state.status != TaskState.STATUS_IN_PROGRESS:
        return None
    return task_state


def say_no_longer_in_moderation(request, obj):
    message = _(
        "%(model_name)s '%(title)s' is no longer awaiting moderation: it was "
        "approved, rejected or withdrawn in the meantime. Nothing was changed."
    ) % {"model_name": obj._meta.verbose_name, "title": get_latest_str(obj)}
    messages.error(request, capfirst(message))


class StaleSafeWorkflowAction:
    """For the workflow action views (the dashboard's approve and its modal)."""

    def post(self, request, *args, **kwargs):
        with transaction.atomic():
            task_state = lock_task_in_progress(self.object)
            if task_state is None or task_state.pk != self.task_state.pk:
                say_no_longer_in_moderation(request, self.object)
                if request.headers.get("x-requested-with") == "XMLHttpRequest":
                    return self.render_modal_json(
                        request, {"step": "success", "redirect": self.redirect_url}
                    )
                return redirect(self.redirect_url)
            return super().post(request, *args, **kwargs)


class StaleSafeEditForm:
    """For the edit views, when the form asks for a workflow action."""

    def workflow_object(self):
        return self.object

    def post(self, request, *args, **kwargs):
        if not request.POST.get("action-workflow-action"):
            return super().post(request, *args, **kwargs)
        obj = self.workflow_object()
        with transaction.atomic():
            if lock_task_in_progress(obj) is None:
                say_no_longer_in_moderation(request, obj)
                return redirect(self.get_edit_url())
            return super().post(request, *args, **kwargs)


class PageEditView(StaleSaveRefusal, StaleSafeEditForm, EditView):
    def workflow_object(self):
        return self.real_page_record

    def get_template_names(self):
        names = super().get_template_names()
        return ["core/page_edit.html"] if names == [EDIT_TEMPLATE] else names

    def stale_object_name(self) -> str:
        return Page._meta.verbose_name

    def compare_url(self, older: str, newer: int) -> str:
        return reverse(
            "wagtailadmin_pages:revisions_compare", args=[self.page.pk, older, newer]
        )

    def form_valid(self, form):
        if self.newer_revision:
            self.refuse_stale_save()
            self.has_unsaved_changes = True
            return self.render_to_response(self.get_context_data())
        return super().form_valid(form)


class PageWorkflowActionView(StaleSafeWorkflowAction, WorkflowActionView):
    pass


class StaleSafePageViewSet(PageViewSet):
    """Every page type's admin views, with the two above in place of Wagtail's.

    The edit view also refuses a save over someone else's (see stale_saves).
    """

    model = Page
    edit_view_class = PageEditView
    workflow_action_view_class = PageWorkflowActionView
