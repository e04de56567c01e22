"""The demo's pictures: illustrations without words, and logos of initials.

Each page that shows a picture gets one of its own, drawn in the style of its
kind of page (`drawing.py`, `data/images.yaml`): the home page, the mission page,
every news item, event, knowledge article and service. Partners and most
enterprises get a logo (their `logo` in `data/people.yaml` and
`data/enterprises.yaml`). Every title ends in "(gegenereerd)", so editors can
tell them from real photographs and logos.
"""

import hashlib
import io
from functools import partial

from django.core.files.images import ImageFile
from wagtail.images import get_image_model

from demo.collection import demo_collection
from demo.context import DemoContext
from demo.drawing import PALETTES, illustration, logo
from demo.files import read

GENERATED = "(gegenereerd)"


def ensure_image(ctx: DemoContext, key: str, title: str, draw) -> None:
    """Find the image titled `title` in the demo collection, or store `draw()`."""
    collection = demo_collection()
    model = get_image_model()
    found = model.objects.filter(collection=collection, title=title).first()
    if found is None:
        data = draw()
        extension = "png" if data.startswith(b"\x89PNG") else "jpg"
        found = model(
            title=title,
            collection=collection,
            file=ImageFile(
                io.BytesIO(data), name=f"demo-{key.replace(':', '-')}.{extension}"
            ),
            file_size=len(data),
            file_hash=hashlib.sha1(data).hexdigest(),
        )
        found.save()
        ctx.created["images"] += 1
    ctx.remember("image", key, found)


def build_images(ctx: DemoContext) -> None:
    """Find or draw every illustration and logo, by title, in the demo collection."""
    for shift, use in enumerate(read("images")["illustrations"]):
        keys = use["keys"]
        for number, key in enumerate(keys, start=1):
            palette = (number + shift) % len(PALETTES)
            label = f"{use['name']} {number}" if len(keys) > 1 else use["name"]
            ensure_image(
                ctx,
                key,
                f"Illustratie {label} {GENERATED}",
                partial(illustration, use["style"], key, palette, tuple(use["size"])),
            )
    logos = [
        (partner["nl"]["logo"], partner["nl"]["name"])
        for partner in read("people")["partners"].values()
    ]
    logos += [
        (enterprise["logo"], enterprise["name"])
        for enterprise in read("enterprises")["enterprises"]
        if "logo" in enterprise
    ]
    for reference, name in logos:
        ensure_image(
            ctx, reference.key, f"Logo {name} {GENERATED}", partial(logo, name)
        )
