"""`{% privacy_notice %}`: the line under a form that leads to the privacy statement."""

from django import template
from django.utils import translation
from wagtail.models import Page

register = template.Library()

# The statement's slugs, one per language (its addresses /nl/privacy/, /fr/vie-privee/).
PRIVACY_SLUGS = {"nl": "privacy", "fr": "vie-privee"}


def privacy_page(language: str):
    """The live privacy statement of `language`, or None."""
    slug = PRIVACY_SLUGS.get(language)
    if slug is None:
        return None
    return (
        Page.objects.live()
        .public()
        .filter(locale__language_code=language, slug=slug)
        .order_by("depth")
        .first()
    )


@register.inclusion_tag("includes/privacy_notice.html", takes_context=True)
def privacy_notice(context):
    statement = privacy_page(translation.get_language())
    url = statement.get_url(context.get("request")) if statement else None
    return {"privacy_url": url}
