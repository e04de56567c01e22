"""The home page of each language tree: `/nl/` and `/fr/`."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.images import get_image_model_string
from wagtail.models import Page
from wagtail.search import index

from core.listings import listing
from home.localization import localize_page, localize_pages
from home.models.services import ServicePage


class HomePage(Page):
    """The front door of each language: introduction, featured services, the way
    into the MeMO guide, latest news and upcoming events.

    Fields: `intro` (the lead text), `hero_image` (optional), `featured_services`
    (StreamField of `service` page choosers, ServicePages in display order),
    `guide_page` (the MeMO guide page, any page type so `home` does not depend
    on `directory`), `guide_heading` and `guide_text` (the guide's call to
    action). News and events are the `latest_news` and `upcoming_events` listings
    (`core.listings`, filled by knowledge), newest and soonest three.

    No `subpage_types`: the news, events and guide indexes of other apps live
    under it (they restrict themselves with `parent_page_types`).
    """

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("What Coopkracht is, in two or three sentences."),
    )
    hero_image = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional, shown next to the introduction. Landscape works best."),
    )
    featured_services = StreamField(
        [
            (
                "service",
                blocks.PageChooserBlock(
                    page_type="home.ServicePage", label=_("Service"), icon="tick"
                ),
            )
        ],
        blank=True,
        verbose_name=_("featured services"),
        help_text=_("The services to highlight, in this order."),
    )
    guide_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("MeMO guide page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Choose the MeMO guide page; the button on the home page leads there."
        ),
    )
    guide_heading = models.CharField(
        _("guide heading"),
        max_length=120,
        blank=True,
        help_text=_("E.g. “Find people- and environment-friendly enterprises”."),
    )
    guide_text = models.TextField(
        _("guide text"),
        blank=True,
        help_text=_("One or two sentences that invite visitors to search the guide."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("hero_image"),
        MultiFieldPanel(
            [
                FieldPanel("guide_page"),
                FieldPanel("guide_heading"),
                FieldPanel("guide_text"),
            ],
            heading=_("MeMO guide"),
            help_text=_("A prominent block that leads visitors to the guide."),
        ),
        FieldPanel("featured_services"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    max_count_per_parent = 1
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        services = localize_pages(
            [block.value for block in self.featured_services], model=ServicePage
        )
        context["featured_services"] = [page for page in services if page]
        context["guide_page"] = localize_page(self.guide_page)
        context["latest_news"] = listing("latest_news", self.locale_id)
        context["upcoming_events"] = listing("upcoming_events", self.locale_id)
        return context
