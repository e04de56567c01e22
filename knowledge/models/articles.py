"""Knowledge articles: lasting know-how for cooperatives, with files to download."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from knowledge.blocks import AttachmentsBlock
from knowledge.images import with_card_images
from knowledge.models.base import StoryPage, TaggedIndexPage, published


class KnowledgeIndexPage(TaggedIndexPage):
    """The knowledge base of one language: its articles, latest first, by tag."""

    subpage_types = ["knowledge.KnowledgeArticlePage"]

    class Meta:
        verbose_name = _("knowledge index")

    def listed_pages(self):
        pages = published(KnowledgeArticlePage.objects.child_of(self))
        pages = pages.prefetch_related("tags").order_by("-first_published_at", "-pk")
        return with_card_images(pages)


class KnowledgeArticleTag(TaggedItemBase):
    """Links a knowledge article to a tag (django-taggit through model)."""

    content_object = ParentalKey(
        "knowledge.KnowledgeArticlePage",
        on_delete=models.CASCADE,
        related_name="tagged_items",
    )


class KnowledgeArticlePage(StoryPage):
    """A guide, explainer or toolkit that stays useful, unlike dated news.

    Fields: `intro`, `image`, `body` (see StoryPage), `tags`, `attachments`
    (StreamField of `document` blocks: a document and optional link text).
    """

    tags = ClusterTaggableManager(
        through=KnowledgeArticleTag,
        blank=True,
        help_text=_("Readers can filter the knowledge base by these tags."),
    )
    attachments = StreamField(
        AttachmentsBlock(),
        blank=True,
        verbose_name=_("attachments"),
        help_text=_("Files to download, listed under the article (PDF, templates…)."),
    )

    content_panels = (
        Page.content_panels
        + StoryPage.story_panels
        + [FieldPanel("attachments"), FieldPanel("tags")]
    )
    search_fields = StoryPage.search_fields + [
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]
    parent_page_types = ["knowledge.KnowledgeIndexPage"]

    class Meta:
        verbose_name = _("knowledge article")
