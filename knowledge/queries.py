"""Knowledge pages for other parts of the site, e.g. the home page's teasers.

Both functions return a list of live, public, non-alias, specific pages of one
locale, each with `image` and its `knowledge.images.CARD_RENDITION` ("fill-640x360")
rendition prefetched: render them with `{% image page.image fill-640x360 %}` and
listing them costs a fixed number of queries.
"""

from wagtail.models import Locale

from knowledge.images import with_card_images
from knowledge.models import EventPage, NewsArticlePage
from knowledge.models.base import published
from knowledge.models.events import upcoming


def latest_news(locale: Locale, limit: int = 3) -> list[NewsArticlePage]:
    """The `limit` most recent news articles of `locale`, newest `date` first."""
    articles = published(NewsArticlePage.objects.filter(locale=locale))
    return list(with_card_images(articles).order_by("-date", "-pk")[:limit])


def upcoming_events(locale: Locale, limit: int = 3) -> list[EventPage]:
    """The next `limit` events of `locale` that have not ended, soonest first."""
    events = upcoming(EventPage.objects.filter(locale=locale))
    return list(with_card_images(events)[:limit])
