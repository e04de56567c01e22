"""Editors submit enterprises for moderation; only moderators publish."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import WorkflowState

from directory.models import Enterprise
from editorial.groups import EDITORS, MODERATORS, WORKFLOW


def user_in(django_user_model, group_name):
    user = django_user_model.objects.create_user(
        username=group_name.lower(), password="pw", is_staff=False
    )
    user.groups.add(Group.objects.get(name=group_name))
    return user


def edit_url(enterprise):
    return reverse("wagtailsnippets_directory_enterprise:edit", args=[enterprise.pk])


def form_data(enterprise, **changes):
    data = {
        "name": enterprise.name,
        "slug": enterprise.slug,
        "enterprise_number": enterprise.enterprise_number or "",
        "legal_form": enterprise.legal_form,
        "street": enterprise.street,
        "postcode": enterprise.postcode,
        "municipality": enterprise.municipality,
        "latitude": enterprise.latitude,
        "longitude": enterprise.longitude,
        "website": enterprise.website,
        "email": enterprise.email,
        "phone": enterprise.phone,
        "description": enterprise.description,
        "opening_hours": "",
        "cooperative": "on",
    }
    data.update(changes)
    return data


@pytest.mark.django_db
def test_enterprises_use_the_moderation_workflow(enterprise_factory):
    enterprise = enterprise_factory()
    assert enterprise.get_workflow().name == WORKFLOW


@pytest.mark.django_db
def test_editor_cannot_publish_but_can_submit_and_a_moderator_publishes(
    client, django_user_model, enterprise_factory
):
    enterprise = enterprise_factory(name="Oude Naam")
    editor = user_in(django_user_model, EDITORS)
    client.force_login(editor)

    response = client.post(
        edit_url(enterprise),
        {**form_data(enterprise, name="Nieuwe Naam"), "action-publish": "1"},
    )
    assert response.status_code in (200, 302, 403)
    enterprise.refresh_from_db()
    assert enterprise.name == "Oude Naam"

    client.post(
        edit_url(enterprise),
        {**form_data(enterprise, name="Nieuwe Naam"), "action-submit": "1"},
    )
    enterprise.refresh_from_db()
    assert enterprise.name == "Oude Naam", "a submission is not live yet"
    state = WorkflowState.objects.get(object_id=str(enterprise.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS

    moderator = user_in(django_user_model, MODERATORS)
    client.force_login(moderator)
    task_state = state.current_task_state
    response = client.post(
        reverse(
            "wagtailsnippets_directory_enterprise:workflow_action",
            args=[enterprise.pk, "approve", task_state.pk],
        ),
        {"comment": ""},
    )
    assert response.status_code in (200, 302)
    enterprise.refresh_from_db()
    assert enterprise.name == "Nieuwe Naam"
    assert enterprise.live
    french = Enterprise.objects.get(
        translation_key=enterprise.translation_key, locale__language_code="fr"
    )
    assert french.name == "Nieuwe Naam", "shared fields follow the published version"
