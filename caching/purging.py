"""When content changes, cached pages go: the page cache here, a front cache beyond.

Any saved or deleted record of the site's own apps, pages, sites, images or
settings drops the whole anonymous page cache (`forget_all_pages`): pages show
navigation, footer, language links, listings and enterprises, so a narrower purge
would have to know every page that shows a record, and a missed one would serve
stale content. A whole purge is one key in the shared cache.

A front cache (`WAGTAILFRONTENDCACHE`) is told the addresses that changed: Wagtail
purges a published page itself; here its parent and its home page follow, each
with the routes it names in `get_cached_paths` (a news index's feed, an events
calendar). Snippets that are published (enterprises, navigation) drop the page
cache too; the guide purges its own addresses from a front cache
(`directory.signals`).
"""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.contrib.frontend_cache.utils import (
    purge_pages_from_cache,
)
from wagtail.signals import page_published, page_unpublished, published, unpublished

from caching.pages import forget_all_pages

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
    "wagtailimages.rendition",
}


def _shown_on_pages(sender) -> bool:
    label = sender._meta.label_lower
    return sender._meta.app_label in CONTENT_APPS and label not in NOT_SHOWN


@receiver(post_save)
@receiver(post_delete)
def forget_pages_on_change(sender, **kwargs):
    if _shown_on_pages(sender):
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
def forget_pages_on_publish(sender, instance, **kwargs):
    forget_all_pages()
