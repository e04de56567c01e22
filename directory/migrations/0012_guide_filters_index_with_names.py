"""PostgreSQL: the guide's covering index holds the enterprise's name too.

The nearest enterprises come first, then by name: with the name beside the
coordinates, the page of a search near a place is found in the index alone,
and only its own rows are read from the table (`0009_enterprise_facet_index`).
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


def _recreate(schema_editor, columns):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")
        schema_editor.execute(
            f"CREATE INDEX {INDEX} ON directory_enterprise (locale_id, live) "
            f"INCLUDE ({', '.join(columns)})"
        )


def with_names(apps, schema_editor):
    _recreate(schema_editor, (*COLUMNS, "name"))


def without_names(apps, schema_editor):
    _recreate(schema_editor, COLUMNS)


class Migration(migrations.Migration):
    dependencies = [("directory", "0011_term_arrays_written_once")]

    operations = [migrations.RunPython(with_names, without_names)]
