"""The guide's query layer: parameters, filters, distance, facets, search, queries."""

import pytest
from django.db import connection, transaction
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext, override_settings
from wagtail.models import Locale

from directory.exchange.importer import import_exchange_file
from directory.finder import (
    GuideFilters,
    GuideParamError,
    autocomplete_names,
    facets,
    find_enterprises,
    parse_guide_params,
)
from directory.finder.facet_cache import forget_cached_facets
from directory.finder.query import result_condition
from directory.finder.terms import guide_terms
from directory.models import Enterprise, Sector
from directory.rules.geography import distance_km
from search.backends import search_backends_from_url
from search.postgres import TEXT_SEARCH_SETTINGS, favouring_text_indexes
from tests.directory.conftest import csv_text
from tests.directory.factories import french_version
from tests.directory.support import (
    bulk_enterprises,
    enterprise_rows_updated,
    place,
    refresh_search_index,
)
from tests.translations import in_language

pytestmark = pytest.mark.django_db


def parse(query: str, locale="nl") -> GuideFilters:
    return parse_guide_params(QueryDict(query), locale=locale)


def find(query: str = "", locale="nl", **kwargs):
    return find_enterprises(parse(query, locale), locale=locale, **kwargs)


def names(results) -> list[str]:
    return [e.name for e in results.enterprises]


# Parameters ---------------------------------------------------------------------


def test_parse_reads_every_parameter(locale_nl):
    filters = parse(
        "q=+zon%20%20panelen+&sector=energie&sector=wonen&sector=energie"
        "&province=antwerpen&label=bio&cooperative=1&nrc=1"
        "&near=51.05,3.72&km=12.5&page=3&unknown=x"
    )
    assert filters == GuideFilters(
        q="zon panelen",
        sectors=("energie", "wonen"),
        provinces=("antwerpen",),
        labels=("bio",),
        cooperative=True,
        nrc=True,
        near=(51.05, 3.72),
        km=12.5,
        page=3,
    )


def test_parse_treats_empty_values_as_absent(locale_nl):
    filters = parse("q=&sector=&province=&cooperative=&nrc=0&near=&km=10&page=")
    assert filters == GuideFilters()
    assert filters.is_empty


def test_query_is_cleaned_and_cut(locale_nl):
    assert parse("q=a%00b%0Ac").q == "a b c"
    assert len(parse("q=" + "x" * 10_000).q) == 200


def test_to_querydict_round_trips_and_applies_changes(locale_nl):
    filters = parse(
        "q=bio&sector=energie&sector=ict&label=bio&province=limburg"
        "&cooperative=1&nrc=1&near=51.05,3.72&km=10&page=2"
    )
    assert parse(filters.to_querydict().urlencode()) == filters
    changed = filters.to_querydict(page=1, sectors=("energie",))
    assert "page" not in changed
    assert changed.getlist("sector") == ["energie"]
    assert changed["km"] == "10"
    assert GuideFilters().to_querydict().urlencode() == ""


UNKNOWN_SECTOR = "Unknown sector: %(slug)s"
INVALID_NEAR = "Invalid near: %(value)s (use latitude,longitude, e.g. 51.05,3.72)"
INVALID_KM = "Invalid km: %(value)s (use a distance above 0 and up to %(max)s km)"
INVALID_PAGE = "Invalid page: %(value)s (pages are numbered from 1)"
INVALID_FLAG = "Invalid value for %(name)s: %(value)s (use 1 or 0)"
PAGE_DOES_NOT_EXIST = "Page %(page)d does not exist: the last page is %(last)d."


@pytest.mark.parametrize(
    ("query", "msgid", "values"),
    [
        ("sector=xyz", UNKNOWN_SECTOR, {"slug": "xyz"}),
        ("sector=energie&sector=nope", UNKNOWN_SECTOR, {"slug": "nope"}),
        ("sector=a%00b", UNKNOWN_SECTOR, {"slug": "ab"}),
        ("province=wallonie", "Unknown province: %(slug)s", {"slug": "wallonie"}),
        ("label=xyz", "Unknown label: %(slug)s", {"slug": "xyz"}),
        ("near=abc", INVALID_NEAR, {"value": "abc"}),
        ("near=51.05", INVALID_NEAR, {"value": "51.05"}),
        ("near=51,3,4", INVALID_NEAR, {"value": "51,3,4"}),
        ("near=91,3", INVALID_NEAR, {"value": "91,3"}),
        ("near=nan,3", INVALID_NEAR, {"value": "nan,3"}),
        ("near=51,3&km=-1", INVALID_KM, {"value": "-1", "max": "1000"}),
        ("near=51,3&km=0", INVALID_KM, {"value": "0", "max": "1000"}),
        ("near=51,3&km=x", INVALID_KM, {"value": "x", "max": "1000"}),
        ("near=51,3&km=inf", INVALID_KM, {"value": "inf", "max": "1000"}),
        ("km=x", INVALID_KM, {"value": "x", "max": "1000"}),
        ("page=0", INVALID_PAGE, {"value": "0"}),
        ("page=-1", INVALID_PAGE, {"value": "-1"}),
        ("page=abc", INVALID_PAGE, {"value": "abc"}),
        ("page=1.5", INVALID_PAGE, {"value": "1.5"}),
        ("cooperative=maybe", INVALID_FLAG, {"name": "cooperative", "value": "maybe"}),
        ("nrc=2", INVALID_FLAG, {"name": "nrc", "value": "2"}),
        ("cooperative=ja", INVALID_FLAG, {"name": "cooperative", "value": "ja"}),
    ],
)
def test_bad_parameters_raise_a_clear_message(locale_nl, query, msgid, values):
    with pytest.raises(GuideParamError) as raised:
        parse(query)
    assert str(raised.value) == in_language("nl", msgid, **values)


@pytest.mark.parametrize(
    ("word", "value"),
    [("1", True), ("TRUE", True), ("yes", True), ("on", True), ("0", False)]
    + [("false", False), ("no", False), ("Off", False), ("", False)],
)
def test_flags_read_the_switch_words(locale_nl, word, value):
    filters = parse(f"cooperative={word}&nrc={word}")
    assert (filters.cooperative, filters.nrc) == (value, value)


def test_french_slugs_are_the_same_slugs(locale_fr):
    assert parse("sector=energie&label=bio", locale="fr").sectors == ("energie",)


# Filters ------------------------------------------------------------------------


@pytest.fixture
def sample(enterprise_factory):
    """Six enterprises across sectors, labels, provinces and flags, plus drafts."""
    make = enterprise_factory
    enterprises = {
        "ecopower": make(
            name="Ecopower", sectors=["energie"], labels=["bio"], **place("antwerpen")
        ),
        "beauvent": make(
            name="Beauvent",
            sectors=["energie", "wonen"],
            labels=["b-corp"],
            nrc_accredited=True,
            **place("brugge"),
        ),
        "oxfam": make(
            name="Oxfam Wereldwinkel",
            sectors=["handel"],
            labels=["fairtrade", "bio"],
            cooperative=False,
            legal_form="vzw",
            **place("gent"),
        ),
        "hefboom": make(
            name="Hefboom",
            sectors=["financien"],
            nrc_accredited=True,
            **place("brussel"),
        ),
        "lichtervelde": make(
            name="Zonnig Hasselt",
            sectors=["energie"],
            **{**place("hasselt"), "latitude": None, "longitude": None},
        ),
        "velo": make(name="Velo", sectors=["mobiliteit"], **place("leuven")),
        "draft": make(name="Ecodraft", sectors=["energie"], live=False),
    }
    refresh_search_index()
    return enterprises


def test_only_published_enterprises_of_the_locale(sample, locale_fr):
    results = find()
    assert results.count == 6
    assert "Ecodraft" not in names(results)
    assert all(e.locale.language_code == "nl" for e in results.enterprises)
    french = find(locale="fr")
    assert {e.locale.language_code for e in french.enterprises} == {"fr"}
    assert names(french) == names(results)


def test_unpublishing_one_language_hides_it_there_only(sample):
    Enterprise.objects.filter(pk=french_version(sample["velo"]).pk).update(live=False)
    assert "Velo" in names(find())
    assert "Velo" not in names(find(locale="fr"))


def test_default_order_is_by_name(sample):
    assert names(find()) == sorted(names(find()))


def test_sectors_combine_with_or(sample):
    assert names(find("sector=energie")) == ["Beauvent", "Ecopower", "Zonnig Hasselt"]
    assert names(find("sector=handel&sector=financien")) == [
        "Hefboom",
        "Oxfam Wereldwinkel",
    ]


def test_an_enterprise_in_two_chosen_sectors_counts_once(sample):
    assert find("sector=energie&sector=wonen").count == 3


def test_dimensions_combine_with_and(sample):
    assert names(find("sector=energie&label=bio")) == ["Ecopower"]
    assert names(find("label=bio&label=b-corp&province=west-vlaanderen")) == [
        "Beauvent"
    ]
    assert names(find("label=bio&province=antwerpen&province=oost-vlaanderen")) == [
        "Ecopower",
        "Oxfam Wereldwinkel",
    ]


def test_cooperative_and_nrc_flags(sample):
    assert "Oxfam Wereldwinkel" not in names(find("cooperative=1"))
    assert find("cooperative=1").count == 5
    assert names(find("nrc=1")) == ["Beauvent", "Hefboom"]
    assert names(find("nrc=1&cooperative=1&sector=energie")) == ["Beauvent"]


def test_near_with_km_filters_by_distance_and_sorts_nearest_first(sample):
    results = find("near=51.0543,3.7174&km=60")
    assert names(results) == ["Oxfam Wereldwinkel", "Beauvent", "Hefboom", "Ecopower"]
    distances = [e.distance for e in results.enterprises]
    assert distances[0] == pytest.approx(0, abs=0.01)
    assert distances[1] == pytest.approx(distance_km(51.0543, 3.7174, 51.2093, 3.2247))
    assert distances == sorted(distances)
    assert all(d <= 60 for d in distances)


def test_near_without_km_sorts_everything_with_coordinates(sample):
    results = find("near=50.8798,4.7005")  # Leuven
    assert names(results)[0] == "Velo"
    assert "Zonnig Hasselt" not in names(results)  # no coordinates
    assert results.count == 5


def test_near_combines_with_other_filters(sample):
    assert names(find("near=51.0543,3.7174&km=60&sector=energie")) == [
        "Beauvent",
        "Ecopower",
    ]


def test_free_text_searches_within_the_locale(sample):
    assert names(find("q=Oxfam")) == ["Oxfam Wereldwinkel"]
    assert names(find("q=Oxfam&sector=energie")) == []
    assert find("q=Ecodraft").count == 0
    assert names(find("q=Oxfam", locale="fr")) == ["Oxfam Wereldwinkel"]


def test_free_text_with_near_sorts_by_distance(sample):
    results = find("q=Beschrijving&near=51.2093,3.2247")
    assert names(results)[:2] == ["Beauvent", "Oxfam Wereldwinkel"]


@pytest.mark.parametrize(
    "q", ['"', "*", "~", "AND", "\\", "a AND OR NOT (", "' OR 1=1 --", "é" * 500]
)
def test_hostile_free_text_is_answered(sample, q):
    results = find_enterprises(
        GuideFilters(q=q), locale=Locale.objects.get(language_code="nl")
    )
    assert results.count >= 0


# Facets -------------------------------------------------------------------------


def facet_counts(results, dimension) -> dict[str, int]:
    return {f["slug"]: f["count"] for f in results.facets[dimension]}


def test_facets_list_every_term_with_its_name(sample):
    results = find("sector=energie")
    assert len(results.facets["sector"]) == 14
    assert len(results.facets["province"]) == 6
    assert len(results.facets["label"]) == 6
    assert results.facets["sector"][0] == {
        "slug": "energie",
        "name": "Energie",
        "count": 3,
    }
    french = find("sector=energie", locale="fr")
    assert french.facets["sector"][0]["name"] == "Énergie"
    assert {"slug": "brussel", "name": "Bruxelles", "count": 0} in french.facets[
        "province"
    ]


def term_counts(enterprises, dimension) -> dict[str, int]:
    """How many of `enterprises` carry each term of `dimension`, counted by hand."""
    counted = {}
    for enterprise in enterprises:
        if dimension == "province":
            terms = [enterprise.province]
        else:
            terms = [t.slug for t in getattr(enterprise, f"{dimension}s").all()]
        for slug in terms:
            counted[slug] = counted.get(slug, 0) + 1
    return counted


def without(query: str, dimension: str) -> str:
    params = QueryDict(query, mutable=True)
    params.pop(dimension, None)
    return params.urlencode()


@pytest.mark.parametrize(
    "query",
    [
        "",
        "sector=energie",
        "label=bio&label=b-corp",
        "near=51.05,3.72&km=60",
        "q=Oxfam",
        "sector=energie&sector=handel&province=antwerpen&province=oost-vlaanderen",
        "sector=energie&label=bio&province=west-vlaanderen&nrc=1",
        "q=Beschrijving&label=fairtrade&province=brussel",
        "q=Nergensgevonden&sector=energie",
    ],
)
def test_each_facet_counts_with_every_other_dimensions_filters(sample, query):
    results = find(query, page_size=100)
    for dimension in ("sector", "label", "province"):
        # The results the other dimensions' filters leave, counted by hand.
        others = find(without(query, dimension), page_size=100).enterprises
        counted = {k: v for k, v in facet_counts(results, dimension).items() if v}
        assert counted == term_counts(others, dimension), dimension
    chosen = QueryDict(query).getlist("province")
    provinces = facet_counts(results, "province")
    assert results.count == sum(
        n for slug, n in provinces.items() if not chosen or slug in chosen
    )


@pytest.mark.parametrize(
    "query",
    ["sector=energie&label=bio", "q=Beschrijving&sector=energie&near=51.05,3.72"],
)
def test_chosen_terms_are_tested_on_the_term_arrays_not_the_link_tables(sample, query):
    filters = parse(query)
    nl = Locale.objects.get(language_code="nl")
    with CaptureQueriesContext(connection) as captured:
        found = find(query)
    sql = " ".join(q["sql"] for q in captured.captured_queries)
    energie = Sector.objects.get(locale=nl, slug="energie")
    # The chosen terms' ids are written out, for the planner to weigh.
    assert f"sector_ids && '{{{energie.pk}}}'" in sql
    assert 'directory_enterprise_sectors" U0' not in sql
    assert 'FROM "directory_sector" WHERE' not in sql
    links = Enterprise.objects.filter(
        locale=nl,
        live=True,
        sectors__slug__in=filters.sectors,
    )
    if filters.labels:
        links = links.filter(labels__slug__in=filters.labels)
    assert {e.pk for e in found.enterprises} <= set(links.values_list("pk", flat=True))
    assert found.count


@pytest.mark.parametrize(
    "query",
    [
        "",
        "sector=energie&label=bio",
        "province=antwerpen&province=west-vlaanderen&sector=handel&nrc=1",
    ],
)
def test_link_tables_count_what_the_arrays_count(sample, query):
    """SQLite (`make run`) counts through the link tables: the same answers."""
    nl = Locale.objects.get(language_code="nl")
    filters = parse(query, "nl")
    chosen = {
        "sector": filters.sectors,
        "label": filters.labels,
        "province": filters.provinces,
    }

    def condition(prefix, ignore=frozenset()):
        return result_condition(filters, nl, None, prefix, ignore=ignore)

    through_links = facets._counts_through_links(condition, nl)
    for searched in (False, True):  # the result set shared by the counts or not
        *from_arrays, _no_page = facets._counts_from_arrays(
            condition, nl, chosen, searched
        )
        assert through_links == tuple(from_arrays)
    assert any(t["count"] for t in from_arrays[0]["sector"])


def test_a_dimensions_own_choice_does_not_narrow_its_counts(sample):
    results = find("sector=energie")
    sectors = facet_counts(results, "sector")
    # Ticking Handel as well would add Oxfam: the facet must not say 0.
    assert (sectors["energie"], sectors["handel"], sectors["mobiliteit"]) == (3, 1, 1)
    assert sectors["kringloop"] == 0
    # The other dimensions count within Energie.
    provinces = facet_counts(results, "province")
    assert (provinces["antwerpen"], provinces["oost-vlaanderen"]) == (1, 0)
    assert facet_counts(results, "label") == {
        **dict.fromkeys(facet_counts(results, "label"), 0),
        "bio": 1,
        "b-corp": 1,
    }
    both = find("sector=energie&sector=handel")
    assert both.count == 4
    assert facet_counts(both, "label")["fairtrade"] == 1


def term_arrays(enterprise) -> tuple[list[int], list[int]]:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT sector_ids, label_ids FROM directory_enterprise WHERE id = %s",
            [enterprise.pk],
        )
        return cursor.fetchone()


def linked_ids(enterprise) -> tuple[list[int], list[int]]:
    return (
        sorted(enterprise.sectors.values_list("id", flat=True)),
        sorted(enterprise.labels.values_list("id", flat=True)),
    )


def test_facet_arrays_follow_every_write_of_sectors_and_labels(sample):
    beauvent = sample["beauvent"]
    wonen = beauvent.sectors.get(slug="wonen")
    assert term_arrays(beauvent) == linked_ids(beauvent)
    assert len(term_arrays(beauvent)[0]) == 2
    beauvent.sectors.remove(wonen)
    beauvent.save()  # a parental relation is written when its owner is saved
    Enterprise.labels.through.objects.filter(enterprise=beauvent).delete()
    assert term_arrays(beauvent) == linked_ids(beauvent)
    assert term_arrays(beauvent)[1] == []
    report = import_exchange_file(
        csv_text([{"name": "Nieuw", "sectors": "ict|wonen", "labels": "bio"}]).encode()
    )
    assert report.is_valid, report.problems
    for imported in Enterprise.objects.filter(name="Nieuw"):
        assert term_arrays(imported) == linked_ids(imported)
        assert [len(ids) for ids in term_arrays(imported)] == [2, 1]
    assert facet_counts(find("sector=ict"), "label")["bio"] == 1


def test_links_that_leave_the_arrays_as_they_are_do_not_rewrite_the_row(sample):
    beauvent = sample["beauvent"]
    sectors, labels = term_arrays(beauvent)
    through = Enterprise.sectors.through
    links = list(through.objects.filter(enterprise=beauvent))
    through.objects.filter(pk__in=[link.pk for link in links[1:]]).delete()
    assert term_arrays(beauvent) == ([links[0].sector_id], labels)
    before = enterprise_rows_updated()
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE directory_enterprise SET sector_ids = %s WHERE id = %s",
            [sectors, beauvent.pk],
        )
    assert enterprise_rows_updated() == before + 1
    through.objects.bulk_create(
        [through(enterprise=beauvent, sector_id=link.sector_id) for link in links[1:]]
    )
    assert term_arrays(beauvent) == (sectors, labels)
    assert enterprise_rows_updated() == before + 1  # the trigger had nothing to do


def test_facets_count_across_all_pages(sample):
    results = find(page_size=2)
    assert len(results.enterprises) == 2
    assert facet_counts(results, "sector")["energie"] == 3


# Pagination ---------------------------------------------------------------------


def test_pages_are_one_based_and_bounded(sample):
    first = find(page_size=4)
    second = find("page=2", page_size=4)
    assert (first.count, first.num_pages, first.page) == (6, 2, 1)
    assert first.has_next and not first.has_previous
    assert len(second.enterprises) == 2 and second.has_previous
    assert set(names(first)).isdisjoint(names(second))
    with pytest.raises(GuideParamError) as raised:
        find("page=3", page_size=4)
    assert str(raised.value) == in_language("nl", PAGE_DOES_NOT_EXIST, page=3, last=2)


def test_an_empty_result_has_one_empty_page(sample):
    results = find("sector=kringloop")
    assert (results.count, results.num_pages, results.enterprises) == (0, 1, [])
    with pytest.raises(GuideParamError):
        find("sector=kringloop&page=2")


# Descriptions -------------------------------------------------------------------


def test_french_results_carry_the_dutch_description_when_untranslated(
    enterprise_factory,
):
    enterprise_factory(name="Zonder", description="Nederlandse tekst")
    enterprise_factory(name="Met", description="Tekst", description_fr="Texte")
    by_name = {e.name: e for e in find(locale="fr").enterprises}
    assert by_name["Zonder"].description == ""
    assert by_name["Zonder"].source_description == "Nederlandse tekst"
    assert by_name["Met"].source_description == "Texte"


# Search backend -----------------------------------------------------------------


def test_search_without_the_engine_falls_back_to_the_database(sample):
    assert find("q=Oxfam").search_fallback is False
    unreachable = search_backends_from_url("elasticsearch://127.0.0.1:9")
    with override_settings(WAGTAILSEARCH_BACKENDS=unreachable):
        results = find("q=oxfam")
        site = find("q=wereldwinkel").enterprises
    assert results.search_fallback is True
    assert names(results) == ["Oxfam Wereldwinkel"]
    assert [e.name for e in site] == ["Oxfam Wereldwinkel"]


def test_autocomplete_suggests_published_names_of_the_locale(sample):
    assert [e.name for e in autocomplete_names("Eco", locale="nl")] == ["Ecopower"]
    assert [e.name for e in autocomplete_names("hef", locale="fr")] == ["Hefboom"]
    assert autocomplete_names("", locale="nl") == []
    assert autocomplete_names("\x00", locale="nl") == []
    assert len(autocomplete_names("e", locale="nl", limit=2)) <= 2


def test_a_search_finds_enterprises_of_the_visitors_language_only(sample):
    found = find("q=Velo", locale="fr").enterprises
    assert [(e.name, e.locale.language_code) for e in found] == [("Velo", "fr")]
    assert find("q=Ecodraft", locale="nl").count == 0


# Query counts -------------------------------------------------------------------

# One statement for every facet count (the provinces' sum is the count), the
# page, its sectors and labels.
LIST_QUERIES = 4
# Without filters, the facets come from the cache once counted.
CACHED_LIST_QUERIES = LIST_QUERIES - 1
# ...and the Dutch descriptions of French results, in one query.
FRENCH_LIST_QUERIES = LIST_QUERIES + 1
# ...and, on PostgreSQL, the text search inside the counts' statement, which gives
# the page's keys too: the words' lexemes, a savepoint (two statements) and the
# planner's settings, changed and restored.
SEARCH_LIST_QUERIES = LIST_QUERIES + 5


QUERY_COUNT_CASES = [
    ("", "nl", LIST_QUERIES),
    (
        "sector=energie&sector=voeding-landbouw&sector=wonen&sector=financien"
        "&sector=zorg-welzijn&sector=mobiliteit&sector=cultuur-media"
        "&label=bio&label=b-corp&label=maatwerkbedrijf&cooperative=1"
        "&province=oost-vlaanderen&province=antwerpen&province=limburg",
        "nl",
        LIST_QUERIES,
    ),
    ("near=51.05,3.72&km=50", "nl", LIST_QUERIES),
    ("near=51.05,3.72", "nl", LIST_QUERIES),
    ("", "fr", FRENCH_LIST_QUERIES),
]


def test_query_count_is_pinned_whatever_the_data_and_page_size(
    locale_nl, locale_fr, django_assert_num_queries
):
    cases = [
        (parse(query, language), Locale.objects.get(language_code=language), expected)
        for query, language, expected in QUERY_COUNT_CASES
    ]
    bulk_enterprises(12)
    for filters, locale, expected in cases:
        for page_size in (5, 20):
            forget_cached_facets()  # counted, not read from the cache
            guide_terms(locale)  # as the request's parameters were checked with
            with django_assert_num_queries(expected):
                find_enterprises(filters, locale=locale, page_size=page_size)
    bulk_enterprises(1988, start=12)
    for filters, locale, expected in cases:
        for page_size in (5, 20, 100):
            forget_cached_facets()
            guide_terms(locale)
            with django_assert_num_queries(expected):
                results = find_enterprises(filters, locale=locale, page_size=page_size)
            assert len(results.enterprises) == page_size
            assert results.count > 100
            for enterprise in results.enterprises:  # everything shown is loaded
                [*enterprise.sectors.all(), *enterprise.labels.all()]
                assert enterprise.locale.language_code == locale.language_code
                assert enterprise.source_description is not None
    last = find_enterprises(GuideFilters(page=100), locale=cases[0][1])
    assert (last.count, last.num_pages, len(last.enterprises)) == (2000, 100, 20)
    assert last.enterprises[-1].name == "Bulkbedrijf 01999"


def test_facets_near_a_place_without_a_radius_are_cached_apart(
    sample, django_assert_num_queries
):
    """They count every enterprise with coordinates, wherever the place."""
    nl = Locale.objects.get(language_code="nl")

    def counted(query: str, expected: int):
        filters = parse(query)
        with django_assert_num_queries(expected):
            return find_enterprises(filters, locale=nl)

    everything = find()
    near_gent = find("near=51.0543,3.7174")
    assert near_gent.count == everything.count - 1  # "nowhere" has no coordinates
    near_leuven = counted("near=50.8798,4.7005", CACHED_LIST_QUERIES)
    assert (near_leuven.facets, near_leuven.count) == (
        near_gent.facets,
        near_gent.count,
    )
    assert names(near_leuven) != names(near_gent)
    again = counted("", CACHED_LIST_QUERIES)
    assert (again.facets, again.count) == (everything.facets, everything.count)
    for filtered in (
        "near=50.8798,4.7005&km=300",
        "near=50.8798,4.7005&sector=energie",
    ):
        counted(filtered, LIST_QUERIES)
    sample["ecopower"].unpublish()
    assert find("near=50.8798,4.7005").count == near_gent.count - 1


def test_unfiltered_facets_are_cached_per_language_until_the_guide_changes(
    sample, django_assert_num_queries
):
    nl = Locale.objects.get(language_code="nl")
    counted = find()
    with django_assert_num_queries(CACHED_LIST_QUERIES):
        cached = find_enterprises(GuideFilters(page=2), locale=nl, page_size=4)
    assert (cached.facets, cached.count) == (counted.facets, counted.count)
    french = find(locale="fr")
    assert french.facets["sector"][0]["name"] == "Énergie"
    energie = parse("sector=energie")
    for _ in range(2):  # filtered counts are never cached
        with django_assert_num_queries(LIST_QUERIES):
            find_enterprises(energie, locale=nl)

    def energie() -> int:
        return facet_counts(find(), "sector")["energie"]

    sample["ecopower"].unpublish()
    assert (find().count, energie()) == (5, 2)
    sample["ecopower"].save_revision().publish()
    assert (find().count, energie()) == (6, 3)
    sample["beauvent"].delete()
    assert (find().count, energie()) == (5, 2)
    french = find(locale="fr").count
    report = import_exchange_file(
        csv_text([{"name": "Nieuwe Energie", "sectors": "energie"}]).encode()
    )
    assert report.is_valid, report.problems
    assert (find().count, energie()) == (6, 3)
    assert find(locale="fr").count == french + 1


def test_search_query_count_is_pinned(sample, django_assert_num_queries):
    locale = Locale.objects.get(language_code="nl")
    for page_size in (1, 5):
        with django_assert_num_queries(SEARCH_LIST_QUERIES):
            find_enterprises(
                GuideFilters(q="Beschrijving"), locale=locale, page_size=page_size
            )


@pytest.mark.parametrize("query", ["q=Beschrijving", "q=Beschrijving&sector=energie"])
def test_a_search_reads_the_index_once_for_its_counts_and_its_page(sample, query):
    with CaptureQueriesContext(connection) as captured:
        results = find(query, page_size=2)
    reading_the_index = [
        q["sql"]
        for q in captured.captured_queries
        if "wagtailsearch_indexentry" in q["sql"]
    ]
    assert len(reading_the_index) == 1
    assert reading_the_index[0].startswith("WITH matches AS MATERIALIZED")
    assert len(results.enterprises) == 2 and results.count > 2


def planner_settings() -> dict[str, str]:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT name, current_setting(name) FROM unnest(%s::text[]) AS s (name)",
            [list(TEXT_SEARCH_SETTINGS)],
        )
        return dict(cursor.fetchall())


def test_a_search_leaves_the_planner_settings_as_they_were(sample):
    before = planner_settings()
    assert before != TEXT_SEARCH_SETTINGS
    assert find("q=Beschrijving").count
    assert planner_settings() == before


def test_a_text_search_is_planned_to_read_its_matches_through_the_gin_index(db):
    """Not by testing every entry in turn, as the planner would for a broad one."""
    with connection.cursor() as cursor:
        cursor.execute(
            "CREATE TEMPORARY TABLE entries AS SELECT n, "
            "to_tsvector('simple', 'leden ' || n) AS body "
            "FROM generate_series(1, 5000) AS n"
        )
        cursor.execute("CREATE INDEX ON entries USING gin (body)")
        cursor.execute("ANALYZE entries")

    def plan() -> str:
        with connection.cursor() as cursor:
            cursor.execute(
                "EXPLAIN SELECT n FROM entries WHERE body @@ 'leden'::tsquery"
            )
            return "\n".join(row[0] for row in cursor.fetchall())

    assert "Seq Scan on entries" in plan()
    with transaction.atomic(), favouring_text_indexes():
        assert planner_settings() == TEXT_SEARCH_SETTINGS
        favoured = plan()
    assert "Bitmap Index Scan on entries_body_idx" in favoured, favoured
    assert "Seq Scan" in plan()


def test_records_with_each_word_in_the_name_or_the_description_come_first(
    enterprise_factory,
):
    make = enterprise_factory
    make(name="Ledenhuis", description="Leden leden leden, en nog meer leden.")
    make(name="Leden Samen", description="Elk lid koopt een aandeel.")
    make(name="Aandeel en Leden", description="Een naam met beide woorden.")
    make(name="Zonnewerf", description="Onze leden kopen een aandeel.")
    with CaptureQueriesContext(connection) as captured:
        results = find("q=leden+aandeel")
    assert sorted(names(results)[:3]) == [
        "Aandeel en Leden",
        "Leden Samen",
        "Zonnewerf",
    ]
    assert names(results)[3] == "Ledenhuis"
    (searching,) = [
        q["sql"] for q in captured.captured_queries if "indexentry" in q["sql"]
    ]
    # Each word is matched in the title and the body, not in the two joined.
    assert '"title" || "wagtailsearch_indexentry"."body"' not in searching
