"""News: dated articles in a per-language news index with its own RSS feed."""

import datetime

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page
from wagtail.search import index

from knowledge.feeds import NewsFeed
from knowledge.images import with_card_images
from knowledge.models.base import (
    StoryPage,
    TaggedIndexPage,
    cached_paths,
    published,
    subpage_url,
)


class NewsIndexPage(RoutablePageMixin, TaggedIndexPage):
    """The news of one language: its articles newest first, by tag, and as RSS.

    Routes: the list itself (`?tag=<slug>`, `?page=<n>`) and `feed/` (RSS 2.0 of
    the latest live articles of this index, hence of this language).
    """

    subpage_types = ["knowledge.NewsArticlePage"]
    feed_size = 20

    class Meta:
        verbose_name = _("news index")

    def articles(self):
        """Live public articles of this index with their tags, newest first."""
        pages = published(NewsArticlePage.objects.child_of(self))
        return pages.prefetch_related("tags").order_by("-date", "-pk")

    def listed_pages(self):
        return with_card_images(self.articles())

    def feed_url(self, request=None) -> str:
        return subpage_url(self, "feed", request)

    def get_cached_paths(self):
        return cached_paths(self, "feed")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["feed_url"] = self.feed_url(request)
        return context

    @path("feed/", name="feed")
    def feed(self, request):
        return NewsFeed(self)(request)


class NewsArticleTag(TaggedItemBase):
    """Links a news article to a tag (django-taggit through model)."""

    content_object = ParentalKey(
        "knowledge.NewsArticlePage",
        on_delete=models.CASCADE,
        related_name="tagged_items",
    )


class NewsArticlePage(StoryPage):
    """One news item: what happened or what is new, dated, tagged.

    Fields: `date` (publication date, orders the list), `intro`, `image`,
    `body` (see StoryPage), `tags` (free tags, filter the news index).
    """

    date = models.DateField(
        _("date"),
        default=datetime.date.today,
        help_text=_("Shown to readers; the news list is sorted by it."),
    )
    tags = ClusterTaggableManager(
        through=NewsArticleTag,
        blank=True,
        help_text=_("Readers can filter the news by these tags."),
    )

    content_panels = (
        Page.content_panels
        + [FieldPanel("date")]
        + StoryPage.story_panels
        + [FieldPanel("tags")]
    )
    search_fields = StoryPage.search_fields + [
        index.FilterField("date"),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]
    parent_page_types = ["knowledge.NewsIndexPage"]

    class Meta:
        verbose_name = _("news article")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        news_index = context["index"]
        if isinstance(news_index, NewsIndexPage):
            context["feed_url"] = news_index.feed_url(request)
        return context
