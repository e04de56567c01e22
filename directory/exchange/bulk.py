"""Writing many rows at once: COPY on PostgreSQL, the ORM's bulk methods elsewhere.

The import writes tens of thousands of rows in one transaction; the ORM's
bulk_create and bulk_update spend most of that time building SQL, while COPY
streams the rows straight into the table. Rows are plain {attname: value} dicts;
a dict value goes into a JSON column.
"""

from functools import cache
from operator import itemgetter

from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection
from django.utils import timezone
from psycopg.types.json import JsonbDumper

BATCH_SIZE = 2000


def _on_postgresql() -> bool:
    return connection.vendor == "postgresql"


def _quote(name: str) -> str:
    return connection.ops.quote_name(name)


def complete_row(model, values: dict) -> dict:
    """Every column of a new row: the given values, else the field's default."""
    now = timezone.now()
    row = {}
    for attname, default in _defaults(model):
        if attname in values:
            row[attname] = values[attname]
        elif default is _NOW:
            row[attname] = now
        elif callable(default):
            row[attname] = default()
        else:
            row[attname] = default
    return row


_NOW = object()


@cache
def _defaults(model) -> tuple[tuple[str, object], ...]:
    """(attname, default) of each column but the key, worked out once per model:
    `_NOW` for a time set on save, the callable for a default made per row (a new
    uuid, a new dict), else the value."""
    defaults = []
    for field in model._meta.concrete_fields:
        if field.primary_key:
            continue
        if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
            default = _NOW
        elif field.has_default() and callable(field.default):
            default = field.get_default
        else:
            default = field.get_default()
        defaults.append((field.attname, default))
    return tuple(defaults)


def insert(model, rows: list[dict], *, with_ids: bool = False) -> None:
    """Insert complete rows; with `with_ids`, each row gets its new primary key.

    Rows may carry their primary key already (from `new_ids`).
    """
    if not rows:
        return
    pk = model._meta.pk.attname
    if not _on_postgresql():
        for start in range(0, len(rows), BATCH_SIZE):
            batch = rows[start : start + BATCH_SIZE]
            created = model.objects.bulk_create([model(**row) for row in batch])
            for row, obj in zip(batch, created, strict=True):
                row[pk] = obj.pk
        return
    columns = list(rows[0])
    if with_ids:
        for row, new_id in zip(rows, new_ids(model, len(rows)), strict=True):
            row[pk] = new_id
        columns = [pk, *columns]
    _copy(model._meta.db_table, columns, rows)


def new_ids(model, count: int) -> list[int] | None:
    """Primary keys for rows not written yet, from the table's sequence; None when the
    database cannot hand them out (only PostgreSQL does here).

    Rows that point at each other can then be written in any order: foreign keys
    are checked when the transaction commits.
    """
    if not _on_postgresql():
        return None
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, %s)) "
            "FROM generate_series(1, %s)",
            [model._meta.db_table, model._meta.pk.column, count],
        )
        return [new_id for (new_id,) in cursor.fetchall()]


def _copy(table: str, columns: list[str], rows: list[dict]) -> None:
    sql = "COPY {} ({}) FROM STDIN".format(
        _quote(table), ", ".join(_quote(column) for column in columns)
    )
    cells = itemgetter(*columns)
    with connection.cursor() as cursor:
        cursor.cursor.adapters.register_dumper(dict, _JsonDumper)
        with cursor.cursor.copy(sql) as copy:
            for row in rows:
                copy.write_row(cells(row) if len(columns) > 1 else (cells(row),))


class _JsonDumper(JsonbDumper):
    """A dict goes into a JSON column, encoded as Django encodes JSON fields; one
    encoder for every value (json.dumps would make one per value)."""

    _dumps = DjangoJSONEncoder().encode


def update(model, rows: list[dict], fields: list[str]) -> None:
    """Write `fields` of rows that carry their primary key."""
    if not rows:
        return
    pk = model._meta.pk.attname
    if not _on_postgresql():
        for start in range(0, len(rows), BATCH_SIZE):
            batch = rows[start : start + BATCH_SIZE]
            objs = [
                model(**{pk: row[pk], **{f: row[f] for f in fields}}) for row in batch
            ]
            model.objects.bulk_update(objs, fields)
        return
    table = _quote(model._meta.db_table)
    staging_table = f"staging_{model._meta.db_table}"
    staging = _quote(staging_table)
    columns = [pk, *fields]
    column_list = ", ".join(_quote(column) for column in columns)
    with connection.cursor() as cursor:
        cursor.execute(
            f"CREATE TEMPORARY TABLE {staging} ON COMMIT DROP AS "
            f"SELECT {column_list} FROM {table} WITH NO DATA"
        )
    _copy(staging_table, columns, rows)
    assignments = ", ".join(f"{_quote(f)} = staged.{_quote(f)}" for f in fields)
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {table} SET {assignments} FROM {staging} AS staged "
            f"WHERE {table}.{_quote(pk)} = staged.{_quote(pk)}"
        )
        cursor.execute(f"DROP TABLE {staging}")
