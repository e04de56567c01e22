"""A moderator who approves again (a double click, a retried request, a stale tab,
or a second moderator at the same moment) is told the work is no longer in
moderation; nothing breaks, nothing is saved over the published version and
nothing is approved or published twice.

Tried on PostgreSQL, for a page and an enterprise, from the dashboard's approve
action (with and without its modal) and from the edit form's:

- one approval after the other: Wagtail's action view already refuses the second
  with a message; its edit form silently saved the second as a new draft
  ("Live + draft" over the page just published);
- the first approval finishing after the second request loaded the work: the
  edit form saved the stale form over the published object, back to draft for
  one never live before, and answered 500 when it then found no task (upstream
  wagtail/wagtail#14460); the action view approved the finished task again;
- two requests at once on two database connections (test_concurrent_approve):
  without a lock the second also approved and failed with a 500.
"""

import pytest
from django.urls import reverse
from wagtail.admin.views.generic.workflow import WorkflowAction
from wagtail.models import ModelLogEntry, PageLogEntry

from directory.models import Enterprise
from home.models import ContentPage
from tests.directory.admin_forms import form_data
from tests.directory.factories import EnterpriseFactory
from tests.editorial.moderation import (
    approved_after_checking,
    approved_after_loading,
    moderator,
    page_approval,
    submitted,
)

pytestmark = pytest.mark.django_db

ENTERPRISE_EDIT = "wagtailsnippets_directory_enterprise:edit"
ENTERPRISE_ACTION = "wagtailsnippets_directory_enterprise:workflow_action"


@pytest.fixture
def page(home_nl):
    """A new page, never published, submitted for moderation."""
    page = home_nl.add_child(
        instance=ContentPage(title="Over ons", slug="over-ons", live=False)
    )
    submitted(page)
    return page


@pytest.fixture
def enterprise(locale_nl, locale_fr):
    """A new enterprise, never published, submitted for moderation."""
    enterprise = EnterpriseFactory(name="Dubbel Goedgekeurd")
    Enterprise.objects.filter(pk=enterprise.pk).update(live=False)
    enterprise.refresh_from_db()
    submitted(enterprise)
    return enterprise


def page_actions(page, action):
    return PageLogEntry.objects.filter(page=page, action=action).count()


def enterprise_actions(enterprise, action):
    return ModelLogEntry.objects.for_instance(enterprise).filter(action=action).count()


def messages_of(response):
    return [str(m) for m in response.wsgi_request._messages]


def says_no_longer_in_moderation(response):
    """In the moderator's language, Dutch by default."""
    return any("wacht niet meer op goedkeuring" in m for m in messages_of(response))


# live, with unpublished changes, approvals logged, publications logged
APPROVED_ONCE = (True, False, 1, 1)


def approval_state(page):
    page.refresh_from_db()
    return (
        page.live,
        page.has_unpublished_changes,
        page_actions(page, "wagtail.workflow.approve"),
        page_actions(page, "wagtail.publish"),
    )


def test_approving_a_page_twice_from_the_dashboard(page):
    client = moderator()
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[page.pk, "approve", page.current_workflow_task_state.pk],
    )
    first = client.post(url, {"comment": ""})
    second = client.post(url, {"comment": ""})
    assert (first.status_code, second.status_code) == (302, 302)
    assert messages_of(second), "the second approval says why nothing happened"
    from_the_modal = client.post(
        url, {"comment": ""}, headers={"x-requested-with": "XMLHttpRequest"}
    )
    assert from_the_modal.status_code < 500
    assert client.get(url).status_code < 500
    assert approval_state(page) == APPROVED_ONCE


def test_approving_a_page_twice_from_its_edit_form(page):
    client = moderator()
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    first = client.post(url, page_approval(page))
    second = client.post(url, page_approval(page))
    assert (first.status_code, second.status_code) == (302, 302)
    assert approval_state(page) == APPROVED_ONCE, (
        "the second approval is not saved as a draft"
    )
    assert says_no_longer_in_moderation(second)


def test_an_approval_finishing_while_the_edit_form_is_sent(page):
    client = moderator()
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    with approved_after_loading(
        "before_edit_page", lambda: client.post(url, page_approval(page))
    ) as first:
        second = client.post(url, page_approval(page))
    assert (first[0].status_code, second.status_code) == (302, 302)
    assert approval_state(page) == APPROVED_ONCE, (
        "the stale form is not saved over the live page"
    )
    assert says_no_longer_in_moderation(second)


def test_an_approval_finishing_while_the_dashboard_approves(page):
    client = moderator()
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[page.pk, "approve", page.current_workflow_task_state.pk],
    )
    with approved_after_checking(
        WorkflowAction, lambda: client.post(url, {"comment": ""})
    ) as first:
        second = client.post(
            url, {"comment": ""}, headers={"x-requested-with": "XMLHttpRequest"}
        )
    assert first[0].status_code == 302
    assert second.status_code == 200
    assert second.json()["step"] == "success"
    assert approval_state(page) == APPROVED_ONCE
    assert says_no_longer_in_moderation(second)


def test_approving_an_enterprise_twice(enterprise):
    client = moderator()
    action = reverse(
        ENTERPRISE_ACTION,
        args=[enterprise.pk, "approve", enterprise.current_workflow_task_state.pk],
    )
    edit = reverse(ENTERPRISE_EDIT, args=[enterprise.pk])
    opened_before = form_data(client.get(edit))
    first, second = (client.post(action, {"comment": ""}) for _ in range(2))
    assert (first.status_code, second.status_code) == (302, 302)
    data = {
        **opened_before,
        "action-workflow-action": "true",
        "workflow-action-name": "approve",
    }
    from_the_form = client.post(edit, data)
    assert from_the_form.status_code == 302
    enterprise.refresh_from_db()
    assert enterprise.live
    assert not enterprise.has_unpublished_changes
    assert enterprise_actions(enterprise, "wagtail.workflow.approve") == 1
    assert says_no_longer_in_moderation(from_the_form)


def test_an_approval_finishing_while_an_enterprise_form_is_sent(enterprise):
    client = moderator()
    edit = reverse(ENTERPRISE_EDIT, args=[enterprise.pk])
    data = {
        **form_data(client.get(edit)),
        "action-workflow-action": "true",
        "workflow-action-name": "approve",
    }
    with approved_after_loading(
        "before_edit_snippet", lambda: client.post(edit, data)
    ) as first:
        second = client.post(edit, data)
    assert (first[0].status_code, second.status_code) == (302, 302)
    enterprise.refresh_from_db()
    assert enterprise.live, "the stale form is not saved over the live enterprise"
    assert enterprise_actions(enterprise, "wagtail.workflow.approve") == 1
    assert enterprise_actions(enterprise, "wagtail.publish") == 1
    assert says_no_longer_in_moderation(second)


def test_an_approval_finishing_while_the_dashboard_approves_an_enterprise(
    enterprise,
):
    client = moderator()
    action = reverse(
        ENTERPRISE_ACTION,
        args=[enterprise.pk, "approve", enterprise.current_workflow_task_state.pk],
    )
    with approved_after_checking(
        WorkflowAction, lambda: client.post(action, {"comment": ""})
    ) as first:
        second = client.post(action, {"comment": ""})
    assert (first[0].status_code, second.status_code) == (302, 302)
    assert enterprise_actions(enterprise, "wagtail.workflow.approve") == 1
    assert says_no_longer_in_moderation(second)
