"""Fixtures of the security tests."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

DOCUMENT_PASSWORD = "geheim"


@pytest.fixture
def protected_document(db):
    """A document in a collection open to visitors who know its password."""
    collection = Collection.get_first_root_node().add_child(name="Leden")
    CollectionViewRestriction.objects.create(
        collection=collection,
        restriction_type=CollectionViewRestriction.PASSWORD,
        password=DOCUMENT_PASSWORD,
    )
    return get_document_model().objects.create(
        title="Ledenlijst",
        collection=collection,
        file=ContentFile(b"alleen voor leden", "ledenlijst.txt"),
    )
