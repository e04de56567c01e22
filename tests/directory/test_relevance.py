"""The relevance set on the database backend (the engine's run: tests/search)."""

import pytest
from django.test import override_settings

from directory.finder import GuideFilters, find_enterprises
from tests import relevance

pytestmark = pytest.mark.django_db


@pytest.fixture
def records(enterprise_factory):
    relevance.create_records(enterprise_factory)


@pytest.mark.parametrize(
    "case", relevance.cases_for(engine=False), ids=lambda case: case.id
)
def test_the_guide_finds_what_the_query_means(records, case):
    names = relevance.guide_names(case, on_engine=False)
    assert relevance.check(case, names) == []


def test_a_case_the_plain_sql_fallback_answered_fails(records, settings):
    backends = settings.WAGTAILSEARCH_BACKENDS
    # The PostgreSQL index cannot search without its text-search configuration.
    broken = {**backends["default"], "SEARCH_CONFIG": "no_such_configuration"}
    case = relevance.Case("zon", ("Zonnewarmte",))
    with (
        override_settings(WAGTAILSEARCH_BACKENDS={**backends, "default": broken}),
        pytest.raises(AssertionError, match="answered by the backend 'fallback'"),
    ):
        relevance.guide_names(case, on_engine=False)


@pytest.mark.parametrize(
    "query, expected",
    [
        ("BE 0123 456 749", ["Groene Energie"]),
        ("energie 9000", ["Groene Energie"]),
        ("Gand", ["Broodnodig", "Groene Energie"]),
    ],
)
def test_a_search_reads_numbers_postcodes_and_places_in_french_too(
    records, query, expected
):
    found = find_enterprises(GuideFilters(q=query), locale="fr").enterprises
    assert sorted(e.name for e in found) == expected
