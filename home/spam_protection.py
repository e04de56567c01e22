"""Spam protection for the contact form without any third-party service.

Two checks, both invisible to people:

- the site's honeypot (`core.honeypot`): a submission with it filled in is
  accepted in appearance (the bot sees the thank-you page, so it learns nothing)
  but neither stored nor mailed.
- a signed timestamp issued with the form: a submission sent less than
  `MINIMUM_SECONDS` after the form was shown (a script), or with a timestamp
  that is missing, forged or older than `MAXIMUM_SECONDS`, gets a clear error
  message and a fresh timestamp, so a person can simply send it again.

Each timestamp is bound to the visitor's session (signed with a random value kept
in it), so a token taken from one session is refused from any other, and single use:
the first accepted submission claims it in the shared cache, so a replay of the same
form (a bot, or a double click) is refused on every process of the site. Accepted
submissions are also limited per client address (`SUBMISSIONS_PER_HOUR`).
"""

import hashlib
import secrets
import time

from django import forms
from django.core import signing
from django.core.cache import cache
from django.core.exceptions import NON_FIELD_ERRORS
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.forms import BaseForm, FormBuilder

from core.honeypot import honeypot_field, is_filled_in
from directory.views.rate_limit import RateLimit

HONEYPOT_FIELD = "extra_info"
TIMESTAMP_FIELD = "form_issued"
MINIMUM_SECONDS = 3
MAXIMUM_SECONDS = 24 * 60 * 60
SALT = "home.contact-form.issued"
SESSION_KEY = "contact_form_binding"
SUBMISSIONS_PER_HOUR = RateLimit("contact-form", limit=5, window=60 * 60)


def _signer(session) -> signing.Signer:
    """Signs for this session only: its random binding value, created on first use."""
    binding = session.setdefault(SESSION_KEY, secrets.token_urlsafe(16))
    return signing.Signer(salt=f"{SALT}:{binding}")


def issue_timestamp(session, now: float | None = None) -> str:
    """A signed token recording when the form was shown, unique to this showing."""
    issued = int(now if now is not None else time.time())
    return _signer(session).sign(f"{issued}.{secrets.token_urlsafe(9)}")


def seconds_since_issued(token: str, session) -> float | None:
    """Age of a token in seconds, or None if it is missing, forged or not this session's."""
    try:
        issued = int(_signer(session).unsign(token).split(".", 1)[0])
    except (signing.BadSignature, ValueError):
        return None
    return time.time() - issued


def claim(token: str) -> bool:
    """True the first time a token is claimed, False for every later claim."""
    digest = hashlib.sha256(token.encode()).hexdigest()
    return cache.add(f"form-token:{digest}", 1, MAXIMUM_SECONDS)


class SpamProtectedForm(BaseForm):
    """Base class of the contact form: adds the honeypot and timestamp fields.

    Takes the visitor's `request` (session and client address). After validation,
    `is_spam` says whether a bot filled in the honeypot and `is_rate_limited` whether
    the client sent too many; the two protection fields are removed from
    `cleaned_data` so they are never stored or mailed.
    """

    def __init__(self, *args, request, **kwargs):
        super().__init__(*args, **kwargs)
        self.request = request
        self.is_spam = False
        self.fields[HONEYPOT_FIELD] = honeypot_field()
        self.fields[TIMESTAMP_FIELD] = forms.CharField(
            required=False,
            initial=lambda: issue_timestamp(request.session),
            widget=forms.HiddenInput,
        )

    @property
    def honeypot(self):
        return self[HONEYPOT_FIELD]

    @property
    def is_rate_limited(self) -> bool:
        return self.has_error(NON_FIELD_ERRORS, "rate_limited")

    def visible_fields(self):
        return [
            field for field in super().visible_fields() if field.name != HONEYPOT_FIELD
        ]

    def clean(self):
        cleaned_data = super().clean()
        self.is_spam = is_filled_in(self, HONEYPOT_FIELD)
        cleaned_data.pop(HONEYPOT_FIELD, None)
        token = cleaned_data.pop(TIMESTAMP_FIELD, "")
        age = seconds_since_issued(token, self.request.session)
        if self.is_spam:
            return cleaned_data
        if age is None or age > MAXIMUM_SECONDS:
            self._renew_timestamp()
            raise forms.ValidationError(
                _(
                    "This form has expired. Please check your message and send it again."
                ),
                code="expired",
            )
        if age < MINIMUM_SECONDS:
            raise forms.ValidationError(
                _(
                    "The form was sent very quickly after it was opened. "
                    "Please check your message and send it again."
                ),
                code="too_fast",
            )
        if self.errors:
            return cleaned_data
        if not SUBMISSIONS_PER_HOUR.acquire(self.request):
            raise forms.ValidationError(
                _(
                    "You have sent several messages in a short time. Please wait "
                    "an hour before you send another one."
                ),
                code="rate_limited",
            )
        if not claim(token):
            SUBMISSIONS_PER_HOUR.release(self.request)
            self._renew_timestamp()
            raise forms.ValidationError(
                _(
                    "This form was already sent. To send another message, "
                    "please check it and send it again."
                ),
                code="already_sent",
            )
        return cleaned_data

    def _renew_timestamp(self):
        self.data = self.data.copy()
        self.data[self.add_prefix(TIMESTAMP_FIELD)] = issue_timestamp(
            self.request.session
        )


class SpamProtectedFormBuilder(FormBuilder):
    """Wagtail's form builder, building on `SpamProtectedForm`."""

    def get_form_class(self):
        return type("ContactForm", (SpamProtectedForm,), self.formfields)
