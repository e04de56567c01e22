from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DirectoryConfig(AppConfig):
    name = "directory"
    verbose_name = _("MeMO guide")

    def ready(self):
        from directory import routes, signals  # noqa: F401
        from directory.ownership import updates  # noqa: F401 (outcome e-mails)
        from directory.ownership.views import owner_action, owner_request, owner_update
        from directory.site_search import ENTERPRISES
        from directory.views.embed import embed_builder
        from directory.views.enterprise import enterprise_detail
        from directory.views.guide import guide_index
        from directory.views.proposals import propose
        from search.providers import register

        routes.serve("guide_index", guide_index)
        routes.serve("propose", propose)
        routes.serve("enterprise", enterprise_detail)
        routes.serve("embed_builder", embed_builder)
        routes.serve("owner_request", owner_request)
        routes.serve("owner_update", owner_update)
        routes.serve("owner_action", owner_action)
        register(ENTERPRISES)
