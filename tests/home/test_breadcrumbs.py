"""Every page but the home page says where it is: a breadcrumb trail from the home
page of its language, the page itself last and marked current."""

import pytest
from wagtail.models import Page

from home.templatetags.breadcrumbs import ancestors
from tests.directory.factories import EnterpriseFactory, make_guides
from tests.home.conftest import soup

pytestmark = pytest.mark.django_db


def trail(client, path) -> list[tuple[str, str | None]]:
    """(text, link or None) of each crumb; [] when there is no trail."""
    response = client.get(path)
    assert response.status_code == 200
    nav = soup(response).select_one("main nav.breadcrumb")
    if nav is None:
        return []
    assert nav["aria-label"] == {"nl": "Kruimelpad", "fr": "Fil d’Ariane"}[path[1:3]]
    crumbs = []
    for item in nav.select("li"):
        link = item.select_one("a")
        crumbs.append((item.get_text(strip=True), link["href"] if link else None))
        assert (link is None) == (item.get("aria-current") == "page")
    return crumbs


def test_the_home_page_has_no_trail(client, pages_nl):
    assert trail(client, "/nl/") == []


def test_a_page_two_levels_down_lists_its_ancestors(client, pages_nl):
    assert trail(client, pages_nl["service"].url) == [
        ("Coopkracht", "/nl/"),
        ("Dienstverlening", "/nl/dienstverlening/"),
        ("Kennis delen", None),
    ]


def test_the_french_trail_is_in_french(client, pages_fr):
    assert trail(client, pages_fr["service"].url) == [
        ("Coopkracht", "/fr/"),
        ("Services", "/fr/services/"),
        ("Partage de connaissances", None),
    ]


def test_an_enterprise_and_the_proposal_form_hang_below_the_guide(
    client, home_nl, home_fr
):
    make_guides(home_nl, home_fr)
    EnterpriseFactory(name="Zonnewind")
    guide = ("MeMO-gids", "/nl/memo-gids/")
    home = ("Coopkracht", "/nl/")
    assert trail(client, "/nl/memo-gids/") == [home, ("MeMO-gids", None)]
    assert trail(client, "/nl/memo-gids/zonnewind/") == [
        home,
        guide,
        ("Zonnewind", None),
    ]
    assert trail(client, "/nl/memo-gids/aanmelden/") == [
        home,
        guide,
        ("Stel een onderneming voor", None),
    ]


def test_a_page_not_reached_by_routing_finds_its_ancestors_in_one_query(
    pages_nl, django_assert_num_queries
):
    service = Page.objects.get(pk=pages_nl["service"].pk)
    with django_assert_num_queries(1):
        titles = [page.title for page in ancestors(service)]
    assert titles == ["Coopkracht", "Dienstverlening"]
