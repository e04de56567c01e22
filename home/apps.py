from django.apps import AppConfig
from django.db.models.signals import post_delete, post_migrate


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Coopkracht"

    def ready(self):
        from wagtail import signals
        from wagtail.models import Page

        from core.sitemaps import sitemaps_changed
        from directory.models import Enterprise
        from home import translated_slugs  # noqa: F401 (connects its receiver)
        from home.chosen_snippets import connect
        from home.site_address import sync_after_migrate

        connect()
        post_migrate.connect(sync_after_migrate, sender=self)
        for signal in (
            signals.page_published,
            signals.page_unpublished,
            signals.post_page_move,
            signals.published,
            signals.unpublished,
        ):
            signal.connect(sitemaps_changed, dispatch_uid="sitemaps_changed")
        for model in (Page, Enterprise):
            post_delete.connect(
                sitemaps_changed, sender=model, dispatch_uid=f"sitemaps_changed_{model}"
            )
