"""The enterprise listing: one row per enterprise, the state of each language version."""

import re

import pytest
from django.contrib.auth.models import Group, User
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.users.models import UserProfile

from directory.models import Enterprise
from editorial.groups import MODERATORS
from home.translation_records import record_translation
from tests.directory.factories import (
    EnterpriseFactory,
    french_version,
    visitor_proposal,
)

pytestmark = pytest.mark.django_db

LIST_URL = "wagtailsnippets_directory_enterprise:list"


@pytest.fixture
def moderator_client(client, django_user_model, locale_nl, locale_fr):
    """A member of the Moderators group (publish rights), not a superuser."""
    user = django_user_model.objects.create_user("moderator", password="pw")
    user.groups.add(Group.objects.get(name=MODERATORS))
    client.force_login(user)
    return client


def rows(content: str) -> list[str]:
    """The listing's rows (each has a language column)."""
    found = re.findall(r"<tr[^>]*>.*?</tr>", content, flags=re.S)
    return [row for row in found if "data-language-versions" in row]


def states(row: str) -> dict[str, str]:
    """{"NL": "live", ...}: the language column of one row."""
    found = re.findall(r'data-language-state="?(\w+)"?[^>]*>\s*(\w\w):', row)
    return {code: state for state, code in found}


def test_one_row_per_enterprise_in_the_editor_language(
    moderator_client, enterprise_factory
):
    ecopower = enterprise_factory(name="Ecopower", description_fr="Coopérative.")
    enterprise_factory(name="Buurtwinkel")
    content = moderator_client.get(reverse(LIST_URL)).content.decode()
    listed = rows(content)
    assert len(listed) == 2
    assert f"snippet_{ecopower.pk}_title" in content
    assert f"snippet_{french_version(ecopower).pk}_title" not in content

    profile = UserProfile.get_for_user(User.objects.get(username="moderator"))
    profile.preferred_language = "fr"
    profile.save()
    french_content = moderator_client.get(reverse(LIST_URL)).content.decode()
    assert len(rows(french_content)) == 2
    assert f"snippet_{french_version(ecopower).pk}_title" in french_content
    assert f"snippet_{ecopower.pk}_title" not in french_content


def test_language_column_says_the_state_of_each_version(
    moderator_client, enterprise_factory
):
    translated = enterprise_factory(name="Ecopower", description_fr="Coopérative.")
    enterprise_factory(name="Buurtwinkel")  # French description left empty
    draft = enterprise_factory(name="Concept", live=False, description_fr="Brouillon.")
    changed = french_version(translated)
    changed.has_unpublished_changes = True
    changed.save()
    Enterprise.objects.create(
        locale=translated.locale,
        name="Voorstel",
        postcode="9000",
        live=False,
        municipality="Gent",
    )

    content = moderator_client.get(reverse(LIST_URL)).content.decode()
    by_name = {
        name: states(row)
        for row in rows(content)
        for name in ("Ecopower", "Buurtwinkel", "Concept", "Voorstel")
        if f">{name}<" in row
    }
    assert by_name == {
        "Ecopower": {"NL": "live", "FR": "changed"},
        "Buurtwinkel": {"NL": "live", "FR": "untranslated"},
        "Concept": {"NL": "draft", "FR": "draft"},
        "Voorstel": {"NL": "draft", "FR": "missing"},
    }
    french_edit = reverse(
        "wagtailsnippets_directory_enterprise:edit", args=[french_version(draft).pk]
    )
    assert french_edit in content


def listing_queries(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse(LIST_URL))
    assert response.status_code == 200
    return len(queries)


def add_five_rows(batch: int) -> None:
    """Five rows of the kinds whose columns read more than a plain one: a visitor's
    proposal flagged as a duplicate of another row, an enterprise in moderation,
    one whose French version is a translated wagtail-localize translation."""
    original = EnterpriseFactory(sectors=["energie"])
    visitor_proposal(
        original.locale, f"Voorstel {batch}", possible_duplicate_of=original
    )
    in_moderation = EnterpriseFactory(sectors=["energie"])
    in_moderation.save_revision()
    in_moderation.get_workflow().start(in_moderation, None)
    translated = EnterpriseFactory(sectors=["energie"])
    french = french_version(translated)
    french.description = f"Coopérative {batch}."
    french.save()
    record_translation(translated, french)
    EnterpriseFactory(sectors=["energie"])


# Queries of the listing page, whatever its number of rows: the user, session and
# permissions, the page of enterprises and its count, the filters' choices, the
# language versions with their translation sources, the workflow states and
# scheduled revisions.
LISTING_QUERIES = 25


def test_listing_query_count_does_not_grow_with_the_rows(
    moderator_client, enterprise_factory, django_assert_num_queries
):
    add_five_rows(0)
    listing_queries(moderator_client)  # content types and permissions cached
    with django_assert_num_queries(LISTING_QUERIES):
        five = rows(moderator_client.get(reverse(LIST_URL)).content.decode())
    for batch in range(1, 10):
        add_five_rows(batch)
    with django_assert_num_queries(LISTING_QUERIES):
        fifty = rows(moderator_client.get(reverse(LIST_URL)).content.decode())

    for listed, batches in ((five, 1), (fifty, 10)):
        assert len(listed) == 5 * batches
        assert sum("data-possible-duplicate" in row for row in listed) == batches
        assert sum("data-sync-translations" in row for row in listed) == batches
        assert sum("ter goedkeuring" in row for row in listed) == batches
