"""`/healthz` says search is ok only when it is (tests/home/test_entry_points.py):
on the database backend a search through its index entries must answer; an
unreachable engine is unavailable."""

import pytest
from django.db import connection
from django.test import override_settings
from modelsearch.backends.database.postgres.postgres import IndexEntry

from search.backends import POSTGRES_SEARCH_CONFIG, search_backends_from_url

pytestmark = pytest.mark.django_db

BROKEN = {
    "index table": f"ALTER TABLE {IndexEntry._meta.db_table} RENAME TO gone_entries",
    "text search configuration": (
        f"ALTER TEXT SEARCH CONFIGURATION {POSTGRES_SEARCH_CONFIG} RENAME TO gone_config"
    ),
}


@pytest.mark.parametrize("broken", BROKEN.values(), ids=BROKEN.keys())
def test_a_database_index_that_cannot_answer_is_unavailable(client, broken):
    # Undone with the test's transaction.
    with connection.cursor() as cursor:
        cursor.execute(broken)
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"database": "ok", "search": "unavailable"}


def test_an_unreachable_engine_is_unavailable(client):
    unreachable = search_backends_from_url("opensearch://127.0.0.1:9")
    with override_settings(WAGTAILSEARCH_BACKENDS=unreachable):
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"database": "ok", "search": "unavailable"}
