"""PostgreSQL can answer the guide's facet counts from one narrow covering index.

Every column of the enterprises that the facet statement reads, whatever the
filters, is in `directory_enterprise_guide_filters`, so the planner can count
with an index-only scan instead of reading the enterprises' whole rows.
"""

import re

import pytest
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from directory.finder import autocomplete_names, find_enterprises, parse_guide_params
from tests.directory.support import bulk_enterprises

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="the index is PostgreSQL's"
    ),
]

INDEX = "directory_enterprise_guide_filters"
QUERIES = [
    "sector=energie",
    "province=antwerpen&label=bio&cooperative=1",
    "nrc=1&near=51.05,3.72&km=25",
]
COLUMN = re.compile(r'"?directory_enterprise"?\."?(\w+)"?')


def facet_statement(query: str) -> str:
    nl = Locale.objects.get(language_code="nl")
    filters = parse_guide_params(QueryDict(query), locale=nl)
    with CaptureQueriesContext(connection) as captured:
        find_enterprises(filters, locale=nl)
    [statement] = [q["sql"] for q in captured if q["sql"].startswith("WITH b ")]
    return statement


def index_columns(name: str) -> set[str]:
    """The key and included columns of the index `name` (empty if it is missing)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT a.attname FROM pg_index i "
            "JOIN pg_class c ON c.oid = i.indexrelid "
            "JOIN pg_attribute a ON a.attrelid = i.indrelid "
            "AND a.attnum = ANY(i.indkey) WHERE c.relname = %s",
            [name],
        )
        return {row[0] for row in cursor.fetchall()}


@pytest.mark.parametrize("query", QUERIES)
def test_every_column_the_facet_counts_read_is_in_the_covering_index(locale_nl, query):
    bulk_enterprises(10)
    read = set(COLUMN.findall(facet_statement(query)))
    assert {"locale_id", "live", "sector_ids", "label_ids"} <= read
    assert read <= index_columns(INDEX)


def test_the_page_near_a_place_is_found_in_the_covering_index(locale_nl):
    """Only the page's own rows are read from the table."""
    bulk_enterprises(10)
    nl = Locale.objects.get(language_code="nl")
    filters = parse_guide_params(QueryDict("near=51.05,3.72"), locale=nl)
    with CaptureQueriesContext(connection) as captured:
        results = find_enterprises(filters, locale=nl, page_size=4)
    [statement] = [q["sql"] for q in captured if " IN (SELECT U0." in q["sql"]]
    nearest = statement[statement.index("(SELECT U0.") :]
    read = set(re.findall(r'U0\."?(\w+)"?', nearest))
    assert {"latitude", "longitude", "name"} <= read <= index_columns(INDEX)
    assert len(results.enterprises) == 4


def test_suggestions_read_the_names_through_their_index(enterprise_factory):
    """The index holds the very vector the suggestions' query builds of a name."""
    enterprise_factory(name="Zonnewerf")
    bulk_enterprises(500)
    with CaptureQueriesContext(connection) as captured:
        assert [e.name for e in autocomplete_names("zonn", locale="nl")] == [
            "Zonnewerf"
        ]
    [suggesting] = [q["sql"] for q in captured if "to_tsvector" in q["sql"]]
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE directory_enterprise")
        cursor.execute("EXPLAIN " + suggesting)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "Bitmap Index Scan on directory_enterprise_name_beginnings" in plan, plan
