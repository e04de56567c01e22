"""Helpers of the owners' tests: their addresses, the links in their e-mails and
the admin's approval of an owner's change."""

import re

from django.core import mail
from django.urls import reverse
from wagtail.models import WorkflowState

OWNER_WORDS = {"nl": "bijwerken", "fr": "mettre-a-jour"}
GUIDES = {"nl": "/nl/memo-gids/", "fr": "/fr/guide-memo/"}


def owner_path(enterprise, language=None) -> str:
    language = language or enterprise.locale.language_code
    return f"{GUIDES[language]}{enterprise.slug}/{OWNER_WORDS[language]}/"


def links_in(message) -> list[str]:
    """The site's addresses in an e-mail, as paths."""
    return re.findall(r"http://testserver(/\S+/)", message.body)


def mailed_link(to: str) -> str:
    """The first link of the last e-mail to `to`."""
    messages = [m for m in mail.outbox if to in m.to]
    assert messages, f"no e-mail to {to}"
    return links_in(messages[-1])[0]


def decide(client, moderator, enterprise, action: str, comment: str = ""):
    """A moderator approves or rejects the enterprise's change in the admin."""
    state = WorkflowState.objects.get(
        object_id=str(enterprise.pk), status=WorkflowState.STATUS_IN_PROGRESS
    )
    client.force_login(moderator)
    response = client.post(
        reverse(
            "wagtailsnippets_directory_enterprise:workflow_action",
            args=[enterprise.pk, action, state.current_task_state.pk],
        ),
        {"comment": comment},
    )
    client.logout()
    assert response.status_code in (200, 302), response.status_code
    return response
