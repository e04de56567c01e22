"""Limits on guessing page passwords and on password-reset mails, per client.

Wagtail's page and document password forms and the admin's password reset are
wrapped: a POST beyond the limit gets a 429 page in the visitor's language with
`Retry-After`, and the view (checking the password, sending the mail) does not run.
Password resets are limited per client and per e-mail address asked for.
"""

import hashlib
from functools import wraps

from wagtail.admin.views.account import PasswordResetView
from wagtail.documents.views.serve import (
    authenticate_with_password as document_password_view,
)
from wagtail.views import authenticate_with_password as page_password_view

from config.errors import standalone_error
from directory.views.rate_limit import RateLimit

PASSWORD_GUESSES = RateLimit("page-password", limit=10, window=15 * 60)
RESETS_PER_CLIENT = RateLimit("password-reset", limit=5, window=60 * 60)
RESETS_PER_ACCOUNT = RateLimit("password-reset-account", limit=3, window=60 * 60)


def _account(request) -> str:
    email = request.POST.get("email", "").strip().lower()
    return "email-" + hashlib.sha256(email.encode()).hexdigest()


def too_many_attempts(request, limit: RateLimit):
    response = standalone_error(request, "too_many_attempts.html", 429)
    response["Retry-After"] = str(limit.window)
    return response


def throttle_posts(view, per_client: RateLimit, per_account: RateLimit | None = None):
    """`view`, with each POST counted against the limits first."""

    @wraps(view)
    def throttled(request, *args, **kwargs):
        if request.method == "POST":
            if not per_client.acquire(request):
                return too_many_attempts(request, per_client)
            if per_account and not per_account.acquire(request, _account(request)):
                return too_many_attempts(request, per_account)
        return view(request, *args, **kwargs)

    return throttled


page_password = throttle_posts(page_password_view, PASSWORD_GUESSES)
document_password = throttle_posts(document_password_view, PASSWORD_GUESSES)
password_reset = throttle_posts(
    PasswordResetView.as_view(), RESETS_PER_CLIENT, RESETS_PER_ACCOUNT
)


# The length of the username column where django-axes records failed logins.
RECORDED_USERNAME_LENGTH = 255


def login_username(request, credentials) -> str | None:
    """The username django-axes records for a login attempt, cut to what it can
    store: Django's login form does not refuse an over-long username before
    checking it, and the record of that failure must not end in a database error."""
    source = credentials if credentials else getattr(request, "POST", {})
    username = source.get("username") if source else None
    return username[:RECORDED_USERNAME_LENGTH] if username else username
