"""Sitemap entries of the guide's enterprise pages, with their language versions."""

from collections import defaultdict

from config.site_url import absolute_url
from directory.links import guide_urls, slug_path
from directory.models import Enterprise


def enterprise_entries(request) -> list[dict]:
    """One entry per published enterprise page; a fixed number of queries."""
    guides = guide_urls(request)
    versions = defaultdict(dict)
    rows = (
        Enterprise.objects.filter(live=True, locale__language_code__in=guides)
        .values_list(
            "translation_key", "locale__language_code", "slug", "last_published_at"
        )
        .order_by("name", "pk")
    )
    for key, language, slug, published_at in rows:
        url = absolute_url(slug_path(guides[language], slug))
        versions[key][language] = (url, published_at)
    entries = []
    for languages in versions.values():
        alternates = {language: url for language, (url, _at) in languages.items()}
        for url, published_at in languages.values():
            entries.append(
                {"location": url, "lastmod": published_at, "alternates": alternates}
            )
    return entries
