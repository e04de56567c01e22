from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DirectoryConfig(AppConfig):
    name = "directory"
    verbose_name = _("MeMO guide")

    def ready(self):
        from django.db.models.signals import post_migrate

        from directory import signals  # noqa: F401
        from directory.moderation import set_up_moderation

        post_migrate.connect(set_up_moderation, sender=self)
