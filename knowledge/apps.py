from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KnowledgeConfig(AppConfig):
    name = "knowledge"
    verbose_name = _("Sharing knowledge")

    def ready(self):
        from core.listings import register
        from knowledge.models import EventPage, NewsArticlePage
        from knowledge.queries import latest_news, upcoming_events
        from search.providers import register_page_group

        register("latest_news", latest_news)
        register("upcoming_events", upcoming_events)

        # The site search lists news and events in a group of their own.
        register_page_group("news", NewsArticlePage, EventPage)
