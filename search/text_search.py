"""PostgreSQL text-search configurations of the database backend, made by migrations.

Each folds accents (unaccent, where the database lets the extension be created) and
then stems in its language, or not at all (`simple`) for beginnings of words.
"""

from django.db import DatabaseError, transaction


def create_configuration(schema_editor, name: str, template: str, dictionary: str):
    """CREATE TEXT SEARCH CONFIGURATION `name` as `template`, words by `dictionary`."""
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_ts_config WHERE cfgname = %s", [name])
        if cursor.fetchone():
            return
        try:
            with transaction.atomic(using=connection.alias):
                cursor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
            mapping = f"unaccent, {dictionary}"
        except DatabaseError:
            mapping = dictionary
        cursor.execute(f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = {template})")
        cursor.execute(
            f"ALTER TEXT SEARCH CONFIGURATION {name} "
            f"ALTER MAPPING FOR hword, hword_part, word WITH {mapping}"
        )


def drop_configuration(schema_editor, name: str):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")


def configuration_migration(name: str, template: str, dictionary: str):
    """The forward and backward functions of a RunPython making configuration `name`."""

    def forward(apps, schema_editor):
        create_configuration(schema_editor, name, template, dictionary)

    def backward(apps, schema_editor):
        drop_configuration(schema_editor, name)

    return forward, backward
