"""When content changes, cached pages go: the page cache here, a front cache beyond.

Any saved or deleted record of the site's own apps, pages, sites, images or
settings drops the whole anonymous page cache (`forget_all_pages`): pages show
navigation, footer, language links, listings and enterprises, so a narrower purge
would have to know every page that shows a record, and a missed one would serve
stale content. A whole purge is one key in the shared cache.

A front cache (`WAGTAILFRONTENDCACHE`) is told the addresses that changed: Wagtail
purges a published page itself; here its parent and its home page follow, and a
published enterprise purges its page, the guide and the API in both languages.
"""

from django.apps import apps
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.contrib.frontend_cache.utils import (
    purge_pages_from_cache,
    purge_urls_from_cache,
)
from wagtail.models import Site
from wagtail.signals import page_published, page_unpublished, published, unpublished

from caching.pages import forget_all_pages
from directory.changes import enterprises_written

CONTENT_APPS = {"home", "knowledge", "directory", "wagtailcore", "wagtailimages"}
# Records that no page shows: saving them leaves the pages as they are.
NOT_SHOWN = {
    "wagtailcore.revision",
    "wagtailcore.modellogentry",
    "wagtailcore.pagelogentry",
    "wagtailcore.workflowstate",
    "wagtailcore.taskstate",
    "wagtailcore.comment",
    "wagtailcore.pagesubscription",
    "wagtailcore.referenceindex",
    "directory.importjob",
}


def _shown_on_pages(sender) -> bool:
    label = sender._meta.label_lower
    return sender._meta.app_label in CONTENT_APPS and label not in NOT_SHOWN


@receiver(post_save)
@receiver(post_delete)
def forget_pages_on_change(sender, **kwargs):
    if _shown_on_pages(sender):
        forget_all_pages()


@receiver(enterprises_written)
def forget_pages_after_bulk_write(sender, **kwargs):
    forget_all_pages()


@receiver(page_published)
@receiver(page_unpublished)
def purge_what_lists_a_page(sender, instance, **kwargs):
    forget_all_pages()
    # Its parent lists it; its home page may show it among the latest.
    listing = instance.get_ancestors().filter(depth__in={2, instance.depth - 1})
    purge_pages_from_cache(listing.specific())


@receiver(published)
@receiver(unpublished)
def purge_enterprise_addresses(sender, instance, **kwargs):
    forget_all_pages()
    enterprise_model = apps.get_model("directory", "Enterprise")
    if not isinstance(instance, enterprise_model):
        return
    purge_urls_from_cache(enterprise_addresses(instance))


def enterprise_addresses(enterprise) -> list[str]:
    """Where an enterprise shows, in every language: its page, the guide, the API."""
    from directory.links import enterprise_path, guide_urls

    site = Site.objects.filter(is_default_site=True).first()
    root = site.root_url if site else ""
    guides = guide_urls()
    paths = ["/api/v1/enterprises/", f"/api/v1/enterprises/{enterprise.pk}/"]
    paths.extend(guides.values())
    for version in enterprise.get_translations(inclusive=True).select_related("locale"):
        guide_url = guides.get(version.locale.language_code)
        if guide_url:
            paths.append(enterprise_path(guide_url, version))
    return [root + path for path in paths]
