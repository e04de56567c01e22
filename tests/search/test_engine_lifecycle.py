"""A fresh engine: indexes created with their mapping before the first write."""

import io

import pytest
from django.core.management import call_command
from wagtail.models import Locale

from directory.models import Enterprise
from search import upkeep
from search.engines import lifecycle
from tests.directory.conftest import csv_text

pytestmark = [pytest.mark.engine, pytest.mark.django_db]


def refresh_all():
    for _alias, backend in lifecycle.engine_backends():
        backend.es.indices.refresh(index=f"{backend.index_prefix}*")


def found(query: str, language: str) -> set[str]:
    locale = Locale.objects.get(language_code=language)
    queryset = Enterprise.objects.filter(locale=locale)
    return {e.name for e in queryset.search(query, backend=language)}


def enterprise_indexes() -> list[str]:
    return [
        backend.get_index_for_model(Enterprise).name
        for alias, backend in lifecycle.engine_backends()
        if alias in {"nl", "fr"}
    ]


def test_a_fresh_engine_is_searchable_right_after_an_import(
    empty_engine, tmp_path, locale_nl, locale_fr
):
    path = tmp_path / "enterprises.csv"
    path.write_text(
        csv_text(
            [
                {
                    "name": "Zonnewarmte",
                    "description_nl": "Wij leggen zonnepanelen op daken.",
                    "description_fr": "Nous posons des panneaux solaires.",
                }
            ]
        )
    )
    call_command("import_enterprises", str(path), stdout=io.StringIO())
    refresh_all()

    # Stemmed and accent-folded matches need the site's analysis and mapping.
    assert found("zonnepaneel", "nl") == {"Zonnewarmte"}
    assert found("panneau", "fr") == {"Zonnewarmte"}
    for _alias, backend in lifecycle.engine_backends():
        index = backend.get_index_for_model(Enterprise).name
        assert index not in lifecycle.index_problems(backend)


def test_migrate_creates_every_index_with_its_mapping(empty_engine):
    call_command("migrate", verbosity=0, stdout=io.StringIO())
    for _alias, backend in lifecycle.engine_backends():
        assert lifecycle.backend_indexes(backend)
        assert lifecycle.index_problems(backend) == []


def test_healthz_names_a_missing_index(engine, client):
    # The engine fixture creates the public indexes only: images, documents and
    # the other indexed models are not there yet.
    call_command("migrate", verbosity=0, stdout=io.StringIO())
    assert client.get("/healthz").json() == {"database": "ok", "search": "ok"}
    nl_index = enterprise_indexes()[0]
    backend = dict(lifecycle.engine_backends())["nl"]
    backend.es.indices.delete(index=f"{nl_index}*")

    health = client.get("/healthz")

    assert health.status_code == 200
    assert health.json() == {
        "database": "ok",
        "search": "index missing",
        "missing_indexes": [nl_index],
    }


def test_healthz_reports_an_index_the_engine_created_without_the_mapping(
    engine, client, enterprise_factory
):
    call_command("migrate", verbosity=0, stdout=io.StringIO())
    nl_index = enterprise_indexes()[0]
    backend = dict(lifecycle.engine_backends())["nl"]
    backend.es.indices.delete(index=f"{nl_index}*")
    # What a write did before indexes were created first: the engine guesses a mapping.
    backend.es.index(index=nl_index, body={"name": "Zonnewarmte"}, id="1")

    health = client.get("/healthz").json()

    assert health["search"] == "index missing"
    assert health["missing_indexes"] == [nl_index]


def test_the_first_rebuild_switches_the_alias_of_a_created_index(
    empty_engine, enterprise_factory
):
    enterprise_factory(name="Windkracht Vooruit", description="Windmolens.")
    nl_index = enterprise_indexes()[0]
    backend = dict(lifecycle.engine_backends())["nl"]
    first = list(backend.es.indices.get_alias(index=nl_index))
    assert first == [nl_index + lifecycle.FIRST_INDEX_SUFFIX]

    upkeep.rebuild()
    refresh_all()

    now = list(backend.es.indices.get_alias(index=nl_index))
    assert len(now) == 1 and now != first
    assert not backend.es.indices.exists(index=first[0])
    assert found("windmolens", "nl") == {"Windkracht Vooruit"}
    assert lifecycle.index_problems(backend) == []
