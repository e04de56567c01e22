"""A PostgreSQL text-search configuration for the database backend: Dutch + unaccent.

The database backend keeps one index entry per record whatever its language, so
one configuration serves both; Dutch (the site's first language) stems, and
unaccent folds accents so `cooperatie` finds `coöperatie`. Without the right to
create the unaccent extension, the configuration still stems.
"""

from django.db import DatabaseError, migrations, transaction

CONFIGURATION = "coopkracht_nl"


def create_configuration(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_ts_config WHERE cfgname = %s", [CONFIGURATION])
        if cursor.fetchone():
            return
        try:
            with transaction.atomic(using=connection.alias):
                cursor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
            mapping = "unaccent, dutch_stem"
        except DatabaseError:
            mapping = "dutch_stem"
        cursor.execute(f"CREATE TEXT SEARCH CONFIGURATION {CONFIGURATION} (COPY = dutch)")
        cursor.execute(
            f"ALTER TEXT SEARCH CONFIGURATION {CONFIGURATION} "
            f"ALTER MAPPING FOR hword, hword_part, word WITH {mapping}"
        )


def drop_configuration(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {CONFIGURATION}")


class Migration(migrations.Migration):
    dependencies = [("sitesearch", "0001_initial")]

    operations = [migrations.RunPython(create_configuration, drop_configuration)]
