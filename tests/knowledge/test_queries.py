"""`knowledge.queries`: what the home page shows of news and events."""

import datetime

from django.core.cache import cache

from knowledge.images import CARD_RENDITION
from knowledge.queries import latest_news, upcoming_events
from tests.conftest import publish_translation
from tests.knowledge.builders import add_event, add_news, in_days, make_image


def test_latest_news_of_one_locale_newest_first(
    news_index, news_index_fr, locale_nl, locale_fr
):
    for day in range(1, 6):
        add_news(news_index, f"Bericht {day}", date=datetime.date(2026, 1, day))
    add_news(news_index, "Ontwerp", date=datetime.date(2026, 2, 1), live=False)
    newest = add_news(news_index, "Nieuwste", date=datetime.date(2026, 1, 9))
    publish_translation(newest, locale_fr, title="Le plus récent")

    assert [p.title for p in latest_news(locale_nl)] == [
        "Nieuwste",
        "Bericht 5",
        "Bericht 4",
    ]
    assert [p.title for p in latest_news(locale_nl, limit=1)] == ["Nieuwste"]
    assert [p.title for p in latest_news(locale_fr)] == ["Le plus récent"]


def test_upcoming_events_of_one_locale_soonest_first(
    event_index, event_index_fr, locale_nl, locale_fr
):
    add_event(event_index, "Later", start=in_days(20))
    add_event(event_index, "Bezig", start=in_days(0, hour=0), hours=48)
    add_event(event_index, "Voorbij", start=in_days(-2))
    add_event(event_index, "Ontwerp", start=in_days(2), live=False)
    soon = add_event(event_index, "Binnenkort", start=in_days(3))
    add_event(event_index, "Nog later", start=in_days(30))
    publish_translation(soon, locale_fr, title="Bientôt")

    assert [p.title for p in upcoming_events(locale_nl)] == [
        "Bezig",
        "Binnenkort",
        "Later",
    ]
    assert [p.title for p in upcoming_events(locale_fr)] == ["Bientôt"]


def test_pages_come_with_their_card_renditions(
    django_assert_num_queries, news_index, event_index, locale_nl
):
    for number in range(3):
        image = make_image(f"Beeld {number}")
        image.get_rendition(CARD_RENDITION)
        add_news(news_index, f"Bericht {number}", image=image)
        add_event(
            event_index, f"Activiteit {number}", start=in_days(number + 1), image=image
        )
    cache.clear()  # renditions must come from the prefetch, not from the cache

    pages = latest_news(locale_nl) + upcoming_events(locale_nl)
    with django_assert_num_queries(0):
        urls = [page.image.get_rendition(CARD_RENDITION).url for page in pages]
    assert len(urls) == 6
