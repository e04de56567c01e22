"""Work submitted for moderation, moderators to approve it, and a way to let an
approval finish while another request for the same work is under way."""

from contextlib import contextmanager
from functools import wraps
from unittest import mock

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from wagtail import hooks
from wagtail.test.utils.form_data import nested_form_data, streamfield

from editorial.groups import EDITORS, MODERATORS


def member_of(group, username=None):
    """A user of `group` and a client logged in as them."""
    user = get_user_model().objects.create_user(username or group, password="pw")
    user.groups.add(Group.objects.get(name=group))
    client = Client(raise_request_exception=False)
    client.force_login(user)
    return user, client


def moderator(username=MODERATORS):
    return member_of(MODERATORS, username)[1]


def submitted(obj):
    """`obj`, submitted for moderation by an editor; returns its task state."""
    editor, _ = member_of(EDITORS, f"{EDITORS}-{obj._meta.model_name}-{obj.pk}")
    obj.save_revision(user=editor)
    obj.get_workflow().start(obj, editor)
    return obj.current_workflow_task_state


def page_approval(page) -> dict:
    """The page's edit form as sent by its Approve button."""
    return {
        **nested_form_data(
            {"title": page.title, "slug": page.slug, "body": streamfield([])}
        ),
        "action-workflow-action": "true",
        "workflow-action-name": "approve",
    }


def once(approve):
    """`approve`, run by the first call only; its response is kept in `.responses`."""

    def first_time(*args):
        if not first_time.responses:
            first_time.responses.append(None)
            first_time.responses[0] = approve()

    first_time.responses = []
    return first_time


@contextmanager
def approved_after_loading(hook_name, approve):
    """The next edit request loads its object, then `approve()` runs to the end.

    `hook_name` is Wagtail's hook run by the edit view between the two
    (before_edit_page, before_edit_snippet).
    """
    first = once(approve)
    with hooks.register_temporarily(hook_name, lambda request, obj: first()):
        yield first.responses


@contextmanager
def approved_after_checking(view_class, approve):
    """The next workflow action request checks that the work is in moderation and
    the action allowed, then `approve()` runs to the end."""
    first = once(approve)
    check_action = view_class.check_action

    @wraps(check_action)
    def checked_then_approved(self):
        check_action(self)
        first()

    with mock.patch.object(view_class, "check_action", checked_then_approved):
        yield first.responses
