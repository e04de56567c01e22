"""Indexing enterprises costs a fixed number of queries, however many there are."""

import modelcluster.models
import pytest
from modelsearch.backends.elasticsearchbase import ElasticsearchBaseMapping
from wagtail.search.backends import get_search_backend

from directory.models import Enterprise, Sector
from search.indexing import indexed_objects


@pytest.mark.django_db
@pytest.mark.parametrize("count", [2, 8])
def test_index_documents_need_three_queries(
    enterprise_factory, django_assert_num_queries, count
):
    for number in range(count):
        enterprise_factory(
            name=f"Coöperatie {number}", sectors=["energie"], labels=["bio"]
        )
    mapping = ElasticsearchBaseMapping(Enterprise)
    with django_assert_num_queries(3):
        documents = [mapping.get_document(e) for e in Enterprise.get_indexed_objects()]
    assert len(documents) == 2 * count
    assert all(doc["sector_slugs_filter"] == ["energie"] for doc in documents)
    assert all(doc["label_slugs_filter"] == ["bio"] for doc in documents)


@pytest.mark.django_db
def test_a_language_backend_loads_only_the_indexed_columns(
    enterprise_factory, django_assert_num_queries
):
    for number in range(3):
        enterprise_factory(name=f"Coöperatie {number}", sectors=["energie"])
    backend = get_search_backend()
    mapping = ElasticsearchBaseMapping(Enterprise)
    with django_assert_num_queries(3):
        loaded = list(indexed_objects(backend, Enterprise))
        documents = [mapping.get_document(e) for e in loaded]
    assert len(documents) == 6
    assert all(doc["sector_slugs_filter"] == ["energie"] for doc in documents)
    deferred = loaded[0].get_deferred_fields()
    assert {"website", "street", "opening_hours"} <= deferred
    assert not {"name", "description", "municipality", "locale_id"} & deferred


@pytest.mark.django_db
def test_loaded_enterprises_share_their_sectors_in_the_sectors_order(
    enterprise_factory,
):
    enterprise_factory(name="Coöperatie A", sectors=["wonen", "energie"])
    enterprise_factory(name="Coöperatie B", sectors=["energie", "wonen"])
    enterprise_factory(name="Coöperatie C", sectors=["wonen"])
    loaded = {
        e.name: e
        for e in Enterprise.get_indexed_objects().filter(locale__language_code="nl")
    }
    a, b, c = (loaded[f"Coöperatie {x}"].sectors.all() for x in "ABC")
    ordered = [
        s.slug
        for s in Sector.objects.filter(
            slug__in=["energie", "wonen"], locale__language_code="nl"
        )
    ]
    assert [s.slug for s in a] == [s.slug for s in b] == ordered
    # Each sector is built once, and the same list serves the same sectors.
    assert a[0] is b[0] and a[1] is b[1] and c[0] is a[ordered.index("wonen")]
    # Narrowing what was loaded asks the database, for this enterprise only.
    assert [s.slug for s in c.filter(slug="energie")] == []
    assert [s.slug for s in a.filter(slug="energie")] == ["energie"]


@pytest.mark.django_db
def test_loading_enterprises_does_not_look_up_child_relations_per_row(
    enterprise_factory, monkeypatch
):
    """modelcluster looks the model's child relations up for every object it builds;
    rows from the database bring none, so loading them skips that."""
    enterprise_factory(name="Coöperatie A", sectors=["energie"])
    enterprise_factory(name="Coöperatie B", labels=["bio"])
    looked_up = []
    lookup = modelcluster.models.get_all_child_relations

    def counted(model):
        looked_up.append(model)
        return lookup(model)

    monkeypatch.setattr(modelcluster.models, "get_all_child_relations", counted)
    loaded = list(Enterprise.get_indexed_objects())
    assert len(loaded) == 4
    assert looked_up == []
    # Child objects given by name are still taken, as modelcluster does.
    built = Enterprise(name="Nieuw", sectors=list(Sector.objects.all()[:1]))
    assert [s.pk for s in built.sectors.all()] == [Sector.objects.first().pk]
    assert looked_up
