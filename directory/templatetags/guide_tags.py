"""Template helpers of the MeMO guide: enterprise addresses and form fields."""

from django import forms, template

from directory.links import enterprise_path

register = template.Library()


@register.filter
def enterprise_url(enterprise, guide_url: str) -> str:
    """`{{ enterprise|enterprise_url:guide_url }}`: its page below the guide."""
    return enterprise_path(guide_url, enterprise)


@register.filter
def inert(value) -> str:
    """For plain-text e-mail: angle brackets as entities, so no markup can run."""
    return str(value).replace("<", "&lt;").replace(">", "&gt;")


@register.inclusion_tag("directory/includes/form_field.html")
def form_field(field):
    """A labelled field whose help text and error are tied to it (aria-describedby).

    A group of checkboxes becomes a fieldset whose legend is the field's label.
    """
    help_id = f"{field.auto_id}_help" if field.help_text else ""
    error_id = f"{field.auto_id}_error" if field.errors else ""
    described_by = " ".join(filter(None, (help_id, error_id)))
    widget = field.field.widget
    is_group = isinstance(widget, forms.CheckboxSelectMultiple)
    attrs = {}
    if described_by and not is_group:
        attrs["aria-describedby"] = described_by
    if field.errors and not is_group:
        attrs["aria-invalid"] = "true"
    return {
        "field": field,
        "help_id": help_id,
        "error_id": error_id,
        "described_by": described_by,
        "is_group": is_group,
        "is_checkbox": isinstance(widget, forms.CheckboxInput),
        "widget": "" if is_group else field.as_widget(attrs=attrs),
    }
