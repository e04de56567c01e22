"""The guide embedded in other sites and the page that builds its snippet.

See docs/contract.md#embedding.
"""

import re
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest

from directory.models import Enterprise
from tests.directory.support import GUIDE_PATHS, LIST

EMBED = "/embed/guide/"
BUILDER_PATHS = {"nl": "/nl/memo-gids/insluiten/", "fr": "/fr/guide-memo/integrer/"}
BUILDER_TITLES = {
    "nl": "Deze selectie insluiten op je website",
    "fr": "Intégrer cette sélection sur votre site",
}

# A filtered list: the locale, the facet counts, the page of results with only
# what a list shows, its sectors, the guide pages' addresses (the sector check is
# served from the shared cache), in either language.
EMBED_QUERIES = {"nl": 5, "fr": 5}


def names(html: str) -> list[str]:
    """The enterprise names listed, in order."""
    return [
        unescape(name)
        for name in re.findall(
            r'<h3 class="guide-item__name"><a [^>]*>([^<]+)</a>', html
        )
    ]


def csp(response) -> dict[str, str]:
    policy = response["Content-Security-Policy"]
    directives = (part.strip().split(" ", 1) for part in policy.split(";"))
    return {d[0]: d[1] if len(d) > 1 else "" for d in directives if d[0]}


def snippet_src(html: str) -> str:
    code = re.search(r'<textarea id="embed-code"[^>]*>([^<]*)</textarea>', html)
    assert code, "the code to copy"
    return unescape(re.search(r'src="([^"]+)"', unescape(code.group(1))).group(1))


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_the_embedded_list_is_the_apis_for_the_same_parameters(
    client, guide_sample, language
):
    params = {"sector": "energie", "locale": language}
    response = client.get(EMBED, params)
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}">' in html
    api = client.get(LIST, params).json()
    assert names(html) == [result["name"] for result in api["results"]]
    assert names(html) == ["Fietskoerier", "Zonnewind"]
    sector = {"nl": "Energie", "fr": "Énergie"}[language]
    assert f'<li class="tag">{sector}</li>' in html
    attribution = {"nl": "MeMO-gids van Coopkracht", "fr": "Guide MeMO de Coopkracht"}
    assert attribution[language] in html
    assert 'href="https://creativecommons.org/licenses/by/4.0/"' in html
    assert "site-header" not in html and "<main" in html and "<footer" in html


def test_dutch_is_the_default_and_other_filters_apply(client, guide_sample):
    response = client.get(EMBED, {"province": "antwerpen"})
    html = response.content.decode()
    assert '<html lang="nl">' in html
    assert names(html) == ["Broodbakkers"]
    assert "Gent" not in html


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_enterprises_open_on_this_site_in_a_new_tab(client, guide_sample, language):
    html = client.get(EMBED, {"locale": language, "q": "Zonnewind"}).content.decode()
    link = re.search(r'<h3 class="guide-item__name"><a ([^>]*)>', html).group(1)
    assert f'href="http://testserver{GUIDE_PATHS[language]}zonnewind/"' in link
    assert 'target="_blank"' in link and 'rel="noopener"' in link
    footer = html[html.index("<footer") :]
    attribution = re.search(
        r'<a href="([^"]+)" target="_blank" rel="noopener">', footer
    )
    assert unescape(attribution.group(1)) == (
        f"http://testserver{GUIDE_PATHS[language]}?q=Zonnewind"
    )


def test_pages_keep_the_filters_language_and_view(client, guides, enterprise_factory):
    for number in range(12):
        enterprise_factory(name=f"Zon {number:02d}", sectors=["energie"])
    html = client.get(
        EMBED, {"sector": "energie", "locale": "fr", "view": "map"}
    ).content.decode()
    assert len(names(html)) == 10
    following = unescape(re.search(r'href="\?([^"]+)" rel="next"', html).group(1))
    assert parse_qs(following) == {
        "sector": ["energie"],
        "page": ["2"],
        "locale": ["fr"],
        "view": ["map"],
    }
    second = client.get(f"{EMBED}?{following}").content.decode()
    assert names(second) == ["Zon 10", "Zon 11"]


def test_the_map_view_shows_the_guides_map_with_the_same_filters(client, guide_sample):
    listed = client.get(EMBED, {"sector": "energie"}).content.decode()
    assert 'class="guide-map"' not in listed and "leaflet" not in listed
    html = client.get(EMBED, {"sector": "energie", "view": "map"}).content.decode()
    geojson = unescape(re.search(r'data-geojson-url="([^"]+)"', html).group(1))
    assert parse_qs(urlsplit(geojson).query) == {
        "sector": ["energie"],
        "locale": ["nl"],
        "format": ["geojson"],
        "page_size": ["100"],
    }
    assert 'data-link-target="_blank"' in html
    assert names(html) == ["Fietskoerier", "Zonnewind"]  # the list stays below


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"sector": "nope"}, "Onbekende sector: nope"),
        ({"sector": "nope", "locale": "fr"}, "Secteur inconnu : nope"),
        ({"page": "99", "locale": "fr"}, "La page 99 n’existe pas"),
        ({"near": "abc"}, "Ongeldige waarde voor near: abc"),
        ({"view": "globe", "locale": "fr"}, "Affichage inconnu : globe"),
        ({"locale": "de"}, "Onbekende taalcode: de (gebruik nl / fr)"),
        ({"cooperative": "\x00"}, "Ongeldige waarde voor cooperative"),
    ],
)
def test_bad_parameters_answer_400_with_a_message_in_the_language(
    client, guide_sample, params, message
):
    response = client.get(EMBED, params)
    html = unescape(response.content.decode()).replace("\xa0", " ")
    assert response.status_code == 400
    assert message in html
    assert 'role="alert"' in html
    language = "fr" if params.get("locale") == "fr" else "nl"
    assert f'<html lang="{language}">' in html


def test_only_the_embedded_guide_may_be_framed_elsewhere(client, guide_sample):
    embedded = client.get(EMBED, {"locale": "fr"})
    assert "X-Frame-Options" not in embedded
    assert csp(embedded)["frame-ancestors"] == "*"
    refused = client.get(EMBED, {"locale": "xx"})
    assert refused.status_code == 400 and "X-Frame-Options" not in refused
    for path in ("/nl/", GUIDE_PATHS["nl"], BUILDER_PATHS["fr"], LIST):
        response = client.get(path)
        assert response["X-Frame-Options"] == "SAMEORIGIN", path
        if path != LIST:
            assert csp(response)["frame-ancestors"] == "'self'", path


def test_the_embedded_guide_sets_no_cookie_and_is_read_only(client, guide_sample):
    response = client.get(EMBED)
    assert not response.cookies
    assert "Accept-Language" not in response.get("Vary", "")
    assert client.post(EMBED).status_code == 405


def test_the_embedded_guide_is_cached_and_purged_on_a_change(
    client, guide_sample, settings
):
    settings.PAGE_CACHE_SECONDS = 300
    client.get(EMBED, {"locale": "fr"})
    cached = client.get(EMBED, {"locale": "fr"})
    assert cached["X-Page-Cache"] == "hit"
    assert "X-Frame-Options" not in cached
    assert csp(cached)["frame-ancestors"] == "*"
    enterprise = Enterprise.objects.get(name="Broodbakkers", locale__language_code="nl")
    enterprise.name = "Bakkerij Bolleke"
    enterprise.save_revision().publish()
    fresh = client.get(EMBED, {"locale": "fr"})
    assert fresh["X-Page-Cache"] == "miss"
    assert "Bakkerij Bolleke" in fresh.content.decode()


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_the_embedded_list_costs_a_fixed_number_of_queries(
    client, guide_sample, enterprise_factory, django_assert_num_queries, language
):
    params = {"sector": "energie", "locale": language}
    client.get(EMBED, params)  # the first visit counts the facets once
    with django_assert_num_queries(EMBED_QUERIES[language]):
        assert client.get(EMBED, params).status_code == 200
    for number in range(5):
        enterprise_factory(name=f"Wind {number}", sectors=["energie"], labels=["bio"])
    client.get(EMBED, params)
    with django_assert_num_queries(EMBED_QUERIES[language]):
        assert len(names(client.get(EMBED, params).content.decode())) == 7


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_the_builder_carries_the_guides_filters_into_the_snippet(
    client, guide_sample, language, settings
):
    settings.SITE_URL = "https://coopkracht.example"
    response = client.get(
        BUILDER_PATHS[language],
        {"sector": "energie", "cooperative": "1", "view": "map", "height": "450"},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert f"<h1>{BUILDER_TITLES[language]}</h1>" in html
    sector = {"nl": "Energie", "fr": "Énergie"}[language]
    cooperatives = {"nl": "Coöperaties", "fr": "Coopératives"}[language]
    assert f'<li class="tag">{sector}</li>' in html
    assert f'<li class="tag">{cooperatives}</li>' in html
    src = snippet_src(html)
    assert src.startswith("https://coopkracht.example/embed/guide/?")
    assert parse_qs(urlsplit(src).query) == {
        "sector": ["energie"],
        "cooperative": ["1"],
        "locale": [language],
        "view": ["map"],
    }
    assert 'height="450"' in unescape(html)
    preview = re.search(r'<iframe class="embed-builder__preview" src="([^"]+)"', html)
    assert unescape(preview.group(1)) == src.removeprefix("https://coopkracht.example")
    # The form keeps the filters for the next choice, without JavaScript too.
    assert '<input type="hidden" name="sector" value="energie">' in html
    assert '<input type="hidden" name="cooperative" value="1">' in html
    assert "'self'" in csp(response)["frame-src"].split()


def test_the_builder_can_embed_the_other_language(client, guide_sample):
    html = client.get(BUILDER_PATHS["nl"], {"locale": "fr"}).content.decode()
    src = snippet_src(html)
    assert parse_qs(urlsplit(src).query) == {"locale": ["fr"]}
    assert 'title="Guide MeMO de Coopkracht"' in unescape(html)
    assert "De hele gids, zonder filters." in html


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"sector": "nope"}, "Onbekende sector: nope"),
        ({"height": "5"}, "Zorg ervoor dat deze waarde minstens 200 is."),
        ({"view": "globe"}, "Selecteer een geldige keuze"),
    ],
)
def test_bad_builder_input_says_what_is_wrong(client, guide_sample, params, message):
    response = client.get(BUILDER_PATHS["nl"], params)
    html = unescape(response.content.decode())
    assert response.status_code == 400
    assert message in html
    assert 'id="embed-code"' not in html


@pytest.mark.parametrize(
    "path", ["/nl/memo-gids/integrer/", "/fr/guide-memo/insluiten/"]
)
def test_the_other_languages_word_is_no_builder(client, guide_sample, path):
    assert client.get(path).status_code == 404


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_the_guide_links_to_the_builder_with_its_filters(
    client, guide_sample, language
):
    html = client.get(
        GUIDE_PATHS[language], {"sector": "energie", "page": "1"}
    ).content.decode()
    link = re.search(r'<a href="([^"]+)" id="guide-embed-link">([^<]+)</a>', html)
    assert unescape(link.group(1)) == f"{BUILDER_PATHS[language]}?sector=energie"
    assert link.group(2) == BUILDER_TITLES[language]
