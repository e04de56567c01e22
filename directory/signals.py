"""Signal receivers of the guide: an enterprise's language versions go together.

Publishing one updates the others; deleting one deletes the others, so a
deleted Dutch draft leaves no French copy online. Every change to what visitors
see drops the cached facet counts; publishing, unpublishing and bulk writes let
the caches of its addresses go.
"""

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.urls import reverse
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
from wagtail.models import Site
from wagtail.signals import published, unpublished

from caching.pages import forget_all_pages
from directory.api.downloads import FORMATS
from directory.changes import enterprises_written
from directory.finder.facet_cache import forget_cached_facets
from directory.links import enterprise_path, guide_urls
from directory.models import Enterprise, Label, Sector
from directory.sharing import refresh_translation_source, share_with_translations


@receiver(published, sender=Enterprise)
def share_published_enterprise(sender, instance, **kwargs):
    share_with_translations(instance)
    refresh_translation_source(instance)


@receiver(post_delete, sender=Enterprise)
def delete_other_language_versions(sender, instance, **kwargs):
    Enterprise.objects.filter(translation_key=instance.translation_key).exclude(
        pk=instance.pk
    ).delete()


@receiver(published, sender=Enterprise)
@receiver(unpublished, sender=Enterprise)
def purge_enterprise_addresses(sender, instance, **kwargs):
    purge_urls_from_cache(enterprise_addresses(instance))


@receiver(enterprises_written)
def forget_pages_after_bulk_write(sender, **kwargs):
    forget_all_pages()


def enterprise_addresses(enterprise) -> list[str]:
    """Where an enterprise shows, in every language: its pages, the guides, the API
    and the embedded guide.

    The API's list, the embedded guide, the downloads and every language
    version's record, each as asked without `locale` and with each language's.
    """
    site = Site.objects.filter(is_default_site=True).first()
    root = site.root_url if site else ""
    guides = guide_urls()
    versions = list(
        enterprise.get_translations(inclusive=True).select_related("locale")
    )
    # The embedded guide reads `locale` like the API (docs/contract.md#embedding).
    api = [reverse("api:enterprise_list"), reverse("embed_guide")]
    api.extend(reverse(f"api:enterprise_export_{output}") for output in FORMATS)
    api.extend(reverse("api:enterprise_detail", args=[v.pk]) for v in versions)
    paths = [
        *api,
        *(
            f"{path}?locale={code}"
            for path in api
            for code, _name in settings.LANGUAGES
        ),
        *guides.values(),
    ]
    for version in versions:
        guide_url = guides.get(version.locale.language_code)
        if guide_url:
            paths.append(enterprise_path(guide_url, version))
    return [root + path for path in paths]


@receiver(published, sender=Enterprise)
@receiver(unpublished, sender=Enterprise)
@receiver(post_save, sender=Enterprise)  # a live record edited in place
@receiver(post_delete, sender=Enterprise)
@receiver(post_save, sender=Sector)
@receiver(post_delete, sender=Sector)
@receiver(post_save, sender=Label)
@receiver(post_delete, sender=Label)
def forget_facets(sender, **kwargs):
    forget_cached_facets()
