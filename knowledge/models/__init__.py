"""Page models of the "sharing knowledge" side: news, events and knowledge articles."""

from knowledge.models.articles import (
    KnowledgeArticlePage,
    KnowledgeArticleTag,
    KnowledgeIndexPage,
)
from knowledge.models.events import EventIndexPage, EventPage
from knowledge.models.news import NewsArticlePage, NewsArticleTag, NewsIndexPage

__all__ = [
    "EventIndexPage",
    "EventPage",
    "KnowledgeArticlePage",
    "KnowledgeArticleTag",
    "KnowledgeIndexPage",
    "NewsArticlePage",
    "NewsArticleTag",
    "NewsIndexPage",
]
