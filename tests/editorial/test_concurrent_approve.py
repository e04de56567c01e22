"""Two approvals of one page at the same moment, on two database connections as
on two server workers: the second waits for the first, then changes nothing.

The second request is held just after it found the page in moderation, until
the first is seen waiting for a lock in PostgreSQL, or has finished.
"""

import threading
import time
from functools import wraps
from unittest import mock

from django.db import connection
from django.test import Client
from django.urls import reverse
from wagtail.admin.views.pages.edit import EditView
from wagtail.models import PageLogEntry

from editorial.groups import MODERATORS
from home.models import ContentPage
from tests.editorial.moderation import member_of, page_approval, submitted


def waiting_for_a_lock() -> bool:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_stat_activity "
            "WHERE datname = current_database() AND wait_event_type = 'Lock'"
        )
        return cursor.fetchone()[0] > 0


def post_in_thread(client, url, data, responses, name):
    def post():
        try:
            responses[name] = client.post(url, data)
        finally:
            connection.close()

    thread = threading.Thread(target=post)
    thread.start()
    return thread


def test_two_approvals_at_once(committed_homes):
    page = committed_homes["nl"].add_child(
        instance=ContentPage(title="Tegelijk", slug="tegelijk", live=False)
    )
    submitted(page)
    user, client = member_of(MODERATORS)
    second_tab = Client(raise_request_exception=False)
    second_tab.force_login(user)
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    checked, go_on = threading.Event(), threading.Event()
    is_valid = EditView.workflow_action_is_valid

    @wraps(is_valid)
    def checked_then_held(self):
        valid = is_valid(self)
        if not checked.is_set():
            checked.set()
            go_on.wait(timeout=30)
        return valid

    responses = {}
    with mock.patch.object(EditView, "workflow_action_is_valid", checked_then_held):
        held = post_in_thread(client, url, page_approval(page), responses, "held")
        assert checked.wait(timeout=30)
        other = post_in_thread(second_tab, url, page_approval(page), responses, "other")
        deadline = time.monotonic() + 10
        while other.is_alive() and not waiting_for_a_lock():
            assert time.monotonic() < deadline, (
                "the other approval neither ran nor waited"
            )
            time.sleep(0.05)
        go_on.set()
        held.join(timeout=30)
        other.join(timeout=30)

    assert sorted(r.status_code for r in responses.values()) == [302, 302]
    page.refresh_from_db()
    assert page.live
    assert not page.has_unpublished_changes
    for action in ("wagtail.workflow.approve", "wagtail.publish"):
        assert PageLogEntry.objects.filter(page=page, action=action).count() == 1
