"""The relevance set on the real engine: the database's cases, compounds and typos."""

import pytest

from directory.models import Enterprise
from search.indexing import index_objects
from tests import relevance

pytestmark = [pytest.mark.engine, pytest.mark.django_db]


@pytest.fixture
def records(engine, enterprise_factory):
    relevance.create_records(enterprise_factory)
    index_objects(Enterprise, Enterprise.objects.values_list("pk", flat=True))
    engine.refresh()


@pytest.mark.parametrize(
    "case", relevance.cases_for(engine=True), ids=lambda case: case.id
)
def test_the_engine_finds_what_the_query_means(records, case):
    assert relevance.check(case, relevance.guide_names(case, on_engine=True)) == []


@pytest.mark.parametrize(("singular", "plural"), relevance.SINGULAR_AND_PLURAL)
def test_singular_and_plural_find_the_same_pages(engine, home_nl, singular, plural):
    pages = relevance.number_pages(home_nl, singular, plural)
    engine.refresh()
    for query in (singular, plural):
        assert relevance.pages_found(query, home_nl.locale, on_engine=True) == pages
