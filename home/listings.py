"""Latest news and upcoming events for the home page.

The news and event pages live in the `knowledge` app. They are looked up through
the app registry rather than imported, so `home` works (and shows empty lists)
in a project without them. Fields relied on: `NewsArticlePage.date` (a date),
`EventPage.start` and, when it exists, `EventPage.end` (datetimes).
"""

import datetime

from django.apps import apps
from django.utils import timezone
from wagtail.models import Locale


def _knowledge_model(name: str):
    try:
        return apps.get_model("knowledge", name)
    except LookupError:
        return None


def _published(model, locale: Locale | int):
    return model.objects.live().public().filter(locale=locale, alias_of__isnull=True)


def latest_news(locale: Locale | int, limit: int = 3) -> list:
    """The `limit` most recent live news articles of `locale`, newest first."""
    model = _knowledge_model("NewsArticlePage")
    if model is None:
        return []
    return list(_published(model, locale).order_by("-date", "-pk")[:limit])


def upcoming_events(locale: Locale | int, limit: int = 3) -> list:
    """The next `limit` live events of `locale` that are not over, soonest first.

    An event is over once its `end` has passed (the same rule as the events
    list); for an event model without `end`, at the end of the day it starts.
    """
    model = _knowledge_model("EventPage")
    if model is None:
        return []
    pages = _published(model, locale)
    if any(field.name == "end" for field in model._meta.get_fields()):
        pages = pages.filter(end__gte=timezone.now())
    else:
        start_of_today = timezone.make_aware(
            datetime.datetime.combine(timezone.localdate(), datetime.time.min)
        )
        pages = pages.filter(start__gte=start_of_today)
    return list(pages.order_by("start", "pk")[:limit])
