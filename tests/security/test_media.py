"""Uploads in production: documents only through Wagtail's view, images from the front server."""

import re
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.django_db
def test_a_document_in_a_private_collection_is_not_served_to_visitors(client):
    private = Collection.get_first_root_node().add_child(name="Bestuur")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = get_document_model().objects.create(
        title="Verslag", collection=private, file=ContentFile(b"secret", "verslag.txt")
    )
    assert document.url.startswith("/documents/"), document.url
    response = client.get(document.url)
    assert response.status_code == 302
    assert response["Location"] == f"/nl/_util/login/?next={document.url}"


def test_the_front_server_serves_image_renditions_and_no_other_upload():
    conf = (ROOT / "deploy" / "nginx.conf").read_text()
    served = re.findall(r"location (/media/\S*) \{\s*alias", conf)
    assert served == ["/media/images/"]
    assert re.search(r"location /media/ \{\s*return 404;", conf)
