"""The guide page: search, facets, results, pagination and bad parameters.

See docs/contract.md#guide-parameters.
"""

import re
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest
from django.http import QueryDict

from tests.directory.support import GUIDE_PATHS

# Serving the page and the site's header and footer take 11 of these, hreflang
# 2; the guide itself 5: the sectors' and labels' names (kept in the cache until
# an enterprise or term is written, as each enterprise_factory call does here),
# one statement for the facet counts, and the results with their sectors.
GUIDE_QUERIES = 18


def hrefs(html: str, pattern: str) -> list[str]:
    return [unescape(h) for h in re.findall(rf'href="({pattern}[^"]*)"', html)]


def query_of(href: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(href).query)


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_guide_lists_results_and_facets_in_its_language(client, guide_sample, language):
    response = client.get(GUIDE_PATHS[language])
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}">' in html
    for name in ("Zonnewind", "Broodbakkers", "Fietskoerier"):
        assert name in html
    sector_name = {"nl": "Energie", "fr": "Énergie"}[language]
    province = {"nl": "Antwerpen", "fr": "Anvers"}[language]
    assert re.search(rf">{sector_name} <span class=\"facet__count\">\(2\)</span>", html)
    assert re.search(rf">{province} <span class=\"facet__count\">\(1\)</span>", html)
    assert f'href="{GUIDE_PATHS[language]}zonnewind/"' in html
    # The guide page's translations give hreflang and the switcher.
    assert 'hreflang="nl" href="http://testserver/nl/memo-gids/"' in html
    assert 'hreflang="fr" href="http://testserver/fr/guide-memo/"' in html
    assert "CC BY 4.0" in html and 'href="/api/v1/enterprises/"' in html


def test_filters_combine_and_stay_checked(client, guide_sample):
    response = client.get(
        GUIDE_PATHS["nl"], {"sector": ["energie"], "province": "oost-vlaanderen"}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Zonnewind" in html
    assert "Fietskoerier" not in html and "Broodbakkers" not in html
    assert re.search(r'name="sector" value="energie"[^>]*checked', html)
    assert re.search(r'name="province" value="oost-vlaanderen"[^>]*checked', html)
    assert not re.search(r'name="province" value="brussel"[^>]*checked', html)


def test_facet_checkboxes_and_remove_links_keep_other_filters(client, guide_sample):
    response = client.get(
        GUIDE_PATHS["nl"],
        {"q": "wind", "sector": ["energie", "mobiliteit"], "cooperative": "1"},
    )
    html = response.content.decode()
    # Every checkbox and the search box belong to the one GET form.
    form = re.search(r'<form id="guide-form"[^>]*method="get"', html)
    assert form
    assert (
        len(re.findall(r'<input type="checkbox" form="guide-form"', html))
        >= 14 + 6 + 6 + 2
    )
    assert re.search(r'name="cooperative" value="1"[^>]*checked', html)
    # Removing one sector keeps the search, the other sector and the flag.
    remove = [h for h in hrefs(html, r"\?") if query_of(h).get("sector") == ["energie"]]
    assert remove, "a link that drops 'mobiliteit' only"
    assert query_of(remove[0]) == {
        "q": ["wind"],
        "sector": ["energie"],
        "cooperative": ["1"],
    }


def switcher_href(html: str) -> str:
    switcher = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S)
    return unescape(re.search(r'href="([^"]+)"', switcher.group(0)).group(1))


@pytest.mark.parametrize(("source", "target"), [("nl", "fr"), ("fr", "nl")])
def test_language_switch_keeps_every_filter(client, guide_sample, source, target):
    params = {
        "q": "wind",
        "sector": ["energie", "mobiliteit"],
        "province": ["oost-vlaanderen"],
        "label": ["bio"],
        "cooperative": "1",
        "near": "51.05,3.72",
        "km": "25",
    }
    html = client.get(GUIDE_PATHS[source], params).content.decode()
    href = switcher_href(html)
    assert urlsplit(href).path == GUIDE_PATHS[target]
    assert query_of(href) == {
        key: value if isinstance(value, list) else [value]
        for key, value in params.items()
    }
    # hreflang names the unfiltered guides, which filtered pages are not indexed as.
    assert f'hreflang="{target}" href="http://testserver{GUIDE_PATHS[target]}"' in html
    other = client.get(href)
    assert other.status_code == 200
    other_html = other.content.decode()
    assert f'<html lang="{target}">' in other_html
    for name, value in (("sector", "mobiliteit"), ("label", "bio")):
        assert re.search(rf'name="{name}" value="{value}"[^>]*checked', other_html)
    assert 'value="wind"' in other_html


def test_language_switch_leads_to_the_same_results(client, guide_sample):
    html = client.get(GUIDE_PATHS["nl"], {"sector": "energie", "label": "bio"})
    french = client.get(switcher_href(html.content.decode())).content.decode()
    assert "Zonnewind" in french and "Fietskoerier" not in french


def test_language_switch_keeps_the_page_and_a_bad_parameter(client, guide_sample):
    html = client.get(GUIDE_PATHS["nl"], {"page": "2", "sector": "x"}).content.decode()
    href = switcher_href(html)
    assert query_of(href) == {"page": ["2"], "sector": ["x"]}
    assert client.get(href).status_code == 400


def test_language_switch_without_filters_has_no_query(client, guide_sample):
    html = client.get(GUIDE_PATHS["nl"]).content.decode()
    assert switcher_href(html) == GUIDE_PATHS["fr"]


def test_language_switch_to_a_home_page_drops_the_filters(client, guide_sample):
    guide_sample["fr"].unpublish()
    html = client.get(GUIDE_PATHS["nl"], {"q": "wind"}).content.decode()
    assert switcher_href(html) == "/fr/"


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"sector": "ruimtevaart"}, "ruimtevaart"),
        ({"page": "0"}, "0"),
        ({"page": "99"}, "99"),
        ({"near": "abc", "km": "5"}, "abc"),
        ({"km": "-3", "near": "51,4"}, "-3"),
        ({"province": "<script>"}, "&lt;script&gt;"),
    ],
)
def test_bad_parameters_show_the_message_with_400(
    client, guide_sample, params, message
):
    response = client.get(GUIDE_PATHS["nl"], params)
    html = response.content.decode()
    assert response.status_code == 400
    notice = re.search(
        r'<div class="notice notice--error" role="alert">(.*?)</div>', html, re.S
    )
    assert notice and message in notice.group(1)
    assert "<script>" not in notice.group(1)


def test_pagination_keeps_filters(client, guides, enterprise_factory):
    for n in range(45):
        enterprise_factory(name=f"Coöperatie {n:02d}", sectors=["energie"])
    response = client.get(GUIDE_PATHS["nl"], {"sector": "energie", "page": "2"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Coöperatie 20" in html and "Coöperatie 39" in html
    assert "Coöperatie 19" not in html and "Coöperatie 40" not in html
    assert re.search(r'<ol class="guide-list" start="21">', html)
    pages = {
        tuple(query_of(h).get("page", ["1"])): query_of(h)
        for h in hrefs(html, r"\?")
        if "sector" in query_of(h)
    }
    assert pages[("3",)] == {"sector": ["energie"], "page": ["3"]}
    assert pages[("1",)] == {"sector": ["energie"]}
    assert 'aria-current="page"' in html


def test_map_reads_the_same_query_from_the_api(client, guide_sample):
    html = client.get(
        GUIDE_PATHS["fr"], {"sector": "energie", "nrc": "0"}
    ).content.decode()
    url = unescape(re.search(r'data-geojson-url="([^"]+)"', html).group(1))
    assert url.startswith("/api/v1/enterprises/?")
    assert QueryDict(urlsplit(url).query).dict() == {
        "sector": "energie",
        "locale": "fr",
        "format": "geojson",
        "page_size": "100",
    }
    assert "<script>" not in re.sub(r"<script src=[^>]*></script>", "", html).replace(
        '<script type="application/ld+json">', ""
    )


def test_near_sorts_by_distance_and_shows_it(client, guide_sample):
    response = client.get(GUIDE_PATHS["nl"], {"near": "51.2,4.4", "km": "25"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Broodbakkers" in html and "Zonnewind" not in html
    assert re.search(r'name="near" value="51\.2[0-9]*,4\.4[0-9]*"', html)
    assert re.search(r'<option value="25" selected>', html)
    assert "km" in re.search(r'guide-item__distance">(.*?)</span>', html).group(1)


def test_unpublished_enterprises_are_not_listed(client, guides, enterprise_factory):
    enterprise_factory(name="Zichtbaar")
    enterprise_factory(name="Ontwerp", live=False)
    html = client.get(GUIDE_PATHS["nl"]).content.decode()
    assert "Zichtbaar" in html and "Ontwerp" not in html


def test_guide_query_count_is_constant(
    client, guides, enterprise_factory, django_assert_num_queries
):
    enterprise_factory(sectors=["energie"], labels=["bio"])
    client.get(GUIDE_PATHS["nl"])  # warm the site-root cache
    with django_assert_num_queries(GUIDE_QUERIES):
        client.get(GUIDE_PATHS["nl"], {"sector": "energie"})
    for _ in range(25):
        enterprise_factory(sectors=["energie", "wonen"], labels=["bio", "fairtrade"])
    with django_assert_num_queries(GUIDE_QUERIES):
        client.get(GUIDE_PATHS["nl"], {"sector": "energie"})
