"""A front cache (Varnish, nginx) is told every address a publication changes."""

import pytest

from tests.directory.factories import make_guides
from tests.knowledge.builders import add_event, add_news, in_days

pytestmark = pytest.mark.django_db


def test_publishing_a_news_item_purges_it_its_index_the_feed_and_the_home(
    news_index, front_cache
):
    article = add_news(news_index, "Nieuwe leden")
    front_cache.clear()
    article.save_revision().publish()
    assert {
        "/nl/nieuws/nieuwe-leden/",
        "/nl/nieuws/",
        "/nl/nieuws/feed/",
        "/nl/",
    } <= set(front_cache)


def test_publishing_an_event_purges_its_calendar_and_its_index_calendar(
    event_index, front_cache
):
    event = add_event(event_index, "Ledendag", start=in_days(10))
    front_cache.clear()
    event.save_revision().publish()
    assert {
        "/nl/activiteiten/ledendag/",
        "/nl/activiteiten/ledendag/ical/",
        "/nl/activiteiten/",
        "/nl/activiteiten/ical/",
        "/nl/",
    } <= set(front_cache)


def test_the_purged_feed_and_calendars_are_where_they_are_served(
    client, news_index, event_index
):
    add_event(event_index, "Ledendag", start=in_days(10))
    for path in (
        "/nl/nieuws/feed/",
        "/nl/activiteiten/ical/",
        "/nl/activiteiten/ledendag/ical/",
    ):
        assert client.get(path).status_code == 200, path


def test_publishing_an_enterprise_purges_its_addresses_in_the_front_cache(
    client, home_nl, home_fr, enterprise_factory, front_cache
):
    guides = make_guides(home_nl, home_fr)
    enterprise = enterprise_factory(name="Zonnewind")
    french = enterprise.get_translation(guides["fr"].locale)
    front_cache.clear()
    enterprise.save_revision().publish()
    pages = {
        "/nl/memo-gids/",
        "/fr/guide-memo/",
        f"/nl/memo-gids/{enterprise.slug}/",
        f"/fr/guide-memo/{french.slug}/",
    }
    api = {
        "/api/v1/enterprises/",
        "/api/v1/enterprises/?locale=nl",
        "/api/v1/enterprises/?locale=fr",
        "/api/v1/enterprises/export.csv?locale=fr",
        "/api/v1/enterprises/export.geojson",
        "/embed/guide/",
        "/embed/guide/?locale=fr",
        *(
            f"/api/v1/enterprises/{version.pk}/{query}"
            for version in (enterprise, french)
            for query in ("", "?locale=nl", "?locale=fr")
        ),
    }
    assert pages | api <= set(front_cache)
    for path in api:
        assert client.get(path).status_code == 200, path
