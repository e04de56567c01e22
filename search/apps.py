from django.apps import AppConfig
from django.db.models.signals import post_migrate


class SearchConfig(AppConfig):
    name = "search"
    label = "sitesearch"
    verbose_name = "Search"

    def ready(self):
        from search.engines.lifecycle import create_all_indexes

        post_migrate.connect(
            create_all_indexes, sender=self, dispatch_uid="search-create-indexes"
        )
