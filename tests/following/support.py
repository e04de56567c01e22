"""Helpers of the follow tests: the follow page's addresses, a confirmed
subscription, and the links an e-mail carries."""

import datetime
import re

from django.utils import timezone

from following.models import Subscription

FOLLOW_PATHS = {"nl": "/nl/memo-gids/volgen/", "fr": "/fr/guide-memo/suivre/"}
CONFIRM_PATHS = {"nl": "/nl/volgen/bevestigen/", "fr": "/fr/suivre/confirmer/"}
UNSUBSCRIBE_PATHS = {"nl": "/nl/volgen/uitschrijven/", "fr": "/fr/suivre/desabonner/"}


def confirmed(*, kind="guide", search="", language="nl", days_ago=7, **fields):
    """A subscription confirmed `days_ago` days ago, never sent a digest."""
    return Subscription.objects.create(
        email=fields.pop("email", f"lid-{kind}-{language}@example.org"),
        kind=kind,
        search=search,
        language=language,
        confirmed_at=timezone.now() - datetime.timedelta(days=days_ago),
        **fields,
    )


def link(message, path_start: str) -> str:
    """The path of the first link in the e-mail's text that starts with `path_start`."""
    found = re.search(rf"http://testserver({re.escape(path_start)}\S+)", message.body)
    assert found, message.body
    return found.group(1)
