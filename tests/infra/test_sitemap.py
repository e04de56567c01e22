"""`/sitemap.xml`: an index of files of at most 50,000 addresses, with hreflang."""

import re
import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.sitemaps import PublicSitemap
from directory.sitemap import EnterpriseSitemap
from knowledge.models import NewsIndexPage
from tests.conftest import publish_translation
from tests.directory.factories import make_guides
from tests.knowledge.builders import add_page
from tests.sitemaps import sitemap_files

NS = {
    "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "xhtml": "http://www.w3.org/1999/xhtml",
}


@pytest.fixture
def site(home_nl, home_fr, enterprise_factory):  # noqa: F811
    make_guides(home_nl, home_fr)
    news = add_page(home_nl, NewsIndexPage(title="Nieuws", slug="nieuws"))
    publish_translation(news, home_fr.locale, title="Actualités", slug="actualites")
    return enterprise_factory


def urls(xml: str) -> dict[str, dict[str, str]]:
    """Each address of a sitemap file → its hreflang alternates."""
    root = ET.fromstring(xml)
    return {
        url.findtext("s:loc", namespaces=NS): {
            link.get("hreflang"): link.get("href")
            for link in url.findall("xhtml:link", NS)
        }
        for url in root.findall("s:url", NS)
    }


def test_the_index_lists_a_file_per_section_on_the_public_address(client, site):
    index = ET.fromstring(client.get("/sitemap.xml").content)
    locations = [loc.text for loc in index.findall("s:sitemap/s:loc", NS)]
    assert locations == [
        "http://testserver/sitemap-pages.xml",
        "http://testserver/sitemap-enterprises.xml",
    ]


def test_pages_and_enterprises_carry_their_language_versions(client, site):
    site(name="Ecopower", slug="ecopower")
    _index, pages, enterprises = sitemap_files(client)

    assert urls(pages)["http://testserver/nl/nieuws/"] == {
        "nl": "http://testserver/nl/nieuws/",
        "fr": "http://testserver/fr/actualites/",
    }
    both = {
        "nl": "http://testserver/nl/memo-gids/ecopower/",
        "fr": "http://testserver/fr/guide-memo/ecopower/",
    }
    assert urls(enterprises)["http://testserver/nl/memo-gids/ecopower/"] == both
    assert urls(enterprises)["http://testserver/fr/guide-memo/ecopower/"] == both


def test_a_section_larger_than_a_file_is_split_and_listed_in_the_index(
    client, site, monkeypatch
):
    assert PublicSitemap.limit == 50_000  # the sitemap protocol's maximum
    monkeypatch.setattr(EnterpriseSitemap, "limit", 3)
    for n in range(4):  # eight addresses: two languages each
        site(name=f"Coöperatie {n}")

    files = sitemap_files(client)

    assert "http://testserver/sitemap-enterprises.xml?p=3" in files[0]
    enterprise_files = [urls(xml) for xml in files[2:]]
    assert [len(found) for found in enterprise_files] == [3, 3, 2]
    assert client.get("/sitemap-enterprises.xml?p=4").status_code == 404
    assert client.get("/sitemap-enterprises.xml?p=x").status_code == 404
    assert client.get("/sitemap-elsewhere.xml").status_code == 404


def test_a_file_costs_the_same_queries_for_any_number_of_addresses(client, site):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            client.get("/sitemap-enterprises.xml")
        client.cookies.clear()
        return len(captured)

    site(name="Eerste")
    queries()  # the first request of a process also reads the site's root paths
    site(name="Tweede")
    few = queries()
    for n in range(5):
        site(name=f"Meer {n}")  # publishing forgets the cached file
    assert queries() == few


def test_answers_come_from_the_cache_until_something_is_published(client, site):
    site(name="Eerste")
    first = client.get("/sitemap-enterprises.xml").content

    with CaptureQueriesContext(connection) as captured:
        again = client.get("/sitemap-enterprises.xml").content
    assert again == first
    reads = [q["sql"] for q in captured if "directory_enterprise" in q["sql"]]
    assert len(reads) == 1 and "MAX" in reads[0]  # only the fingerprint

    site(name="Tweede")
    assert re.search(
        rb"/memo-gids/tweede/", client.get("/sitemap-enterprises.xml").content
    )
