"""Feeding the engine: each backend indexes only the records it holds, once."""

import threading

import pytest
from opensearchpy import OpenSearch
from wagtail.models import Locale
from wagtail.search.backends import get_search_backend

from directory.exchange import importer
from directory.models import Enterprise
from search import indexing, upkeep
from search.engines import lifecycle
from search.engines.site_backend import BULK_TIMEOUT
from search.indexing import indexed_objects

pytestmark = [pytest.mark.engine, pytest.mark.django_db]


def documents(alias: str) -> int:
    backend = get_search_backend(alias)
    name = backend.get_index_for_model(Enterprise).name
    if not backend.es.indices.exists(index=name):
        return 0
    backend.es.indices.refresh(index=name)
    return backend.es.count(index=name)["count"]


def test_each_language_backend_loads_only_its_language(enterprise_factory):
    enterprise_factory(name="Zonnewarmte")
    for language in ("nl", "fr"):
        backend = get_search_backend(language)
        loaded = list(indexed_objects(backend, Enterprise))
        assert {e.locale.language_code for e in loaded} == {language}
    assert indexed_objects(get_search_backend("fallback"), Enterprise).count() == 2


def test_a_rebuild_indexes_each_enterprise_once(engine, enterprise_factory):
    for number in range(3):
        enterprise_factory(name=f"Coöperatie {number}")

    upkeep.rebuild()

    # Three enterprises in two languages: six documents, in the language indexes.
    assert documents("nl") == 3
    assert documents("fr") == 3
    assert documents("default") == 0
    indexed = Enterprise.objects.count() + sum(
        indexed_objects(backend, model).count()
        for _alias, backend in lifecycle.engine_backends()
        for _index, models in lifecycle.backend_indexes(backend)
        for model in models
        if model is not Enterprise
    )
    assert upkeep.IndexRebuild.objects.get().object_count == indexed


def test_a_rebuilt_index_refreshes_again(engine, enterprise_factory):
    enterprise_factory(name="Zonnewarmte")
    upkeep.rebuild()
    backend = get_search_backend("nl")
    name = backend.get_index_for_model(Enterprise).name
    found = backend.es.indices.get_settings(index=name, include_defaults=False)
    (settings,) = found.values()
    assert settings["settings"]["index"].get("refresh_interval") != "-1"


def test_the_admin_chooser_finds_enterprises_without_the_default_index(
    engine, enterprise_factory
):
    enterprise_factory(name="Windkracht Vooruit")
    engine.refresh()
    nl = Locale.objects.get(language_code="nl")
    default = get_search_backend()

    found = default.autocomplete("Windkr", Enterprise.objects.filter(locale=nl))

    assert [e.name for e in found] == ["Windkracht Vooruit"]
    assert documents("default") == 0


def test_a_rebuild_removes_the_index_of_a_model_no_longer_held(engine):
    default = get_search_backend()
    old = default.get_index_for_model(Enterprise)
    # What an earlier version left: the default backend's own index of enterprises.
    default.es.indices.create(index=old.name + "_old", body={"aliases": {old.name: {}}})

    upkeep.rebuild()

    assert not default.es.indices.exists(index=old.name)
    assert not default.es.indices.exists(index=old.name + "_old")


def test_bulk_requests_wait_longer_than_a_visitors_search(
    engine, enterprise_factory, monkeypatch
):
    """A busy node may take more than a search's few seconds to take a batch."""
    timeouts = []
    bulk = OpenSearch.bulk

    def recorded(client, *args, **kwargs):
        timeouts.append(kwargs.get("request_timeout"))
        return bulk(client, *args, **kwargs)

    monkeypatch.setattr(OpenSearch, "bulk", recorded)
    enterprise_factory(name="Coöperatie Geduld")
    upkeep.rebuild()

    assert timeouts
    assert set(timeouts) == {BULK_TIMEOUT}
    search_timeout = get_search_backend("nl").es.transport.kwargs["timeout"]
    assert search_timeout < BULK_TIMEOUT


def refresh_interval(backend) -> str | None:
    name = backend.get_index_for_model(Enterprise).name
    settings = backend.es.indices.get_settings(index=name)
    return next(iter(settings.values()))["settings"]["index"].get("refresh_interval")


def test_an_import_of_many_records_pauses_refresh_until_it_is_done(
    engine, enterprise_factory, monkeypatch
):
    made = [enterprise_factory(name=f"Bulkcoöperatie {n}") for n in range(3)]
    monkeypatch.setattr(importer, "INDEX_BATCH_SIZE", 2)  # "many" is more than 2
    nl = get_search_backend("nl")
    during = []

    def progress(batches, **description):
        for batch in batches:
            during.append(refresh_interval(nl))
            yield batch

    ids = Enterprise.objects.filter(pk__in=[e.pk for e in made]).values_list("pk")
    assert importer.index_enterprises([pk for (pk,) in ids], progress)

    assert during and set(during) == {"-1"}
    assert refresh_interval(nl) is None
    # Searchable without anyone refreshing the index.
    found = nl.search("Bulkcoöperatie", Enterprise.objects.all())
    assert len(found) == 3


def test_an_import_sends_each_batch_while_the_next_one_loads(
    engine, enterprise_factory, monkeypatch
):
    made = [enterprise_factory(name=f"Parallelcoöperatie {n}") for n in range(3)]
    monkeypatch.setattr(indexing, "BATCH_SIZE", 2)
    senders = []
    bulk = OpenSearch.bulk

    def recorded(client, *args, **kwargs):
        senders.append(threading.current_thread().name)
        return bulk(client, *args, **kwargs)

    monkeypatch.setattr(OpenSearch, "bulk", recorded)
    fr = Locale.objects.get(language_code="fr")
    ids = [pk for e in made for pk in (e.pk, e.get_translation(fr).pk)]

    assert importer.index_enterprises(ids)

    # Three batches of two ids (one of each language) per language backend.
    assert len(senders) == 6
    assert all(name.startswith("index-sender") for name in senders)
    assert documents("nl") == documents("fr") == 3


def test_an_import_sends_to_both_language_indexes_at_once(
    engine, enterprise_factory, monkeypatch, caplog
):
    """Each language index gets its batches from a thread of its own, side by side,
    each on a connection of its own."""
    made = [enterprise_factory(name=f"Tweetaligcoöperatie {n}") for n in range(2)]
    fr = Locale.objects.get(language_code="fr")
    ids = [pk for e in made for pk in (e.pk, e.get_translation(fr).pk)]
    together = threading.Barrier(2, timeout=10)
    met = []
    bulk = OpenSearch.bulk

    def recorded(client, *args, **kwargs):
        met.append(together.wait())  # raises when the other index is not sent to
        return bulk(client, *args, **kwargs)

    monkeypatch.setattr(OpenSearch, "bulk", recorded)
    with caplog.at_level("WARNING"):
        assert importer.index_enterprises(ids)

    assert sorted(met) == [0, 1]
    assert documents("nl") == documents("fr") == 2
    assert not [r for r in caplog.records if "pool is full" in r.getMessage()]


def test_an_engine_that_refuses_a_batch_leaves_the_other_language_indexed(
    engine, enterprise_factory, monkeypatch
):
    made = [enterprise_factory(name=f"Weigercoöperatie {n}") for n in range(2)]
    fr = Locale.objects.get(language_code="fr")
    ids = [pk for e in made for pk in (e.pk, e.get_translation(fr).pk)]
    for alias in ("nl", "fr"):  # indexed when saved: start from empty indexes
        for enterprise in Enterprise.objects.filter(pk__in=ids):
            get_search_backend(alias).delete(enterprise)
    assert documents("nl") == documents("fr") == 0
    nl_index = get_search_backend("nl").get_index_for_model(Enterprise).name
    bulk = OpenSearch.bulk

    def refusing(client, *args, **kwargs):
        if kwargs.get("index") == nl_index:
            raise ConnectionError("engine refused")
        return bulk(client, *args, **kwargs)

    monkeypatch.setattr(OpenSearch, "bulk", refusing)
    assert not importer.index_enterprises(ids)
    assert documents("fr") == 2
    assert documents("nl") == 0
