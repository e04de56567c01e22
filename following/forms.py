"""The follow form: an e-mail address and what to follow, with the robots' trap."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.honeypot import honeypot_field, is_filled_in
from following.models import Subscription


class FollowForm(forms.Form):
    """What a visitor follows; `search` carries the guide's query string along."""

    kind = forms.ChoiceField(
        label=_("What do you want to follow?"),
        choices=[
            (Subscription.Kind.GUIDE, _("This search in the guide")),
            (Subscription.Kind.AGENDA, _("The agenda (events)")),
        ],
        widget=forms.RadioSelect,
        initial=Subscription.Kind.GUIDE,
    )
    email = forms.EmailField(
        label=_("Your e-mail address"),
        max_length=254,
        help_text=_(
            "We keep only this address, and only to send you the weekly e-mail."
        ),
    )
    search = forms.CharField(required=False, max_length=2000, widget=forms.HiddenInput)
    homepage = honeypot_field()

    @property
    def is_trapped(self) -> bool:
        """True when the robots' trap was filled in."""
        return is_filled_in(self, "homepage")
