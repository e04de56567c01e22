from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FollowingConfig(AppConfig):
    name = "following"
    verbose_name = _("Following the guide")

    def ready(self):
        from directory import routes
        from following.views import follow

        routes.serve("follow", follow)
