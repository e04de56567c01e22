"""The enterprise table keeps the indexes its queries use, and no others: an import
adds an entry to every index for each row it writes."""

import pytest
from django.db import connection

from directory.models import Enterprise

pytestmark = pytest.mark.django_db


def _indexed_columns() -> set[tuple[str, ...]]:
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT array_agg(a.attname ORDER BY k.n)
            FROM pg_index i
            CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, n)
            JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
            WHERE i.indrelid = %s::regclass AND k.n <= i.indnkeyatts
            GROUP BY i.indexrelid
            """,
            [Enterprise._meta.db_table],
        )
        return {tuple(columns) for (columns,) in cursor.fetchall()}


def test_no_index_of_its_own_for_columns_no_query_looks_up():
    indexed = _indexed_columns()
    for column in (
        "locale_id",
        "slug",
        "first_published_at",
        "locked_by_id",
        "logo_id",
    ):
        assert (column,) not in indexed
    # Queries by language, and the guide's address of an enterprise, use these.
    assert ("locale_id", "slug") in indexed
    assert ("locale_id", "live", "province") in indexed
