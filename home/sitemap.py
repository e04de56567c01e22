"""Entries of `/sitemap.xml`: every live public page with its hreflang alternates."""

from wagtail.models import Page, Site

from config.site_url import absolute_url
from home.translations import page_alternates


def sitemap_entries(request):
    site = Site.find_for_request(request) or Site.objects.get(is_default_site=True)
    root_key = site.root_page.translation_key
    roots = Page.objects.filter(translation_key=root_key)
    pages = Page.objects.none()
    for root in roots:
        pages |= Page.objects.descendant_of(root, inclusive=True)
    entries = []
    for page in pages.live().public().filter(alias_of__isnull=True).specific():
        url = page.get_url(request=request)
        if not url:
            continue
        url = absolute_url(url)
        alternates = {
            code: absolute_url(link)
            for code, link in page_alternates(page, request).items()
        }
        entries.append(
            {
                "location": url,
                "lastmod": page.last_published_at,
                "alternates": alternates,
            }
        )
    return entries
