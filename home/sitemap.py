"""The sitemap section of the site's pages: every live public page, both languages."""

from wagtail.models import Page, Site

from core.sitemaps import PublicSitemap


def _public(pages):
    return pages.live().public().filter(alias_of__isnull=True)


class PageSitemap(PublicSitemap):
    """Live, public pages under the default site's home pages of every language."""

    def items(self):
        site = Site.objects.filter(is_default_site=True).select_related("root_page")
        site = site.first()
        if site is None:
            return Page.objects.none()
        roots = Page.objects.filter(translation_key=site.root_page.translation_key)
        pages = Page.objects.none()
        for root in roots:
            pages |= Page.objects.descendant_of(root, inclusive=True)
        return _public(pages).order_by("path").specific()

    def location(self, page):
        return page.get_url()

    def lastmod(self, page):
        return page.last_published_at

    def alternates_of(self, pages):
        keys = {page.translation_key for page in pages}
        versions = {}
        translations = _public(Page.objects.filter(translation_key__in=keys))
        for translation in translations.select_related("locale"):
            url = translation.get_url()
            if url:
                versions.setdefault(translation.translation_key, {})[
                    translation.locale.language_code
                ] = url
        return [versions.get(page.translation_key, {}) for page in pages]
