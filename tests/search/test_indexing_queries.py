"""Indexing enterprises costs a fixed number of queries, however many there are."""

import pytest
from modelsearch.backends.elasticsearchbase import ElasticsearchBaseMapping
from wagtail.search.backends import get_search_backend

from directory.models import Enterprise
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
