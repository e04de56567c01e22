from django.apps import AppConfig
from django.db.models.signals import post_migrate


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Coopkracht"

    def ready(self):
        from home import translated_slugs  # noqa: F401 (connects its receiver)
        from home.chosen_snippets import connect
        from home.site_address import sync_after_migrate

        connect()
        post_migrate.connect(sync_after_migrate, sender=self)
