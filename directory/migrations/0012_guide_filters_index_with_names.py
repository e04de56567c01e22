"""PostgreSQL: the guide's covering index holds the enterprise's name too.

The nearest enterprises come first, then by name: with the name beside the
coordinates, the page of a search near a place is found in the index alone,
and only its own rows are read from the table (`0009_enterprise_facet_index`).
"""

from importlib import import_module

from django.db import migrations

# The index as `0009_enterprise_facet_index` made it.
FACET_INDEX = import_module("directory.migrations.0009_enterprise_facet_index")
INDEX, COLUMNS = FACET_INDEX.INDEX, FACET_INDEX.COLUMNS


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
