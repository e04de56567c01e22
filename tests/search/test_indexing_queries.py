"""Indexing enterprises costs a fixed number of queries, however many there are."""

import pytest
from modelsearch.backends.elasticsearchbase import ElasticsearchBaseMapping

from directory.models import Enterprise


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
