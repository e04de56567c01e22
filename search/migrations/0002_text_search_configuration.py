"""A PostgreSQL text-search configuration for the database backend: Dutch + unaccent.

Dutch records are stemmed as Dutch, and unaccent folds accents so `cooperatie`
finds `coöperatie`. Without the right to create the unaccent extension, it still
stems.
"""

from django.db import migrations

from search.text_search import configuration_migration

forward, backward = configuration_migration("coopkracht_nl", "dutch", "dutch_stem")


class Migration(migrations.Migration):
    dependencies = [("sitesearch", "0001_initial")]

    operations = [migrations.RunPython(forward, backward)]
