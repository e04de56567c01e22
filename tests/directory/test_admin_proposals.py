"""Proposals in the admin: the queue, the duplicate warning, no publish while flagged,
the merge, the proposer's contact for moderators only, deletion in both languages."""

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from directory.models import Enterprise, ProposalContact
from directory.sharing import share_with_translations
from editorial.groups import EDITORS, MODERATORS
from tests.directory.admin_forms import form_data
from tests.directory.factories import french_version, make_guides
from tests.directory.support import FORM_PATHS, proposal

pytestmark = pytest.mark.django_db

EDIT_URL = "wagtailsnippets_directory_enterprise:edit"
LIST_URL = "wagtailsnippets_directory_enterprise:list"


def member_of(django_user_model, group):
    user = django_user_model.objects.create_user(group, password="pw")
    user.groups.add(Group.objects.get(name=group))
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def flagged(client, home_nl, home_fr, enterprise_factory):
    """An existing enterprise and a public proposal of the same name and postcode."""
    cache.clear()
    make_guides(home_nl, home_fr)
    original = enterprise_factory(
        name="De Groene Bakker", postcode="2000", municipality="Antwerpen"
    )
    response = client.post(
        FORM_PATHS["nl"], proposal(phone="03 123 45 67", labels=["fairtrade"])
    )
    assert response.status_code == 302
    draft = Enterprise.objects.get(live=False)
    assert draft.possible_duplicate_of == original
    return original, draft


def test_the_proposer_is_kept_for_moderators_only(django_user_model, flagged, client):
    original, draft = flagged
    contact = ProposalContact.objects.get(enterprise=draft)
    assert (contact.name, contact.email) == ("An", "an@example.org")

    moderator = member_of(django_user_model, MODERATORS)
    page = moderator.get(reverse(EDIT_URL, args=[draft.pk])).content.decode()
    assert "an@example.org" in page
    warning = page[page.index("data-possible-duplicate") :][:1500]
    assert reverse(EDIT_URL, args=[original.pk]) in warning
    assert reverse("directory_merge_proposal", args=[draft.pk]) in warning
    assert page.index("data-possible-duplicate") < page.index('id="w-editor-form"')

    editor = member_of(django_user_model, EDITORS)
    response = editor.get(reverse(EDIT_URL, args=[draft.pk]))
    assert "an@example.org" not in response.content.decode()
    assert response.context["form"].fields["possible_duplicate_of"].disabled

    export = b"".join(
        moderator.get(reverse(LIST_URL), {"export": "csv"}).streaming_content
    )
    assert b"an@example.org" not in export
    assert b"an@example.org" not in client.get("/api/v1/enterprises/").content

    draft.delete()
    assert not ProposalContact.objects.exists()


def test_the_queue_lists_proposals_and_possible_duplicates(
    django_user_model, flagged, enterprise_factory
):
    original, draft = flagged
    enterprise_factory(name="Gewone onderneming")
    moderator = member_of(django_user_model, MODERATORS)

    def listed(**params):
        response = moderator.get(reverse(LIST_URL), params)
        return {row.name for row in response.context["object_list"]}, response

    everything, response = listed()
    assert everything == {"De Groene Bakker", "Gewone onderneming"}
    assert "data-possible-duplicate" in response.content.decode()
    proposed, _ = listed(proposals="proposed")
    assert proposed == {"De Groene Bakker"}
    assert [
        row.pk for row in listed(proposals="duplicates")[1].context["object_list"]
    ] == [draft.pk]


def test_a_flagged_proposal_is_published_only_once_a_moderator_clears_the_flag(
    django_user_model, flagged
):
    original, draft = flagged
    moderator = member_of(django_user_model, MODERATORS)
    url = reverse(EDIT_URL, args=[draft.pk])
    data = form_data(moderator.get(url))
    refused = moderator.post(url, {**data, "action-publish": "publish"})
    assert refused.status_code == 200
    assert "possible_duplicate_of" in refused.context["form"].errors
    assert not Enterprise.objects.get(pk=draft.pk).live

    data = form_data(refused)
    data.pop("possible_duplicate_of")
    published = moderator.post(url, {**data, "action-publish": "publish"})
    assert published.status_code == 302
    assert Enterprise.objects.get(pk=draft.pk).live


def test_merge_keeps_the_original_and_removes_the_proposal_in_every_language(
    django_user_model, flagged
):
    original, draft = flagged
    share_with_translations(draft)  # as if it had a French version too
    assert Enterprise.objects.filter(translation_key=draft.translation_key).count() == 2
    moderator = member_of(django_user_model, MODERATORS)
    url = reverse("directory_merge_proposal", args=[draft.pk])
    page = moderator.get(url).content.decode()
    assert "03 123 45 67" in page and 'value="labels"' in page

    response = moderator.post(url, {"fields_to_take": ["phone", "labels"]})
    assert response.status_code == 302
    assert response["Location"] == reverse(EDIT_URL, args=[original.pk])
    assert not Enterprise.objects.filter(translation_key=draft.translation_key).exists()
    assert not ProposalContact.objects.exists()

    stored = Enterprise.objects.get(pk=original.pk)
    merged = stored.get_latest_revision_as_object()
    assert merged.phone == "03 123 45 67"
    assert [label.slug for label in merged.labels.all()] == ["fairtrade"]
    assert merged.email == original.email  # not ticked, kept
    assert stored.phone == original.phone  # the live version waits for publishing
    assert stored.has_unpublished_changes


def test_editors_cannot_merge(django_user_model, flagged):
    editor = member_of(django_user_model, EDITORS)
    url = reverse("directory_merge_proposal", args=[flagged[1].pk])
    assert editor.get(url).status_code in (302, 403)


def test_deleting_an_enterprise_deletes_its_other_language_version(
    django_user_model, enterprise_factory
):
    enterprise = enterprise_factory(name="Ecopower")
    french = french_version(enterprise)
    moderator = member_of(django_user_model, MODERATORS)
    url = reverse("wagtailsnippets_directory_enterprise:delete", args=[enterprise.pk])
    assert moderator.post(url).status_code == 302
    assert not Enterprise.objects.filter(pk__in=[enterprise.pk, french.pk]).exists()


def test_a_flagged_proposal_cannot_be_approved_from_the_dashboard(
    django_user_model, flagged
):
    original, draft = flagged
    moderator = member_of(django_user_model, MODERATORS)
    submitter = django_user_model.objects.get(username=MODERATORS)
    Enterprise.get_default_workflow().start(draft, submitter)
    task_state = Enterprise.objects.get(pk=draft.pk).current_workflow_task_state
    url = reverse(
        "wagtailsnippets_directory_enterprise:workflow_action",
        args=[draft.pk, "approve", task_state.pk],
    )
    response = moderator.post(url, {"comment": ""})
    assert response.status_code == 302
    assert response["Location"] == reverse(EDIT_URL, args=[draft.pk])
    draft.refresh_from_db()
    assert not draft.live
    assert draft.workflow_in_progress
