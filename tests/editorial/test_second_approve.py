"""A moderator who approves again from a stale tab (the dashboard's action or the
edit form's) is told the work is no longer in moderation; nothing breaks and
nothing is published twice."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from wagtail.models import PageLogEntry
from wagtail.test.utils.form_data import nested_form_data, streamfield

from editorial.groups import EDITORS, MODERATORS
from home.models import ContentPage
from tests.directory.factories import EnterpriseFactory
from tests.directory.test_admin_editing import form_data

pytestmark = pytest.mark.django_db


def member_of(django_user_model, group):
    user = django_user_model.objects.create_user(group, password="pw")
    user.groups.add(Group.objects.get(name=group))
    client = Client()
    client.force_login(user)
    return user, client


def submitted(obj, django_user_model):
    editor, _ = member_of(django_user_model, EDITORS)
    obj.save_revision(user=editor)
    obj.get_workflow().start(obj, editor)
    return obj.current_workflow_task_state


@pytest.fixture
def page(home_nl):
    return home_nl.add_child(instance=ContentPage(title="Over ons", slug="over-ons"))


def approve_twice(moderator, url, data):
    first = moderator.post(url, data)
    second = moderator.post(url, data)
    return first, second


def test_approving_a_page_twice_from_the_dashboard(page, django_user_model):
    task_state = submitted(page, django_user_model)
    _, moderator = member_of(django_user_model, MODERATORS)
    url = reverse(
        "wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]
    )
    first, second = approve_twice(moderator, url, {"comment": ""})
    assert first.status_code == 302
    assert second.status_code == 302
    messages = [str(m) for m in second.wsgi_request._messages]
    assert messages, "the second approval says why nothing happened"
    from_the_modal = moderator.post(
        url, {"comment": ""}, headers={"x-requested-with": "XMLHttpRequest"}
    )
    assert from_the_modal.status_code < 500
    assert moderator.get(url).status_code < 500
    publications = PageLogEntry.objects.filter(page=page, action="wagtail.publish")
    assert publications.count() == 1


def test_approving_a_page_twice_from_its_edit_form(page, django_user_model):
    submitted(page, django_user_model)
    _, moderator = member_of(django_user_model, MODERATORS)
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = {
        **nested_form_data(
            {"title": page.title, "slug": page.slug, "body": streamfield([])}
        ),
        "action-workflow-action": "true",
        "workflow-action-name": "approve",
    }
    first, second = approve_twice(moderator, url, data)
    assert first.status_code < 500
    assert second.status_code < 500
    publications = PageLogEntry.objects.filter(page=page, action="wagtail.publish")
    assert publications.count() == 1


def test_approving_an_enterprise_twice(locale_nl, locale_fr, django_user_model):
    enterprise = EnterpriseFactory(name="Dubbel Goedgekeurd")
    task_state = submitted(enterprise, django_user_model)
    _, moderator = member_of(django_user_model, MODERATORS)
    action = reverse(
        "wagtailsnippets_directory_enterprise:workflow_action",
        args=[enterprise.pk, "approve", task_state.pk],
    )
    first, second = approve_twice(moderator, action, {"comment": ""})
    assert (first.status_code, second.status_code) == (302, 302)
    edit = reverse("wagtailsnippets_directory_enterprise:edit", args=[enterprise.pk])
    data = {
        **form_data(moderator.get(edit)),
        "action-workflow-action": "true",
        "workflow-action-name": "approve",
    }
    assert moderator.post(edit, data).status_code < 500
