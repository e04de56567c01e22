"""A PostgreSQL text-search configuration for matching the beginning of words.

No stemming (a beginning is not a word to stem) but accents folded, so that "coop"
finds "Coöperaties".
"""

from django.db import migrations

from search.text_search import configuration_migration

forward, backward = configuration_migration("coopkracht_prefix", "simple", "simple")


class Migration(migrations.Migration):
    dependencies = [("sitesearch", "0002_text_search_configuration")]

    operations = [migrations.RunPython(forward, backward)]
