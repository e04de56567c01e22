"""PostgreSQL: the guide's filter and facet columns in one narrow covering index.

The facet counts read every published enterprise of a language that the other
filters let through; from the table that means its whole width (descriptions,
addresses), from this index an index-only scan of a few bytes per enterprise.
The term arrays exist on PostgreSQL only (`0006_enterprise_term_arrays`).
"""

from django.db import migrations

INDEX = "directory_enterprise_guide_filters"
COLUMNS = (
    "id",
    "province",
    "sector_ids",
    "label_ids",
    "cooperative",
    "nrc_accredited",
    "latitude",
    "longitude",
)


def add_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX {INDEX} ON directory_enterprise (locale_id, live) "
            f"INCLUDE ({', '.join(COLUMNS)})"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("directory", "0008_remove_enterprise_is_demo")]

    operations = [migrations.RunPython(add_index, drop_index)]
