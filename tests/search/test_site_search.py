"""The site-wide search (docs/contract.md#site-search) on the database backend."""

import pytest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from directory.models import GuidePage
from home.models import ContentPage
from search.views import page_groups
from tests import relevance
from tests.conftest import publish_translation


def add_live(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def site_pages(home_nl, home_fr):
    mission = add_live(
        home_nl,
        ContentPage(
            title="Missie en visie", slug="missie", intro="Coöperatief ondernemen."
        ),
    )
    mission_fr = publish_translation(
        mission,
        home_fr.locale,
        title="Mission et vision",
        intro="Entreprendre en coopérative.",
    )
    guide = add_live(home_nl, GuidePage(title="MeMO-gids", slug="memo-gids"))
    publish_translation(guide, home_fr.locale, title="Guide MeMO", slug="guide-memo")
    return mission, mission_fr


@pytest.mark.django_db
def test_finds_pages_and_enterprises_of_the_visitors_language_only(
    client, site_pages, enterprise_factory
):
    enterprise_factory(
        name="Energiecoöperatie Zuid",
        description="Windmolens van burgers.",
        description_fr="Des éoliennes citoyennes.",
    )
    dutch = client.get("/nl/zoeken/", {"q": "coöperatief"}).content.decode()
    assert "Missie en visie" in dutch
    assert "Mission et vision" not in dutch

    french = client.get("/fr/recherche/", {"q": "coopérative"}).content.decode()
    assert "Mission et vision" in french
    assert "Missie en visie" not in french

    guide_hit = client.get("/nl/zoeken/", {"q": "windmolens"}).content.decode()
    assert "Energiecoöperatie Zuid" in guide_hit
    assert 'href="/nl/memo-gids/energiecooperatie-zuid/"' in guide_hit
    assert (
        "Energiecoöperatie Zuid"
        not in client.get("/fr/recherche/", {"q": "windmolens"}).content.decode()
    )


@pytest.mark.django_db
def test_promotions_show_only_pages_of_the_visitors_language(client, site_pages):
    mission, mission_fr = site_pages
    query = Query.get("lidmaatschap")
    SearchPromotion.objects.create(query=query, page=mission, sort_order=0)
    SearchPromotion.objects.create(query=query, page=mission_fr, sort_order=1)

    dutch = client.get("/nl/zoeken/", {"q": "Lidmaatschap"}).content.decode()
    french = client.get("/fr/recherche/", {"q": "lidmaatschap"}).content.decode()
    assert "Missie en visie" in dutch and "Mission et vision" not in dutch
    assert "Mission et vision" in french and "Missie en visie" not in french


@pytest.mark.django_db
def test_query_log_keeps_words_but_nothing_personal(client, site_pages):
    client.get("/nl/zoeken/", {"q": "  Zonne   ENERGIE "})
    client.get("/nl/zoeken/", {"q": "jan.peeters@example.org"})
    client.get("/nl/zoeken/", {"q": "0470 12 34 56"})
    logged = set(Query.objects.values_list("query_string", flat=True))
    assert logged == {"zonne energie"}


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        '"unbalanced',
        "*",
        "~",
        "AND",
        "\\",
        "a" * 10_000,
        "nul\x00byte",
        "<script>x</script>",
    ],
)
def test_hostile_queries_never_fail_and_are_escaped(client, site_pages, query):
    response = client.get("/nl/zoeken/", {"q": query, "page": "x"})
    assert response.status_code == 200
    assert "<script>x</script>" not in response.content.decode()


@pytest.mark.django_db
def test_a_long_query_is_shortened_where_it_is_repeated(client, site_pages):
    query = "zonnepanelencoöperatie " * 8
    html = client.get("/nl/zoeken/", {"q": query}).content.decode()
    summary = html[html.index('class="search-summary"') :]
    summary = summary[: summary.index("</p>")]
    assert "…" in summary and query.strip() not in summary
    title = html[html.index("<title>") : html.index("</title>")]
    assert "…" in title and query.strip() not in title
    assert 'class="search-box"' in html  # the site's styled form, not the bare one


@pytest.mark.django_db
def test_no_results_suggest_a_spelling_the_guide_and_the_other_language(
    client, site_pages, enterprise_factory
):
    enterprise_factory(
        name="Bakkerij De Korenaar",
        description="Brood van eigen graan.",
        description_fr="Boulangerie bio.",
    )
    html = client.get("/nl/zoeken/", {"q": "misie"}).content.decode()
    assert "0 resultaten voor “misie”" in html
    assert 'Bedoelde je <a href="?q=missie">missie</a>?' in html
    french = client.get("/fr/recherche/", {"q": "misson"}).content.decode()
    assert 'Vouliez-vous dire <a href="?q=mission">mission</a>\u00a0?' in french
    assert 'href="/nl/memo-gids/">Blader door de MeMO-gids' in html

    html = client.get("/nl/zoeken/", {"q": "boulangerie"}).content.decode()
    assert 'href="/fr/recherche/?q=boulangerie" hreflang="fr"' in html
    assert "1 resultaat in het Frans" in html
    found = client.get("/nl/zoeken/", {"q": "missie"}).content.decode()
    assert "Bedoelde je" not in found and "Blader door de MeMO-gids" not in found


@pytest.mark.django_db
@pytest.mark.parametrize(("singular", "plural"), relevance.SINGULAR_AND_PLURAL)
def test_singular_and_plural_find_the_same_pages(home_nl, singular, plural):
    pages = relevance.number_pages(home_nl, singular, plural)
    assert relevance.pages_found(singular, home_nl.locale, on_engine=False) == pages
    assert relevance.pages_found(plural, home_nl.locale, on_engine=False) == pages


@pytest.mark.django_db
def test_pages_with_every_word_come_before_pages_repeating_one(home_nl):
    add_live(
        home_nl,
        ContentPage(
            title="Kaas",
            slug="kaas",
            intro="Kaas, kaas en nog eens kaas: jonge kaas, oude kaas, boerenkaas.",
        ),
    )
    add_live(
        home_nl,
        ContentPage(
            title="Over ons", slug="over", intro="Melk en kaas van onze hoeve."
        ),
    )

    groups, found = page_groups("kaas hoeve", home_nl.locale, "nl")

    relevance.check_backend("kaas hoeve", found.backend, on_engine=False)
    assert [page.title for page in groups["pages"].results] == ["Over ons", "Kaas"]
