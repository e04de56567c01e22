"""General content pages: mission and vision, membership, about, accessibility..."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import ContentStreamBlock


class BodyPage(Page):
    """Abstract: a page with a short introduction and a StreamField body.

    Fields: `intro` (plain text under the title, also used in lists and as the
    default search description) and `body` (ContentStreamBlock: heading,
    paragraph, image, quote, call_to_action, documents, embed, people, partners).
    """

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("One or two sentences under the title, also shown in lists."),
    )
    body = StreamField(ContentStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    class Meta:
        abstract = True


class ContentPage(BodyPage):
    """Any page of running text: mission and vision, membership, about us (with the
    board as a `people` block and partners as a `partners` block), the
    accessibility statement. Fields: see BodyPage.
    """

    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = ["home.ContentPage", "home.FormPage"]

    class Meta:
        verbose_name = _("content page")
