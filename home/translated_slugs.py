"""A translated page gets its own address, made from its translated title.

wagtail-localize treats the slug as one more text to translate, and publishes a
translation whose slug nobody translated with the source's slug: a French page at
a Dutch address. So when a page's title is translated and its slug is not, the
slug's translation is made from the translated title (slugified); translators see
it in the translation editor and can change it like any other text.
"""

from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils.text import slugify
from wagtail_localize.models import StringSegment, StringTranslation


@receiver(post_save, sender=StringTranslation)
def slug_from_translated_title(sender, instance, raw=False, **kwargs):
    if raw or instance.context is None or instance.context.path != "title":
        return
    slug_segment = (
        StringSegment.objects.filter(
            source__object_id=instance.context.object_id,
            context__path="slug",  # only pages translate their slug
        )
        .select_related("string")
        .first()
    )
    if slug_segment is None:
        return
    slug = slugify(instance.data)
    if not slug:
        return
    StringTranslation.objects.get_or_create(
        translation_of_id=slug_segment.string_id,
        locale_id=instance.locale_id,
        context_id=slug_segment.context_id,
        defaults={
            "data": slug,
            "translation_type": instance.translation_type,
            "tool_name": instance.tool_name,
            "last_translated_by": instance.last_translated_by,
        },
    )
