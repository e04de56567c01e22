"""`/sitemap.xml`: an index of sitemap sections built on django.contrib.sitemaps.

Each section holds at most 50,000 addresses (the protocol's limit; Django pages a
larger section with `?p=`), every address names SITE_URL and carries its language
versions as hreflang alternates. Answers are kept in the shared cache for an hour at
most, and forgotten when Wagtail publishes, unpublishes, moves or deletes something
(`sitemaps_changed`) or when a section's `fingerprint` changes (for rows written
without Wagtail's signals, as an import does).
"""

import hashlib

from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps.views import SitemapIndexItem
from django.contrib.sitemaps.views import sitemap as section_view
from django.core.cache import cache
from django.http import Http404, HttpResponse
from django.template.loader import render_to_string
from django.urls import reverse
from django.views.decorators.http import require_GET

from core.site_url import absolute_url

CACHE_SECONDS = 60 * 60
GENERATION_KEY = "sitemap:generation"


class PublicSitemap(Sitemap):
    """A section whose addresses start with SITE_URL and list their translations.

    Subclasses give `items()` (ordered, so pages are stable), `location(item)` as a
    path and `alternates_of(items)`: for each item, language code → path.
    """

    limit = 50_000

    def alternates_of(self, items) -> list[dict[str, str]]:
        raise NotImplementedError

    def fingerprint(self) -> str:
        """A cheap summary of the section's rows that changes when they change."""
        return ""

    def get_urls(self, page=1, site=None, protocol=None):
        scheme, _, domain = absolute_url("/").rstrip("/").partition("://")
        urls = self._urls(page, scheme, domain)
        alternates = self.alternates_of([url["item"] for url in urls])
        for url, languages in zip(urls, alternates, strict=True):
            url["alternates"] = [
                {"lang_code": code, "location": absolute_url(path)}
                for code, path in sorted(languages.items())
            ]
        return urls


def sitemaps_changed(**kwargs) -> None:
    """Forget every cached sitemap answer: the public pages changed."""
    if not cache.add(GENERATION_KEY, 1, None):
        cache.incr(GENERATION_KEY)


def _cached(name: str, fingerprint: str, build) -> HttpResponse:
    generation = cache.get_or_set(GENERATION_KEY, 1, None)
    digest = hashlib.sha256(fingerprint.encode()).hexdigest()[:16]
    key = f"sitemap:{generation}:{name}:{digest}"
    body = cache.get(key)
    if body is None:
        body = build()
        cache.set(key, body, CACHE_SECONDS)
    return _response(body)


def _response(body) -> HttpResponse:
    response = HttpResponse(body, content_type="application/xml")
    response["X-Robots-Tag"] = "noindex, noodp, noarchive"
    return response


@require_GET
def index(request, sections: dict):
    """The index: one entry per section and per 50,000 addresses of it."""

    def build():
        entries = []
        for name, section_class in sections.items():
            section = section_class()
            location = absolute_url(reverse("sitemap_section", args=[name]))
            entries.append(SitemapIndexItem(location, None))
            entries += [
                SitemapIndexItem(f"{location}?p={number}", None)
                for number in range(2, section.paginator.num_pages + 1)
            ]
        return render_to_string("sitemap_index.xml", {"sitemaps": entries})

    fingerprint = "|".join(section().fingerprint() for section in sections.values())
    return _cached("index", fingerprint, build)


@require_GET
def section(request, name: str, sections: dict):
    if name not in sections:
        raise Http404
    page = request.GET.get("p", "1")

    def build():
        response = section_view(request, sections, section=name)
        return response.render().content

    return _cached(f"{name}:{page}", sections[name]().fingerprint(), build)
