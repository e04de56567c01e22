"""Without an engine, PostgreSQL's Dutch configuration with unaccent does the analysis."""

import pytest
from django.db import connection
from wagtail.models import Locale

from directory.models import Enterprise
from search.backends import POSTGRES_SEARCH_CONFIG

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
