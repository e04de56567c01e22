"""Signal receivers of the guide: publishing an enterprise updates its other languages."""

from django.dispatch import receiver
from wagtail.signals import published

from directory.models import Enterprise
from directory.sharing import refresh_translation_source, share_with_translations


@receiver(published, sender=Enterprise)
def share_published_enterprise(sender, instance, **kwargs):
    share_with_translations(instance)
    refresh_translation_source(instance)
