"""The robots' trap of the public forms: the contact form and the guide's proposal form.

A text field that people never see (the templates hide it from sight and from
assistive technology) and so leave empty. A form sent with the trap filled in is
answered exactly as an accepted one, so that a robot learns nothing, but nothing is
stored or sent.
"""

from django import forms
from django.utils.translation import gettext_lazy as _


def honeypot_field() -> forms.CharField:
    """The trap, to be hidden by the template."""
    return forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )


def is_filled_in(form: forms.Form, name: str) -> bool:
    """True when the trap `name` of the bound `form` was filled in."""
    return bool(form.data.get(form.add_prefix(name), "").strip())
