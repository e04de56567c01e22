"""What each process keeps of the pages between requests goes when content changes.

The site, each page's route, row, view restrictions, language versions and
breadcrumbs and the site settings are kept per process under the content's generation; a request reads
the generation and the guide's terms from the shared cache once.
"""

import pytest
from django.core.cache import cache
from django.db import connection, transaction
from django.http import HttpResponse, QueryDict
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from caching.pages import (
    GENERATION_KEY,
    forget_all_pages,
    generation,
    kept_until_content_changes,
)
from caching.request_scope import RequestScopeMiddleware
from directory.finder import find_enterprises, parse_guide_params
from directory.finder.facet_cache import forget_cached_facets
from directory.finder.terms import guide_terms, terms_key
from home.models import Person, SiteSettings
from tests.conftest import publish_translation
from tests.directory.factories import make_guides
from tests.home.conftest import hreflangs, soup

# A page seen before costs what it shows only: its row, its locale and its view
# restrictions are kept too.
PAGE_QUERIES = 0
# An enterprise: its row with its sectors and labels, and for the language
# switcher the other language's guide and the enterprise's translation.
ENTERPRISE_QUERIES = PAGE_QUERIES + 5


def warm(client, path: str):
    """Visit `path` until what is kept is warm: a first visit may create rows
    (the site settings), which is a change of content."""
    for _ in range(2):
        assert client.get(path).status_code == 200


def crumbs(response) -> list[str]:
    return [a.get_text(strip=True) for a in soup(response).select(".breadcrumb a")]


@pytest.mark.django_db
def test_publishing_a_translation_adds_its_language_version(client, pages_nl, home_fr):
    page = pages_nl["content"]
    warm(client, page.url)
    assert "fr" not in hreflangs(client.get(page.url))

    translation = publish_translation(page, home_fr.locale, slug="a-propos")

    response = client.get(page.url)
    assert hreflangs(response)["fr"] == f"http://testserver{translation.url}"


@pytest.mark.django_db
def test_unpublishing_a_translation_removes_its_language_version(
    client, pages_nl, pages_fr
):
    page = pages_nl["content"]
    warm(client, page.url)
    assert "fr" in hreflangs(client.get(page.url))

    pages_fr["content"].unpublish()

    assert "fr" not in hreflangs(client.get(page.url))


@pytest.mark.django_db
def test_deleting_a_translation_removes_its_language_version(
    client, pages_nl, pages_fr
):
    page = pages_nl["content"]
    warm(client, page.url)

    pages_fr["content"].delete()

    assert "fr" not in hreflangs(client.get(page.url))


@pytest.mark.django_db
def test_a_moved_page_is_served_and_linked_at_its_new_address(
    client, pages_nl, pages_fr
):
    moved, source = pages_fr["content"], pages_nl["content"]
    old_url = moved.url
    warm(client, old_url)
    warm(client, source.url)

    target = pages_fr["service_index"]
    target.refresh_from_db()
    moved.move(target, pos="last-child")
    moved.refresh_from_db()

    assert moved.url != old_url
    redirect = client.get(old_url)  # the redirect Wagtail makes when a page moves
    assert (redirect.status_code, redirect["Location"]) == (301, moved.url)
    assert client.get(moved.url).status_code == 200
    assert hreflangs(client.get(source.url))["fr"] == f"http://testserver{moved.url}"


@pytest.mark.django_db
def test_an_unpublished_page_is_no_longer_served(client, pages_nl):
    page = pages_nl["content"]
    warm(client, page.url)

    page.unpublish()

    assert client.get(page.url).status_code == 404


@pytest.mark.django_db
def test_a_republished_page_shows_its_new_title(client, pages_nl):
    page = pages_nl["content"]
    warm(client, page.url)

    page.title = "Wie we zijn"
    page.save_revision().publish()

    assert soup(client.get(page.url)).h1.get_text(strip=True) == "Wie we zijn"


@pytest.mark.django_db
def test_a_renamed_person_is_renamed_on_the_page_that_shows_them(client, pages_nl):
    page = pages_nl["content"]
    person = Person.objects.create(locale=page.locale, name="An", role="Voorzitter")
    page.body = [("people", {"heading": "Bestuur", "people": [person]})]
    page.save_revision().publish()
    warm(client, page.url)

    person.name = "Anna"
    person.save()

    names = soup(client.get(page.url)).select(".person")
    assert "Anna" in names[0].get_text()


@pytest.mark.django_db
def test_a_page_made_private_asks_for_a_login_at_once(client, pages_nl):
    parent, page = pages_nl["service_index"], pages_nl["service"]
    warm(client, page.url)

    PageViewRestriction.objects.create(
        page=parent, restriction_type=PageViewRestriction.LOGIN
    )

    response = client.get(page.url)
    assert response.status_code == 302
    assert "/login/" in response["Location"]


@pytest.mark.django_db
def test_a_page_kept_private_asks_every_visitor_for_its_password(client, pages_nl):
    page = pages_nl["content"]
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )

    for _ in range(3):
        response = client.get(page.url)
        assert response.status_code == 200
        assert soup(response).select_one("input[name=password]") is not None
        assert "Geschiedenis" not in response.content.decode()


@pytest.mark.django_db
def test_a_renamed_parent_is_renamed_in_the_breadcrumbs(client, pages_nl):
    parent, page = pages_nl["service_index"], pages_nl["service"]
    warm(client, page.url)
    assert parent.title in crumbs(client.get(page.url))

    parent.title = "Onze diensten"
    parent.save_revision().publish()

    assert "Onze diensten" in crumbs(client.get(page.url))


@pytest.mark.django_db
def test_changed_site_settings_show_at_once(client, pages_nl, site_chrome):
    warm(client, "/nl/")
    contact = SiteSettings.objects.get()
    contact.email = "hallo@coopkracht.be"
    contact.save()

    assert b"hallo@coopkracht.be" in client.get("/nl/").content


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["nl", "fr"])
def test_a_page_seen_before_costs_its_own_queries_only(
    client, pages_nl, pages_fr, site_chrome, django_assert_num_queries, language
):
    page = {"nl": pages_nl, "fr": pages_fr}[language]["content"]
    warm(client, page.url)
    with django_assert_num_queries(PAGE_QUERIES):
        assert client.get(page.url).status_code == 200


@pytest.fixture
def guide_nl(home_nl, home_fr):
    return make_guides(home_nl, home_fr)["nl"]


@pytest.mark.django_db
def test_a_guide_seen_before_costs_its_results_only(
    client, guide_nl, enterprise_factory, django_assert_num_queries
):
    enterprise_factory(sectors=["energie"], labels=["bio"])
    query = "sector=energie&label=bio"
    warm(client, f"{guide_nl.url}?{query}")
    filters = parse_guide_params(QueryDict(query), locale=guide_nl.locale)
    with CaptureQueriesContext(connection) as finder:
        find_enterprises(filters, locale=guide_nl.locale, listed=True)

    with django_assert_num_queries(PAGE_QUERIES + len(finder)):
        assert client.get(f"{guide_nl.url}?{query}").status_code == 200


@pytest.mark.django_db
def test_an_enterprise_seen_before_costs_its_own_queries_only(
    client, guide_nl, enterprise_factory, django_assert_num_queries
):
    enterprise = enterprise_factory(sectors=["energie"], labels=["bio"])
    path = f"{guide_nl.url}{enterprise.slug}/"
    warm(client, path)

    with django_assert_num_queries(ENTERPRISE_QUERIES):
        assert client.get(path).status_code == 200


def in_a_request(view):
    RequestScopeMiddleware(view)(RequestFactory().get("/"))


def test_the_generation_is_read_once_per_request():
    seen = []

    def view(request):
        first = generation()
        cache.set(GENERATION_KEY, "of-another-process", None)
        seen.append((first, generation()))
        forget_all_pages()  # a change made by this request is seen at once
        seen.append(generation())
        return HttpResponse()

    in_a_request(view)

    (first, again), after_change = seen
    assert again == first
    assert after_change not in (first, "of-another-process")
    assert generation() == after_change  # outside a request, read each time


@pytest.mark.django_db
def test_the_guide_terms_are_read_once_per_request(locale_nl):
    other = {"sector": [("wonen", "Wonen", 1)], "label": []}
    seen = []

    def view(request):
        first = guide_terms(locale_nl)
        cache.set(terms_key("nl"), other)
        seen.append((first, guide_terms(locale_nl)))
        forget_cached_facets()  # a change made by this request is seen at once
        cache.set(terms_key("nl"), other)
        seen.append(guide_terms(locale_nl))
        return HttpResponse()

    in_a_request(view)

    (first, again), after_change = seen
    assert again == first != other
    assert after_change == other


def test_nothing_is_kept_for_none():
    answers = iter([None, "found"])
    assert kept_until_content_changes("absent", lambda: next(answers)) is None
    assert kept_until_content_changes("absent", lambda: next(answers)) == "found"
    assert kept_until_content_changes("absent", lambda: "again") == "found"


@pytest.mark.django_db
def test_a_change_inside_a_transaction_drops_what_was_kept_again_when_it_commits(
    django_capture_on_commit_callbacks,
):
    """Another process may keep the old content under the change's generation
    until the change commits: the commit starts a generation of its own."""
    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        transaction.atomic(),
    ):
        forget_all_pages()
        forget_all_pages()  # many changes in one transaction: one more at the end
        during = cache.get(GENERATION_KEY)
    assert len(callbacks) == 1
    assert cache.get(GENERATION_KEY) != during
