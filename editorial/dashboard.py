"""The admin's first screen for this site: what waits for someone, and where to go."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.models import Locale, Page, WorkflowState

from directory.admin.filters import PROPOSAL_QUEUES
from directory.models import Enterprise
from knowledge.models import EventIndexPage, NewsIndexPage


def enterprise_listing(**filters) -> str:
    url = reverse(Enterprise.snippet_viewset.get_url_name("list"))
    query = "&".join(f"{name}={value}" for name, value in filters.items())
    return f"{url}?{query}" if query else url


class CoopkrachtPanel(Component):
    """New proposals and possible duplicates, the guide per language, work waiting
    for review, and shortcuts to news, agenda and the MeMO guide: a fixed number
    of queries, whatever the number of enterprises."""

    name = "coopkracht"
    order = 50
    template_name = "editorial/dashboard_panel.html"

    def get_context_data(self, parent_context):
        return {
            "guide": self.guide_counts(),
            "languages": self.enterprises_per_language(),
            "reviews": self.waiting_for_review(),
            "shortcuts": self.shortcuts(),
        }

    def guide_counts(self):
        """The listing's proposal queues, each enterprise counted once whatever the
        number of its language versions. Their links list every language: a
        proposal exists in the language its visitor wrote it in."""
        counts = Enterprise.objects.aggregate(
            **{
                value: Count("translation_key", distinct=True, filter=queue.condition)
                for value, queue in PROPOSAL_QUEUES.items()
            }
        )
        return [
            {
                "label": queue.label,
                "count": counts[value],
                "url": enterprise_listing(proposals=value, locale=""),
            }
            for value, queue in PROPOSAL_QUEUES.items()
        ]

    def enterprises_per_language(self):
        counts = {
            row["locale"]: row
            for row in Enterprise.objects.values("locale")
            .annotate(total=Count("pk"), published=Count("pk", filter=Q(live=True)))
            .order_by("locale")
        }
        return [
            {
                "language": locale.get_display_name(),
                "total": counts.get(locale.pk, {}).get("total", 0),
                "published": counts.get(locale.pk, {}).get("published", 0),
                "url": enterprise_listing(locale=locale.language_code),
            }
            for locale in Locale.objects.order_by("pk")
        ]

    def waiting_for_review(self):
        waiting = (
            WorkflowState.objects.active()
            .values("base_content_type")
            .annotate(count=Count("pk"))
            .order_by("base_content_type")
        )
        return [
            {
                "label": ContentType.objects.get_for_id(row["base_content_type"])
                .model_class()
                ._meta.verbose_name_plural.capitalize(),
                "count": row["count"],
            }
            for row in waiting
        ] or None

    def shortcuts(self):
        links = {
            ContentType.objects.get_for_model(NewsIndexPage).pk: _("News"),
            ContentType.objects.get_for_model(EventIndexPage).pk: _("Agenda"),
        }
        pages = Page.objects.filter(
            content_type__in=links, locale=Locale.get_active()
        ).order_by("content_type", "path")
        shortcuts = {}
        for page in pages.only("pk", "content_type"):
            shortcuts.setdefault(
                page.content_type_id,
                {
                    "label": links[page.content_type_id],
                    "url": reverse("wagtailadmin_explore", args=[page.pk]),
                },
            )
        shortcuts = [shortcuts[pk] for pk in links if pk in shortcuts]
        shortcuts.append({"label": _("MeMO-gids"), "url": enterprise_listing()})
        return shortcuts
