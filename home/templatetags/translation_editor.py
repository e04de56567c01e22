"""What the translation editor offers an editor who may not publish."""

from django import template

from home.translation_moderation import SUBMIT_ACTION, can_submit

register = template.Library()


@register.simple_tag(takes_context=True)
def moderation_submission(context, instance):
    """The form action to submit `instance` for moderation, or None."""
    if can_submit(context["request"].user, instance):
        return SUBMIT_ACTION
    return None
