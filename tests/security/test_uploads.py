"""Uploads that are not what they claim: a clear form error, never a server error."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.images import get_image_model

pytestmark = pytest.mark.django_db

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def gif(frames: int = 3) -> bytes:
    out = io.BytesIO()
    first, *others = [PILImage.new("P", (10, 10), colour) for colour in range(frames)]
    first.save(out, "GIF", save_all=True, append_images=others)
    return out.getvalue()


def png(width: int, height: int) -> bytes:
    out = io.BytesIO()
    PILImage.new("1", (width, height)).save(out, "PNG")
    return out.getvalue()


BROKEN_IMAGES = {
    "png-header-and-garbage.png": PNG_SIGNATURE + b"garbage" * 50,
    "gif-header-and-garbage.gif": b"GIF89a" + b"\xff" * 40,
    "truncated-animation.gif": gif()[:41],
}


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def file_error(response) -> str:
    """The code of the upload form's error on its file."""
    [error] = response.context["form"].errors.as_data()["file"]
    return error.code


def add_image(client, name: str, content: bytes):
    return client.post(
        "/admin/images/add/",
        {"title": name, "file": SimpleUploadedFile(name, content)},
    )


@pytest.mark.parametrize("name", BROKEN_IMAGES)
def test_a_broken_image_is_refused_with_a_form_error(admin_client, name):
    response = add_image(admin_client, name, BROKEN_IMAGES[name])

    assert response.status_code == 200
    assert file_error(response) == "invalid_image"
    assert not get_image_model().objects.exists()


@pytest.mark.parametrize("name", BROKEN_IMAGES)
def test_a_broken_image_is_refused_by_the_multiple_uploader(admin_client, name):
    response = admin_client.post(
        "/admin/images/multiple/add/",
        {"files[]": SimpleUploadedFile(name, BROKEN_IMAGES[name])},
    )

    assert response.status_code == 200
    assert response.json()["success"] is False
    assert response.json()["error_message"]
    assert not get_image_model().objects.exists()


def test_an_image_of_too_many_pixels_is_refused(admin_client):
    response = add_image(admin_client, "huge.png", png(7_000, 7_000))

    assert response.status_code == 200
    assert file_error(response) == "file_too_many_pixels"
    assert not get_image_model().objects.exists()


def test_a_sound_image_is_still_accepted(admin_client):
    response = add_image(admin_client, "animation.gif", gif())

    assert response.status_code == 302
    assert get_image_model().objects.get().file.name.endswith(".gif")
