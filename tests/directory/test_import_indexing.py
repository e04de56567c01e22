"""An import indexes the enterprises it created from the values it wrote: the same
documents as read back from the database, without reading them back."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from modelsearch.backends.elasticsearchbase import ElasticsearchBaseMapping

from directory.exchange import importer
from directory.exchange.importer import import_exchange_file
from directory.models import Enterprise
from tests.directory.conftest import csv_text

pytestmark = pytest.mark.django_db

ROWS = [
    {"sectors": "wonen|energie", "labels": "bio", "description_fr": "Énergie."},
    {"enterprise_number": "", "name": "Buurtwinkel", "postcode": "9000"},
]


def test_created_enterprises_are_indexed_without_reading_them_back(
    locale_nl, locale_fr
):
    with CaptureQueriesContext(connection) as captured:
        report = import_exchange_file(csv_text(ROWS).encode())
    assert report.created == 2, report.problems
    read_back = [
        query["sql"]
        for query in captured.captured_queries
        if query["sql"].startswith("SELECT")
        and re.search(r'FROM "directory_enterprise"\s', query["sql"])
        and '"directory_enterprise"."id" IN (' in query["sql"]
    ]
    assert read_back == []


def test_documents_of_what_was_written_are_those_read_back(
    locale_nl, locale_fr, monkeypatch
):
    handed = []
    index = importer.index_enterprises

    def recorded(ids, progress, written=None):
        handed.append(written)
        return index(ids, progress, written=written)

    monkeypatch.setattr(importer, "index_enterprises", recorded)
    report = import_exchange_file(csv_text(ROWS).encode())
    assert report.created == 2, report.problems
    [written] = handed
    built = written.build(list(written.rows.values()))
    assert len(built) == 4
    mapping = ElasticsearchBaseMapping(Enterprise)
    loaded = {e.pk: e for e in Enterprise.get_indexed_objects()}
    for enterprise in built:
        assert mapping.get_document(enterprise) == mapping.get_document(
            loaded[enterprise.pk]
        )
    # Sectors in the order the database gives them, as documents list them.
    ecopower = next(e for e in built if e.name == "Ecopower")
    assert sorted(ecopower.sector_slugs()) == ["energie", "wonen"]
