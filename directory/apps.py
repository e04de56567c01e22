from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DirectoryConfig(AppConfig):
    name = "directory"
    verbose_name = _("MeMO guide")

    def ready(self):
        from directory import signals  # noqa: F401
        from directory.site_search import ENTERPRISES
        from search.providers import register

        register(ENTERPRISES)
