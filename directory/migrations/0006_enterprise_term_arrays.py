"""PostgreSQL: each enterprise's sector and label ids in array columns, GIN-indexed.

The guide counts its facets from these columns in one statement instead of
joining every enterprise to its sectors and labels. Triggers on the link tables
keep them in step on every write, whatever writes (the model, COPY, raw SQL).
The columns are not model fields: other databases (SQLite for `make run`) count
through the link tables and never see them.
"""

from django.db import migrations

RELATIONS = (("sector", "directory_enterprise_sectors"), ("label", "directory_enterprise_labels"))


def _sql(term: str, links: str) -> list[str]:
    column = f"{term}_ids"
    function = f"directory_enterprise_sync_{column}"
    aggregate = (
        f"coalesce((SELECT array_agg(t.{term}_id ORDER BY t.{term}_id) FROM {links} t "
        f"WHERE t.enterprise_id = e.id), '{{}}')"
    )
    return [
        f"ALTER TABLE directory_enterprise ADD COLUMN {column} bigint[] NOT NULL DEFAULT '{{}}'",
        f"UPDATE directory_enterprise e SET {column} = {aggregate}",
        f"CREATE INDEX directory_enterprise_{column}_gin ON directory_enterprise USING gin ({column})",
        f"""CREATE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            UPDATE directory_enterprise e SET {column} = {aggregate}
            WHERE e.id IN (SELECT DISTINCT enterprise_id FROM changed);
            RETURN NULL;
        END $$""",
        *(
            f"CREATE TRIGGER {function}_{event.lower()} AFTER {event} ON {links} "
            f"REFERENCING {table} TABLE AS changed FOR EACH STATEMENT "
            f"EXECUTE FUNCTION {function}()"
            for event, table in (("INSERT", "NEW"), ("DELETE", "OLD"))
        ),
    ]


def _reverse_sql(term: str, links: str) -> list[str]:
    column = f"{term}_ids"
    function = f"directory_enterprise_sync_{column}"
    return [
        f"DROP TRIGGER IF EXISTS {function}_insert ON {links}",
        f"DROP TRIGGER IF EXISTS {function}_delete ON {links}",
        f"DROP FUNCTION IF EXISTS {function}()",
        f"ALTER TABLE directory_enterprise DROP COLUMN IF EXISTS {column}",
    ]


def add_arrays(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for term, links in RELATIONS:
            for statement in _sql(term, links):
                schema_editor.execute(statement)


def drop_arrays(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for term, links in RELATIONS:
            for statement in _reverse_sql(term, links):
                schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("directory", "0005_import_job")]

    operations = [migrations.RunPython(add_arrays, drop_arrays)]
