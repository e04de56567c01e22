"""RSS 2.0 feed of one news index, served by the index's `feed/` route."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone

from core.site_url import absolute_url


class NewsFeed(Feed):
    """The latest live articles of one news index, in that index's language."""

    def __init__(self, news_index):
        super().__init__()
        self.news_index = news_index
        self.language = news_index.locale.language_code

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.news_index

    def title(self, news_index):
        return news_index.title

    def link(self, news_index):
        return absolute_url(news_index.get_url(self.request))

    def feed_url(self, news_index):
        return absolute_url(news_index.feed_url(self.request))

    def description(self, news_index):
        return news_index.intro or news_index.title

    def items(self, news_index):
        return news_index.articles()[: news_index.feed_size]

    def item_title(self, article):
        return article.title

    def item_description(self, article):
        return article.intro

    def item_link(self, article):
        return absolute_url(article.get_url(self.request))

    def item_pubdate(self, article):
        return timezone.make_aware(
            datetime.datetime.combine(article.date, datetime.time())
        )

    def item_updateddate(self, article):
        return article.last_published_at

    def item_categories(self, article):
        return [tag.name for tag in article.tags.all()]
