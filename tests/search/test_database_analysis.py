"""Without an engine, PostgreSQL's Dutch configuration with unaccent does the analysis."""

import pytest
from django.db import connection
from wagtail.models import Locale

from directory.models import Enterprise
from search.backends import POSTGRES_PREFIX_CONFIG, POSTGRES_SEARCH_CONFIG

pytestmark = pytest.mark.django_db


def names_found(query, language="nl"):
    queryset = Enterprise.objects.filter(
        locale=Locale.objects.get(language_code=language)
    )
    return {enterprise.name for enterprise in queryset.search(query)}


def test_the_configuration_folds_accents_and_stems_dutch(db):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT to_tsvector(%s, 'Coöperatie zonnepanelen bakkerijen')",
            [POSTGRES_SEARCH_CONFIG],
        )
        vector = cursor.fetchone()[0]
    assert "'cooperatie'" in vector
    assert "'zonnepanel'" in vector
    assert "'bakkerij'" in vector


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("cooperatie", {"Coöperatie Zonnekracht"}),
        ("zonnepaneel", {"Coöperatie Zonnekracht"}),
        ("bakkerijen", {"Broodnodig"}),
    ],
)
def test_database_search_folds_accents_and_stems(enterprise_factory, query, expected):
    enterprise_factory(
        name="Coöperatie Zonnekracht", description="Wij leggen zonnepanelen."
    )
    enterprise_factory(name="Broodnodig", description="Een bakkerij met eigen graan.")
    assert names_found(query) == expected


def test_beginnings_of_words_fold_accents_without_stemming(enterprise_factory):
    enterprise_factory(name="Coöperatie Zonnekracht", description="Zonnepanelen.")
    enterprise_factory(name="Broodnodig", description="Een bakkerij.")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT to_tsvector(%s, 'Coöperaties bakkerijen')", [POSTGRES_PREFIX_CONFIG]
        )
        assert cursor.fetchone()[0] == "'bakkerijen':2 'cooperaties':1"
    queryset = Enterprise.objects.filter(locale=Locale.objects.get(language_code="nl"))
    assert [e.name for e in queryset.autocomplete("coop")] == ["Coöperatie Zonnekracht"]
    assert [e.name for e in queryset.autocomplete("coöp")] == ["Coöperatie Zonnekracht"]
