"""What the translation editor offers an editor who may not publish, and the
links its status panel needs while a snippet awaits moderation."""

from django import template
from django.contrib.admin.utils import quote
from django.urls import reverse
from wagtail.admin.ui.side_panels import StatusSidePanel
from wagtail.models import RevisionMixin, WorkflowMixin

from home.translation_moderation import SUBMIT_ACTION, moderated_for

register = template.Library()


@register.simple_tag(takes_context=True)
def moderation_footer(context, instance) -> dict | None:
    """For an editor who finishes through moderation: the action to submit
    `instance`, or None while it awaits moderation. None for everyone else."""
    if not moderated_for(context["request"].user, instance):
        return None
    return {"action": None if instance.workflow_in_progress else SUBMIT_ACTION}


class SnippetTranslationStatusPanel(StatusSidePanel):
    """wagtail-localize's status panel of a snippet, with the links its workflow
    status shows (compare revisions, workflow history). Without them the
    translation editor of a snippet in moderation fails to render."""

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        viewset = self.object.snippet_viewset
        if isinstance(self.object, RevisionMixin):
            context["revisions_compare_url_name"] = viewset.get_url_name(
                "revisions_compare"
            )
        if isinstance(self.object, WorkflowMixin):
            context["workflow_history_url"] = reverse(
                viewset.get_url_name("workflow_history"), args=[quote(self.object.pk)]
            )
        return context


@register.simple_tag
def snippet_status_panels(side_panels):
    """`side_panels` with a snippet's plain status panel given its workflow links."""
    for panel in side_panels or ():
        if type(panel) is StatusSidePanel and hasattr(panel.object, "snippet_viewset"):
            panel.__class__ = SnippetTranslationStatusPanel
    return side_panels
