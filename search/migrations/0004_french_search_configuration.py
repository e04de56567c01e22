"""French records in the database backend: French stemming + unaccent.

So that "boulangeries" finds "boulangerie" and "ecole" finds "école".
"""

from django.db import migrations

from search.text_search import configuration_migration

forward, backward = configuration_migration("coopkracht_fr", "french", "french_stem")


class Migration(migrations.Migration):
    dependencies = [("sitesearch", "0003_prefix_search_configuration")]

    operations = [migrations.RunPython(forward, backward)]
