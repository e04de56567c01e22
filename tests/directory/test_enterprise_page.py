"""An enterprise's page: details, JSON-LD, Open Graph, languages, fallback.

See docs/contract.md#enterprise-pages.
"""

import json
import re
from html import unescape

import pytest

from directory.models import Enterprise
from tests.directory.factories import french_version
from tests.sitemaps import sitemap_text

# Serving the page and the site's header and footer take 11 (nl) or 12 (fr) of
# these; the enterprise with its sectors and labels 3, the live guides and the
# live versions 2, and on the French page the Dutch description it falls back to 1.
ENTERPRISE_QUERIES = {"nl": 16, "fr": 18}


@pytest.fixture
def zonnewind(guides, enterprise_factory):
    return enterprise_factory(
        name="Zonnewind",
        enterprise_number="0123456749",
        legal_form="cv",
        nrc_accredited=True,
        sectors=["energie", "wonen"],
        labels=["bio", "b-corp"],
        street="Veldstraat 1",
        postcode="9000",
        municipality="Gent",
        latitude=51.05,
        longitude=3.72,
        website="https://zonnewind.example",
        email="info@zonnewind.example",
        phone="09 123 45 67",
        description="Wij wekken groene stroom op.",
    )


def json_ld(html: str) -> dict:
    blocks = re.findall(
        r'<script type="application/ld\+json">(.*?)</script>', html, re.S
    )
    assert len(blocks) == 1
    return json.loads(blocks[0])


def meta(html: str, prop: str) -> str:
    match = re.search(rf'<meta property="{re.escape(prop)}" content="([^"]*)"', html)
    return unescape(match.group(1)) if match else ""


def test_page_shows_all_details(client, zonnewind):
    response = client.get("/nl/memo-gids/zonnewind/")
    html = response.content.decode()
    assert response.status_code == 200
    for text in (
        "<h1>Zonnewind</h1>",
        "Veldstraat 1",
        "9000 Gent",
        "Oost-Vlaanderen",
        "0123.456.749",
        "https://zonnewind.example",
        "mailto:info@zonnewind.example",
        "Wij wekken groene stroom op.",
    ):
        assert text in html
    # Legal form by its name, sectors and labels linking to filtered results.
    assert "<dd>coöperatieve vennootschap (cv)</dd>" in html
    assert 'href="/nl/memo-gids/?sector=energie"' in html
    assert 'href="/nl/memo-gids/?label=b-corp"' in html
    assert 'data-latitude="51.050000"' in html


def test_json_ld_describes_the_enterprise(client, zonnewind):
    html = client.get("/nl/memo-gids/zonnewind/").content.decode()
    data = json_ld(html)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "LocalBusiness"
    assert data["name"] == "Zonnewind"
    assert data["url"] == "http://testserver/nl/memo-gids/zonnewind/"
    assert data["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "Veldstraat 1",
        "postalCode": "9000",
        "addressLocality": "Gent",
        "addressRegion": "Oost-Vlaanderen",
        "addressCountry": "BE",
    }
    assert data["geo"] == {
        "@type": "GeoCoordinates",
        "latitude": 51.05,
        "longitude": 3.72,
    }
    assert data["sameAs"] == ["https://zonnewind.example"]
    assert [c["name"] for c in data["hasCredential"]] == ["Bio", "B Corp"]
    assert data["description"] == "Wij wekken groene stroom op."


def test_json_ld_cannot_be_broken_out_of(client, guides, enterprise_factory):
    enterprise_factory(name="Evil</script><script>alert(1)</script>", slug="evil")
    html = client.get("/nl/memo-gids/evil/").content.decode()
    assert "<script>alert(1)" not in html
    assert json_ld(html)["name"] == "Evil</script><script>alert(1)</script>"


def test_open_graph_and_canonical(client, zonnewind):
    html = client.get("/fr/guide-memo/zonnewind/").content.decode()
    assert meta(html, "og:title") == "Zonnewind"
    assert meta(html, "og:url") == "http://testserver/fr/guide-memo/zonnewind/"
    assert meta(html, "og:locale") == "fr_BE"
    assert meta(html, "og:locale:alternate") == "nl_BE"
    assert meta(html, "og:description").startswith("Wij wekken")
    assert (
        '<link rel="canonical" href="http://testserver/fr/guide-memo/zonnewind/">'
        in html
    )


def test_hreflang_and_switcher_lead_to_the_same_enterprise(client, zonnewind):
    html = client.get("/nl/memo-gids/zonnewind/").content.decode()
    assert 'hreflang="nl" href="http://testserver/nl/memo-gids/zonnewind/"' in html
    assert 'hreflang="fr" href="http://testserver/fr/guide-memo/zonnewind/"' in html
    switcher = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(
        0
    )
    target = re.search(r'href="([^"]+)"', switcher).group(1)
    assert target == "/fr/guide-memo/zonnewind/"
    other = client.get(target)
    assert other.status_code == 200
    assert '<html lang="fr">' in other.content.decode()


def test_unpublished_translation_is_not_an_alternate(client, zonnewind):
    Enterprise.objects.filter(pk=french_version(zonnewind).pk).update(live=False)
    html = client.get("/nl/memo-gids/zonnewind/").content.decode()
    assert '<link rel="alternate" hreflang="fr"' not in html
    assert client.get("/fr/guide-memo/zonnewind/").status_code == 404


def test_french_page_falls_back_to_dutch_marked_nl(client, zonnewind):
    html = client.get("/fr/guide-memo/zonnewind/").content.decode()
    assert re.search(
        r'<div class="enterprise__description" lang="nl">\s*<p>Wij wekken groene stroom op\.</p>',
        html,
    )
    assert 'href="/fr/guide-memo/?sector=energie"' in html
    assert "Énergie" in html


def test_french_description_is_used_when_there_is_one(
    client, guides, enterprise_factory
):
    enterprise_factory(name="Vent", description="Wind.", description_fr="Du vent.")
    html = client.get("/fr/guide-memo/vent/").content.decode()
    assert re.search(r'<div class="enterprise__description">\s*<p>Du vent\.</p>', html)
    assert 'lang="nl"' not in html.split("<main", 1)[1].split("language-switcher")[0]


@pytest.mark.parametrize(
    "path", ["/nl/memo-gids/ontwerp/", "/nl/memo-gids/bestaat-niet/"]
)
def test_drafts_and_unknown_slugs_are_404(client, guides, enterprise_factory, path):
    enterprise_factory(name="Ontwerp", live=False)
    assert client.get(path).status_code == 404


def test_enterprise_of_other_language_guide_is_not_served(
    client, guides, enterprise_factory
):
    french = french_version(enterprise_factory(name="Zonnewind"))
    Enterprise.objects.filter(pk=french.pk).update(slug="vent-solaire")
    assert client.get("/nl/memo-gids/vent-solaire/").status_code == 404
    assert client.get("/fr/guide-memo/vent-solaire/").status_code == 200


def test_visitor_text_is_escaped(client, guides, enterprise_factory):
    enterprise_factory(
        name="<b>Vet</b>", slug="vet", description="<script>x()</script>"
    )
    html = client.get("/nl/memo-gids/vet/").content.decode()
    assert "&lt;b&gt;Vet&lt;/b&gt;" in html and "<b>Vet</b>" not in html
    assert "&lt;script&gt;x()" in html


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_enterprise_query_count_is_constant(
    client, zonnewind, enterprise_factory, django_assert_num_queries, language
):
    path = {"nl": "/nl/memo-gids/zonnewind/", "fr": "/fr/guide-memo/zonnewind/"}[
        language
    ]
    client.get(path)  # warm the site-root cache
    expected = ENTERPRISE_QUERIES[language]
    with django_assert_num_queries(expected):
        client.get(path)
    for _ in range(10):
        enterprise_factory(sectors=["energie"], labels=["bio"])
    with django_assert_num_queries(expected):
        client.get(path)


def test_admin_preview_renders_with_only_the_enterprise(rf, zonnewind, admin_user):
    request = rf.get("/admin/")
    request.user = admin_user
    french = french_version(zonnewind)
    html = french.serve_preview(request, french.default_preview_mode).rendered_content
    assert "<h1>Zonnewind</h1>" in html
    assert json_ld(html)["name"] == "Zonnewind"
    # No guide in the context: sectors are shown, not linked.
    assert '<span class="tag">Énergie</span>' in html


@pytest.mark.django_db
def test_sitemap_lists_published_enterprise_pages_with_both_languages(
    client, guides, enterprise_factory
):
    enterprise_factory(name="Kaart Coöperatie")
    enterprise_factory(name="Verborgen Ontwerp", live=False)
    xml = sitemap_text(client)
    assert "<loc>http://testserver/nl/memo-gids/kaart-cooperatie/</loc>" in xml
    assert "<loc>http://testserver/fr/guide-memo/kaart-cooperatie/</loc>" in xml
    assert (
        'hreflang="fr" href="http://testserver/fr/guide-memo/kaart-cooperatie/"' in xml
    )
    assert "verborgen-ontwerp" not in xml
