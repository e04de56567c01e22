"""The engine's documents, read through plans, are the ones modelsearch builds."""

import pytest
from modelsearch.backends.opensearch2 import OpenSearch2SearchBackend
from wagtail.models import Page

from directory.models import Enterprise
from home.models import ContentPage
from search.engines.opensearch2 import SearchBackend
from search.indexing import indexed_objects

pytestmark = pytest.mark.django_db


def both_documents(obj):
    model = type(obj)
    planned = SearchBackend.mapping_class(model)
    upstream = OpenSearch2SearchBackend.mapping_class(model)
    assert type(planned) is not type(upstream)
    return planned.get_document(obj), upstream.get_document(obj)


@pytest.fixture
def enterprise(enterprise_factory):
    made = enterprise_factory(
        name="Zonnewarmte Gent",
        sectors=["energie", "wonen"],
        municipality="Gent",
        postcode="9000",
        labels=["b-corp"],
    )
    assert made.labels.count() == 1
    return made


def test_an_enterprise_loaded_for_indexing_gives_the_same_document(enterprise):
    backend = type("Backend", (), {"language": "nl"})()
    loaded = indexed_objects(backend, Enterprise).get(pk=enterprise.pk)
    assert "sectors" in loaded._prefetched_objects_cache
    planned, upstream = both_documents(loaded)
    assert planned == upstream
    assert len(planned["sectors"]) == 2
    assert sorted(planned["sector_slugs_filter"]) == ["energie", "wonen"]
    assert planned["label_slugs_filter"] == ["b-corp"]
    assert planned["location_filter"] == {
        "lat": enterprise.latitude,
        "lon": enterprise.longitude,
    }


def test_an_enterprise_without_prefetched_relations_gives_the_same_document(
    enterprise,
):
    planned, upstream = both_documents(Enterprise.objects.get(pk=enterprise.pk))
    assert planned == upstream
    assert planned["label_slugs_filter"] == ["b-corp"]


def test_unsaved_related_objects_are_read_as_modelsearch_reads_them(enterprise):
    loaded = Enterprise.get_indexed_objects().get(pk=enterprise.pk)
    loaded.labels = []  # a revision's in-memory state (modelcluster), not saved
    planned, upstream = both_documents(loaded)
    assert planned == upstream
    assert planned["labels"] == []


def test_pages_give_the_same_document(home_nl):
    page = home_nl.add_child(
        instance=ContentPage(title="Over ons", slug="over-ons", intro="Wie we zijn.")
    )
    for obj in (page, Page.objects.get(pk=page.pk), home_nl):
        planned, upstream = both_documents(obj.specific)
        assert planned == upstream
    assert both_documents(page)[0]["title"] == "Over ons"
