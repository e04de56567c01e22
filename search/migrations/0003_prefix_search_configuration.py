"""A PostgreSQL text-search configuration for matching the beginning of words.

No stemming (a beginning is not a word to stem) but accents folded, so that "coop"
finds "Coöperaties". Without the unaccent extension, it is plain `simple`.
"""

from django.db import migrations

CONFIGURATION = "coopkracht_prefix"


def create_configuration(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_ts_config WHERE cfgname = %s", [CONFIGURATION])
        if cursor.fetchone():
            return
        cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'unaccent'")
        mapping = "unaccent, simple" if cursor.fetchone() else "simple"
        cursor.execute(f"CREATE TEXT SEARCH CONFIGURATION {CONFIGURATION} (COPY = simple)")
        cursor.execute(
            f"ALTER TEXT SEARCH CONFIGURATION {CONFIGURATION} "
            f"ALTER MAPPING FOR hword, hword_part, word WITH {mapping}"
        )


def drop_configuration(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {CONFIGURATION}")


class Migration(migrations.Migration):
    dependencies = [("sitesearch", "0002_text_search_configuration")]

    operations = [migrations.RunPython(create_configuration, drop_configuration)]
