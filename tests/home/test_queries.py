"""Query counts of each page type are pinned, and do not grow with the content.

Counts are taken on a second request, once Wagtail's caches (site root paths)
and what each process keeps until content changes are warm, as they are in
production. They include the header and footer of `site_chrome`, whose settings,
menus and footer text come from those caches on a warm request.
"""

import datetime
import io

import pytest
from django.core.cache import cache
from django.core.files.images import ImageFile
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.images.models import Image

from home.models import Person, ServicePage
from knowledge.models import EventIndexPage, EventPage, NewsArticlePage, NewsIndexPage
from tests.home.conftest import add_page

# (page type, language) → queries. The site, each page's route, row and view
# restrictions, language versions and breadcrumbs and the settings are kept
# between requests (`caching.serving`, `caching.pages.kept_until_content_changes`):
# a page costs what it lists, the same in both languages.
EXPECTED = {
    ("home", "nl"): 5,
    ("home", "fr"): 5,
    ("content", "nl"): 0,
    ("content", "fr"): 0,
    ("service_index", "nl"): 2,
    ("service_index", "fr"): 2,
    ("service", "nl"): 0,
    ("service", "fr"): 0,
    # The form's link to the privacy statement looks the statement up (2); its
    # fill-time token is bound to the visitor's session, which is read (1).
    ("form", "nl"): 4,
    ("form", "fr"): 4,
}


def warm(client, url):
    """A first request fills Wagtail's caches, as they are in production."""
    cache.clear()
    assert client.get(url).status_code == 200


@pytest.mark.parametrize(("key", "language"), list(EXPECTED))
def test_query_count_of_each_page_type(
    client, pages_nl, pages_fr, site_chrome, django_assert_num_queries, key, language
):
    page = {"nl": pages_nl, "fr": pages_fr}[language][key]
    warm(client, page.url)

    with django_assert_num_queries(EXPECTED[key, language]):
        assert client.get(page.url).status_code == 200


def add_news_and_events(home, count):
    """`count` news articles and `count` upcoming events under `home`."""
    news = add_page(home, NewsIndexPage(title="Nieuws", slug="nieuws"))
    events = add_page(home, EventIndexPage(title="Agenda", slug="agenda"))
    tomorrow = timezone.now() + datetime.timedelta(days=1)
    for number in range(count):
        add_page(
            news,
            NewsArticlePage(
                title=f"Nieuws {number}",
                slug=f"nieuws-{number}",
                date=datetime.date(2026, 1, 1) + datetime.timedelta(days=number),
                intro="Wat er nieuw is.",
            ),
        )
        start = tomorrow + datetime.timedelta(days=number)
        add_page(
            events,
            EventPage(
                title=f"Activiteit {number}",
                slug=f"activiteit-{number}",
                start=start,
                end=start + datetime.timedelta(hours=2),
                place="Gent",
                intro="Kom langs.",
            ),
        )


@pytest.mark.parametrize("count", [3, 10])
def test_home_queries_do_not_grow_with_news_and_events(
    client, pages_nl, site_chrome, django_assert_num_queries, count
):
    add_news_and_events(pages_nl["home"], count)
    warm(client, "/nl/")

    with django_assert_num_queries(EXPECTED["home", "nl"]):
        response = client.get("/nl/")

    html = response.content.decode()
    newest = count - 1
    assert f"Nieuws {newest}" in html and f"Nieuws {newest - 2}" in html
    assert f"Nieuws {newest - 3}" not in html
    assert "Activiteit 2" in html and "Activiteit 3" not in html


@pytest.mark.parametrize("count", [3, 10])
def test_service_overview_queries_do_not_grow_with_services(
    client, pages_nl, site_chrome, django_assert_num_queries, count
):
    overview = pages_nl["service_index"]
    for number in range(count - 2):  # the fixture has two already
        add_page(overview, ServicePage(title=f"Dienst {number}", slug=f"d-{number}"))
    warm(client, overview.url)

    with django_assert_num_queries(EXPECTED["service_index", "nl"]):
        response = client.get(overview.url)

    assert response.content.decode().count('class="card"') == count


def image(title):
    buffer = io.BytesIO()
    PILImage.new("RGB", (300, 300), "green").save(buffer, "PNG")
    return Image.objects.create(
        title=title, file=ImageFile(buffer, name=f"{title}.png")
    )


@pytest.mark.parametrize("count", [3, 10])
def test_people_block_queries_do_not_grow_with_people(
    client, pages_nl, site_chrome, django_assert_num_queries, settings, tmp_path, count
):
    settings.MEDIA_ROOT = tmp_path
    about = pages_nl["content"]
    people = [
        Person.objects.create(
            locale=about.locale,
            name=f"Persoon {n}",
            role="Bestuurder",
            photo=image(f"p{n}"),
        )
        for n in range(count)
    ]
    about.body = [("people", {"heading": "Bestuur", "people": people})]
    about.save_revision().publish()
    warm(client, about.url)

    # The content page's count: the people, their photos and renditions are kept
    # with the page's body until content changes.
    with django_assert_num_queries(EXPECTED["content", "nl"]):
        response = client.get(about.url)

    assert response.content.decode().count('class="person"') == count
