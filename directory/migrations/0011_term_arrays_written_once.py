"""PostgreSQL: the link tables' triggers leave an enterprise whose term arrays are right.

The import writes a new enterprise with its sector and label ids already in its
arrays; rewriting the row with the same values (a new row version, and an entry in
each of its indexes) made every imported enterprise be written three times.
"""

from django.db import migrations

RELATIONS = (
    ("sector", "directory_enterprise_sectors"),
    ("label", "directory_enterprise_labels"),
)


def _function(term: str, links: str, *, guarded: bool) -> str:
    column = f"{term}_ids"
    aggregate = (
        f"coalesce((SELECT array_agg(t.{term}_id ORDER BY t.{term}_id) FROM {links} t "
        f"WHERE t.enterprise_id = e.id), '{{}}')"
    )
    if guarded:
        update = (
            f"UPDATE directory_enterprise e SET {column} = fresh.ids "
            f"FROM (SELECT e.id, {aggregate} AS ids FROM directory_enterprise e "
            f"WHERE e.id IN (SELECT DISTINCT enterprise_id FROM changed)) fresh "
            f"WHERE e.id = fresh.id AND e.{column} IS DISTINCT FROM fresh.ids"
        )
    else:
        update = (
            f"UPDATE directory_enterprise e SET {column} = {aggregate} "
            f"WHERE e.id IN (SELECT DISTINCT enterprise_id FROM changed)"
        )
    return f"""CREATE OR REPLACE FUNCTION directory_enterprise_sync_{column}()
        RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            {update};
            RETURN NULL;
        END $$"""


def _replace(guarded: bool):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for term, links in RELATIONS:
                schema_editor.execute(_function(term, links, guarded=guarded))

    return run


class Migration(migrations.Migration):
    dependencies = [("directory", "0010_owner_links_and_freshness")]

    operations = [migrations.RunPython(_replace(True), _replace(False))]
