"""The guide answered by the real engine in one request: facets, exact totals, distance.

Each answer is also asked of the database (the engine marked down, as after an
outage), so the two paths are proven to agree.
"""

import uuid
from collections import Counter

import pytest
from django.core.cache import cache
from django.http import QueryDict
from opensearchpy import OpenSearch
from wagtail.models import Locale

from directory.finder import find_enterprises, parse_guide_params
from directory.models import Enterprise, Sector
from directory.reference_data import SECTORS
from directory.rules.geography import distance_km
from search.fallback import ENGINE_DOWN_KEY
from search.indexing import index_objects

pytestmark = [pytest.mark.engine, pytest.mark.django_db]

GENT = (51.05, 3.72)
PLACES = {  # name: (postcode, municipality, latitude, longitude)
    "Gent": ("9000", "Gent", 51.054, 3.717),
    "Lokeren": ("9160", "Lokeren", 51.104, 3.991),
    "Brugge": ("8000", "Brugge", 51.209, 3.225),
    "Hasselt": ("3500", "Hasselt", 50.931, 5.338),
}


def guide(query: str, language: str = "nl"):
    locale = Locale.objects.get(language_code=language)
    return find_enterprises(
        parse_guide_params(QueryDict(query), locale=locale), locale=locale
    )


def guide_on_database(query: str):
    cache.set(ENGINE_DOWN_KEY, True, 60)
    try:
        return guide(query)
    finally:
        cache.delete(ENGINE_DOWN_KEY)


def counts(results, dimension: str) -> dict[str, int]:
    return {entry["slug"]: entry["count"] for entry in results.facets[dimension]}


@pytest.fixture
def engine_requests(monkeypatch):
    """How many search requests reach the engine (the real client, counted)."""
    sent = []
    search = OpenSearch.search

    def counted(client, *args, **kwargs):
        sent.append(kwargs)
        return search(client, *args, **kwargs)

    monkeypatch.setattr(OpenSearch, "search", counted)
    return sent


def test_facets_count_every_sector_the_multi_select_way(engine, enterprise_factory):
    slugs = [slug for slug, _nl, _fr in SECTORS]
    made = []
    for number, slug in enumerate(slugs):
        for copy in range(1 + number % 3):
            antwerp = copy == 0 and number % 2 == 0
            enterprise_factory(
                name=f"Coöperatie {number:02d}-{copy}",
                sectors=[slug, slugs[(number + 5) % len(slugs)]]
                if copy == 2
                else [slug],
                postcode="2000" if antwerp else "9000",
                municipality="Antwerpen" if antwerp else "Gent",
            )
            made.append(
                (
                    {slug, slugs[(number + 5) % len(slugs)]} if copy == 2 else {slug},
                    "antwerpen" if antwerp else "oost-vlaanderen",
                )
            )
    engine.refresh()
    chosen = {slugs[0], slugs[1]}
    query = f"sector={slugs[0]}&sector={slugs[1]}&province=antwerpen"

    results = guide(query)

    assert len(slugs) == 14
    in_antwerp = [terms for terms, province in made if province == "antwerpen"]
    in_chosen = [province for terms, province in made if terms & chosen]
    expected_sectors = Counter(slug for terms in in_antwerp for slug in terms)
    assert counts(results, "sector") == {slug: expected_sectors[slug] for slug in slugs}
    assert counts(results, "province")["antwerpen"] == in_chosen.count("antwerpen")
    assert counts(results, "province")["oost-vlaanderen"] == in_chosen.count(
        "oost-vlaanderen"
    )
    matching = [t for t, p in made if t & chosen and p == "antwerpen"]
    assert results.count == len(matching) > 0
    assert not results.search_fallback
    on_database = guide_on_database(query)
    assert on_database.facets == results.facets
    assert on_database.count == results.count
    assert [e.name for e in on_database.enterprises] == [
        e.name for e in results.enterprises
    ]


def test_a_page_is_one_engine_request_and_a_few_queries(
    engine, enterprise_factory, engine_requests, django_assert_num_queries
):
    for number in range(3):
        enterprise_factory(
            name=f"Zonnedak {number}", sectors=["energie"], labels=["bio"]
        )
    engine.refresh()
    guide("")  # locales and the sectors' and labels' names are read once
    engine_requests.clear()

    # The locale, the page's rows with their sectors and their labels; the chosen
    # sector and label are checked and all of them named from the cache.
    with django_assert_num_queries(4):
        results = guide("q=zonnedak&sector=energie&label=bio&near=51.05,3.72&km=20")
    nl = Locale.objects.get(language_code="nl")
    searched = parse_guide_params(QueryDict("q=zonnedak"), locale=nl)
    with django_assert_num_queries(2):  # the rows, only what a list shows; sectors
        listed = find_enterprises(searched, locale=nl, listed=True)

    assert len(engine_requests) == 2
    assert results.count == 3
    assert counts(results, "sector")["energie"] == 3
    assert [e.name for e in listed.enterprises] == [e.name for e in results.enterprises]
    assert [s.slug for s in listed.enterprises[0].sectors.all()] == ["energie"]


def test_a_renamed_or_new_sector_is_named_and_accepted_at_once(
    engine, enterprise_factory
):
    enterprise_factory(name="Zonnedak", sectors=["energie"])
    engine.refresh()
    assert guide("").facets["sector"][0]["name"] == "Energie"  # now in the cache

    energie = Sector.objects.get(locale__language_code="nl", slug="energie")
    energie.name = "Hernieuwbare energie"
    energie.save()
    Sector.objects.create(locale=energie.locale, slug="zon", name="Zon", sort_order=99)

    results = guide("sector=zon")
    assert results.count == 0
    assert results.facets["sector"][0]["name"] == "Hernieuwbare energie"
    assert counts(results, "sector")["zon"] == 0


def test_counts_above_ten_thousand_are_exact_and_every_page_is_reachable(engine):
    nl = Locale.objects.get(language_code="nl")
    total = 10_050
    Enterprise.objects.bulk_create(
        Enterprise(
            locale=nl,
            translation_key=uuid.uuid4(),
            name=f"Massa {number:05d}",
            slug=f"massa-{number:05d}",
            description="Een coöperatie in een lange lijst.",
            postcode="9000",
            municipality="Gent",
            province="oost-vlaanderen",
            live=True,
        )
        for number in range(total)
    )
    index_objects(Enterprise, Enterprise.objects.values_list("pk", flat=True))
    engine.refresh()

    everything = guide("")
    searched = guide("q=coöperatie")
    last_page = guide(f"q=coöperatie&page={(total + 19) // 20}")

    assert everything.count == total
    assert counts(everything, "province")["oost-vlaanderen"] == total
    assert searched.count == total
    assert len(last_page.enterprises) == total % 20
    assert everything.enterprises[0].name == "Massa 00000"
    assert guide_on_database("q=coöperatie").count == total


def test_near_filters_by_distance_and_sorts_nearest_first(engine, enterprise_factory):
    for name, (postcode, municipality, latitude, longitude) in PLACES.items():
        enterprise_factory(
            name=f"Coöperatie {name}",
            postcode=postcode,
            municipality=municipality,
            latitude=latitude,
            longitude=longitude,
        )
    enterprise_factory(name="Coöperatie Zonder Plaats", latitude=None, longitude=None)
    engine.refresh()
    near = f"near={GENT[0]},{GENT[1]}"

    within = guide(f"{near}&km=50")
    everywhere = guide(near)

    assert [e.name for e in within.enterprises] == [
        "Coöperatie Gent",
        "Coöperatie Lokeren",
        "Coöperatie Brugge",
    ]
    assert [e.name for e in everywhere.enterprises][-1] == "Coöperatie Hasselt"
    assert everywhere.count == 4
    for enterprise in everywhere.enterprises:
        expected = distance_km(*GENT, enterprise.latitude, enterprise.longitude)
        assert enterprise.distance == pytest.approx(expected, abs=0.05)
    on_database = guide_on_database(f"{near}&km=50")
    assert [e.name for e in on_database.enterprises] == [
        e.name for e in within.enterprises
    ]
    assert on_database.facets == within.facets


def test_french_guide_counts_french_records_with_french_names(
    engine, enterprise_factory
):
    enterprise_factory(name="Zonnedak Frans", sectors=["energie"])
    engine.refresh()

    results = guide("sector=energie", language="fr")

    energy = Sector.objects.get(locale__language_code="fr", slug="energie")
    assert results.count == 1
    assert results.enterprises[0].locale.language_code == "fr"
    entry = next(e for e in results.facets["sector"] if e["slug"] == "energie")
    assert entry == {"slug": "energie", "name": energy.name, "count": 1}


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_the_french_name_of_a_place_finds_it_in_either_language(
    engine, enterprise_factory, language
):
    enterprise_factory(name="Zinneke Coöp", postcode="1000", municipality="Brussel")
    enterprise_factory(name="Gentse Coöp")
    engine.refresh()

    results = guide("q=Bruxelles", language=language)

    assert [e.name for e in results.enterprises] == ["Zinneke Coöp"]
    assert results.enterprises[0].municipality_name == (
        "Bruxelles" if language == "fr" else "Brussel"
    )


def test_the_beginning_of_the_last_word_matches_on_the_engine(
    engine, enterprise_factory
):
    enterprise_factory(name="Zonnewarmte", description="Warm water van de zon.")
    enterprise_factory(name="Dakenwerk", description="Wij leggen zonnepanelen.")
    enterprise_factory(name="Broodnodig", description="Een bakkerij in Gent.")
    engine.refresh()

    begun = guide("q=zonn")
    whole = guide("q=zon")

    assert {e.name for e in begun.enterprises} == {"Zonnewarmte", "Dakenwerk"}
    assert begun.count == 2
    assert counts(begun, "province")["oost-vlaanderen"] == 2
    assert whole.enterprises[0].name == "Zonnewarmte"
