"""Without an engine, PostgreSQL's Dutch configuration with unaccent does the analysis."""

from unittest.mock import patch

import pytest
from django.db import connection
from modelsearch.query import PlainText
from wagtail.models import Locale

from directory.models import Enterprise
from search.backends import POSTGRES_PREFIX_CONFIG, POSTGRES_SEARCH_CONFIG
from search.postgres import LANGUAGE_CONFIGS, lexeme_query

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


def lexeme_text(query: str, operator: str = "or") -> str | None:
    found = lexeme_query(
        PlainText(query, operator=operator), list(LANGUAGE_CONFIGS.values()), {}
    )
    if found is None:
        return None
    with connection.cursor() as cursor:
        sql, params = found.resolve_expression().as_sql(*compiler_for(found))
        cursor.execute(f"SELECT ({sql})::text", params)
        return cursor.fetchone()[0]


def compiler_for(expression):
    query = Enterprise.objects.all().query
    return query.get_compiler(connection=connection), connection


def test_a_query_names_each_lexeme_of_its_words_forms_once():
    """Both languages and every singular and plural come to a few lexemes."""
    text = lexeme_text("coöperaties fietsen")
    lexemes = [term.strip(" ()'") for term in text.replace("&", "|").split("|")]
    assert len(lexemes) == len(set(lexemes))
    assert {"cooperatie", "fiets"} <= set(lexemes)
    assert " & " not in text
    assert " & " in lexeme_text("coöperaties fietsen", operator="and")


def test_a_form_of_several_lexemes_keeps_the_full_query():
    # "l'énergie" reads as two words that must follow each other.
    assert lexeme_text("l'énergie") is None
    assert lexeme_text("de") is None  # a stop word in both: nothing to name


@pytest.mark.parametrize("query", ["coöperaties", "fietsen zonnepaneel", "bakkerij"])
def test_the_compact_query_finds_what_the_full_one_finds(enterprise_factory, query):
    for name, description in (
        ("Coöperatie Zonnekracht", "Zonnepanelen voor iedereen"),
        ("Fietsenmaker", "Wij herstellen fietsen"),
        ("Broodnodig", "Een bakkerij in de buurt"),
        ("Zonder", "Niets van dit alles"),
    ):
        enterprise_factory(name=name, description=description)
    compact = names_found(query)
    with patch("search.postgres.lexeme_query", return_value=None):
        full = names_found(query)
    assert compact == full and compact
