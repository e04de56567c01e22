"""An import leaves the admin history a publish in the admin would: revisions, log entries."""

import gc
import json

import pytest
from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import ModelLogEntry

from directory.exchange import history
from directory.exchange.importer import import_exchange_file, import_records
from directory.models import Enterprise
from tests.directory.conftest import VALID_ROW, csv_text
from tests.directory.support import enterprise_rows_updated

pytestmark = pytest.mark.django_db


def actions(enterprise) -> list[str]:
    return sorted(
        ModelLogEntry.objects.for_instance(enterprise).values_list("action", flat=True)
    )


def test_each_imported_version_has_its_published_revision_and_log(moderator):
    report = import_exchange_file(
        csv_text([{"sectors": "energie|wonen", "description_fr": "Énergie."}]).encode(),
        user=moderator,
    )
    assert report.is_valid, report.problems
    versions = Enterprise.objects.filter(name="Ecopower").order_by("locale_id")
    assert versions.count() == 2
    for version in versions:
        assert version.latest_revision_id is not None
        assert version.live_revision_id == version.latest_revision_id
        revision = version.latest_revision
        assert revision.user == moderator
        kept = revision.as_object()
        assert (kept.name, kept.description) == (version.name, version.description)
        assert sorted(s.slug for s in kept.sectors.all()) == ["energie", "wonen"]
        assert actions(version) == ["wagtail.create", "wagtail.publish"]
        entry = ModelLogEntry.objects.for_instance(version).get(
            action="wagtail.publish"
        )
        assert entry.user == moderator and entry.revision == revision


def test_only_changed_rows_get_a_new_revision():
    rows = [{}, {"enterprise_number": "", "name": "Buurtwinkel", "postcode": "9000"}]
    import_exchange_file(csv_text(rows).encode())
    shop = Enterprise.objects.get(name="Buurtwinkel", locale__language_code="nl")
    first = {e.pk: e.latest_revision_id for e in Enterprise.objects.all()}
    rows[0]["description_nl"] = "Nieuwe tekst."
    import_exchange_file(csv_text(rows).encode())
    ecopower = Enterprise.objects.get(name="Ecopower", locale__language_code="nl")
    assert ecopower.latest_revision_id != first[ecopower.pk]
    assert ecopower.latest_revision.as_object().description == "Nieuwe tekst."
    assert actions(ecopower) == ["wagtail.create", "wagtail.publish", "wagtail.publish"]
    shop.refresh_from_db()
    assert shop.latest_revision_id == first[shop.pk]
    assert actions(shop) == ["wagtail.create", "wagtail.publish"]


def test_an_imported_enterprise_row_is_written_once(locale_nl, locale_fr):
    """With its revision and its term arrays: nothing rewrites it afterwards."""
    before = enterprise_rows_updated()
    report = import_exchange_file(
        csv_text(
            [
                {"sectors": "energie|wonen", "labels": "bio"},
                {"enterprise_number": "", "name": "Buurtwinkel", "postcode": "9000"},
            ]
        ).encode()
    )
    assert report.created == 2, report.problems
    assert enterprise_rows_updated() == before
    for version in Enterprise.objects.all():
        assert version.latest_revision_id is not None
        assert version.live_revision_id == version.latest_revision_id
        assert version.latest_revision.object_id == str(version.pk)


def test_a_revision_keeps_the_revisions_before_it_as_wagtail_does():
    import_exchange_file(csv_text([{}]).encode())
    first = {e.pk: e.latest_revision for e in Enterprise.objects.all()}
    assert all(r.content["latest_revision"] is None for r in first.values())
    import_exchange_file(csv_text([{"description_nl": "Nieuwe tekst."}]).encode())
    dutch = Enterprise.objects.get(locale__language_code="nl")
    content = dutch.latest_revision.content
    assert content["description"] == "Nieuwe tekst."
    assert content["latest_revision"] == first[dutch.pk].pk
    assert content["live_revision"] == first[dutch.pk].pk


def test_a_change_of_sectors_only_gets_a_new_revision():
    import_exchange_file(csv_text([{}]).encode())
    first = {e.pk: e.latest_revision_id for e in Enterprise.objects.all()}
    report = import_exchange_file(csv_text([{"sectors": "energie|wonen"}]).encode())
    assert report.updated == 1, report.problems
    for version in Enterprise.objects.all():
        assert version.latest_revision_id != first[version.pk]
        assert version.live_revision_id == version.latest_revision_id
        kept = version.latest_revision.as_object()
        assert sorted(s.slug for s in kept.sectors.all()) == ["energie", "wonen"]
        assert actions(version) == [
            "wagtail.create",
            "wagtail.publish",
            "wagtail.publish",
        ]


def test_the_garbage_collector_rests_while_an_import_writes_and_indexes():
    seen = []

    def progress(items, **description):
        seen.append((str(description["desc"]), gc.isenabled()))
        return items

    assert gc.isenabled()
    report = import_exchange_file(csv_text([{}]).encode(), progress=progress)
    assert report.created == 1, report.problems
    # Checking, creating, linking, recording history and indexing (two languages).
    assert len({step for step, _enabled in seen}) >= 5
    assert not any(enabled for _step, enabled in seen)
    assert gc.isenabled()


def test_records_built_in_code_are_checked_by_the_same_rules(locale_nl, locale_fr):
    refused = import_records([{**VALID_ROW, "postcode": "5000"}])
    assert [problem.column for problem in refused.problems] == ["postcode"]
    assert not Enterprise.objects.exists()
    written = import_records([VALID_ROW])
    assert written.created == 1
    assert actions(Enterprise.objects.get(locale=locale_nl)) == [
        "wagtail.create",
        "wagtail.publish",
    ]


def test_a_moderator_reads_the_import_in_the_enterprise_history(client, moderator):
    import_exchange_file(csv_text([{}]).encode(), user=moderator)
    enterprise = Enterprise.objects.get(name="Ecopower", locale__language_code="nl")
    client.force_login(moderator)
    response = client.get(
        reverse("wagtailsnippets_directory_enterprise:history", args=[enterprise.pk])
    )
    assert response.status_code == 200
    assert "Mona Moderator" in response.content.decode()
    assert response.context["object"] == enterprise


def test_a_new_enterprise_s_revision_keeps_what_was_written(locale_nl, locale_fr):
    """Made from the values the import wrote: the same as read back from the row."""
    report = import_exchange_file(
        csv_text(
            [
                {"sectors": "wonen|energie", "labels": "bio"},
                {"enterprise_number": "", "name": "Buurtwinkel", "postcode": "9000"},
            ]
        ).encode()
    )
    assert report.created == 2, report.problems
    versions = list(Enterprise.objects.all())
    assert len(versions) == 4
    read_back = history._serialised([version.pk for version in versions])
    for version in versions:
        # A first revision keeps no revisions before it.
        expected = {**read_back[version.pk], "latest_revision": None}
        expected["live_revision"] = None
        assert version.latest_revision.content == _as_json(expected)


def _as_json(content: dict) -> dict:
    """Content as a revision's JSON column gives it back."""
    return json.loads(json.dumps(content, cls=DjangoJSONEncoder))


def test_new_enterprises_are_not_read_back_for_their_revisions(locale_nl, locale_fr):
    """Their revisions come from the values written: no enterprise row or link is
    read between writing them and indexing them."""
    rows = [{}, {"enterprise_number": "", "name": "Buurtwinkel", "postcode": "9000"}]
    with CaptureQueriesContext(connection) as captured:
        report = import_exchange_file(csv_text(rows).encode())
    assert report.created == 2, report.problems
    read_back = [
        query["sql"]
        for query in captured.captured_queries
        if '"directory_enterprise"."opening_hours"' in query["sql"]
        and '"directory_enterprise"."created_at"' in query["sql"]
    ]
    assert read_back == []
