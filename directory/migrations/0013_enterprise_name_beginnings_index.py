"""PostgreSQL: the enterprises' names indexed by the beginnings of their words.

The suggestions as a visitor types match names only, so the database backend
builds each name's vector in the query ("zon" against every name of a
language). This GIN index holds that very expression, so only the names that
begin like the typed word are read.
"""

from django.db import migrations

from search.backends import POSTGRES_PREFIX_CONFIG

INDEX = "directory_enterprise_name_beginnings"


def add_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX {INDEX} ON directory_enterprise USING gin "
            f"(setweight(to_tsvector('{POSTGRES_PREFIX_CONFIG}'::regconfig, "
            "COALESCE(name, '')::text), 'D'))"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0012_guide_filters_index_with_names"),
        ("sitesearch", "0003_prefix_search_configuration"),
    ]

    operations = [migrations.RunPython(add_index, drop_index)]
