"""What the translation editor offers an editor who may not publish."""

from django import template

from home.translation_moderation import SUBMIT_ACTION, moderated_for

register = template.Library()


@register.simple_tag(takes_context=True)
def moderation_footer(context, instance) -> dict | None:
    """For an editor who finishes through moderation: the action to submit
    `instance`, or None while it awaits moderation. None for everyone else."""
    if not moderated_for(context["request"].user, instance):
        return None
    return {"action": None if instance.workflow_in_progress else SUBMIT_ACTION}
