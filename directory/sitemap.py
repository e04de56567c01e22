"""The sitemap section of the guide's enterprise pages, with their language versions."""

from django.db.models import Count, Max

from core.sitemaps import PublicSitemap
from directory.links import guide_urls, slug_path
from directory.models import Enterprise

FIELDS = ("translation_key", "locale__language_code", "slug", "last_published_at")


class EnterpriseSitemap(PublicSitemap):
    """One address per published enterprise page of a language whose guide is live.

    Rows are read as values, never as models: a section of 50,000 addresses costs a
    count, the page of rows and one query for their other language versions. The
    importer writes rows without Wagtail's signals, so the fingerprint (count, last
    publication, highest id) tells the cache when they changed.
    """

    def __init__(self):
        self.guides = guide_urls()

    def _live(self):
        return Enterprise.objects.filter(
            live=True, locale__language_code__in=self.guides
        )

    def fingerprint(self) -> str:
        summary = self._live().aggregate(
            count=Count("pk"), last=Max("last_published_at"), top=Max("pk")
        )
        return f"{sorted(self.guides.items())}{sorted(summary.items())}"

    def items(self):
        return self._live().values(*FIELDS).order_by("pk")

    def location(self, row):
        return slug_path(self.guides[row["locale__language_code"]], row["slug"])

    def lastmod(self, row):
        return row["last_published_at"]

    def alternates_of(self, rows):
        keys = {row["translation_key"] for row in rows}
        versions = {}
        for key, language, slug in (
            self._live().filter(translation_key__in=keys).values_list(*FIELDS[:3])
        ):
            versions.setdefault(key, {})[language] = slug_path(
                self.guides[language], slug
            )
        return [versions.get(row["translation_key"], {}) for row in rows]
