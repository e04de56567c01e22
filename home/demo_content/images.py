"""The demo's pictures: illustrations without words, and logos of initials.

Each page that shows a picture gets one of its own, drawn in the style of its
kind of page (`drawing.py`): the home page, the mission page, every news item,
event, knowledge article and service. Partners and most enterprises get a logo.
Every title ends in "(gegenereerd)", so editors can tell them from real
photographs and logos.
"""

import hashlib
import io
from functools import partial

from django.core.files.images import ImageFile
from wagtail.images import get_image_model

from home.demo_content.collection import demo_collection
from home.demo_content.context import DemoContext, logo_key
from home.demo_content.drawing import PALETTES, illustration, logo
from home.demo_content.enterprises import ENTERPRISES, has_logo
from home.demo_content.knowledge import ARTICLES, EVENTS, NEWS
from home.demo_content.pages import SERVICE_TEXTS
from home.demo_content.people import PARTNERS

GENERATED = "(gegenereerd)"

# use: (style, its name in the title, size, the keys of its pictures)
ILLUSTRATIONS = {
    "home": ("rings", "startpagina", (1200, 900), ("home",)),
    "page": ("arcs", "pagina", (1200, 675), ("missie",)),
    "news": ("circles", "nieuws", (1200, 675), tuple(NEWS)),
    "event": ("gathering", "agenda", (1200, 675), tuple(EVENTS)),
    "knowledge": ("hills", "kennis", (1200, 675), tuple(ARTICLES)),
    "service": ("mosaic", "dienstverlening", (1200, 675), tuple(SERVICE_TEXTS)),
}


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
    for shift, (style, name, size, keys) in enumerate(ILLUSTRATIONS.values()):
        for number, key in enumerate(keys, start=1):
            palette = (number + shift) % len(PALETTES)
            label = f"{name} {number}" if len(keys) > 1 else name
            ensure_image(
                ctx,
                key,
                f"Illustratie {label} {GENERATED}",
                partial(illustration, style, key, palette, size),
            )
    names = [(key, values["nl"]["name"]) for key, values in PARTNERS.items()]
    names += [
        (data.slug, data.name)
        for position, data in enumerate(ENTERPRISES)
        if has_logo(position)
    ]
    for key, name in names:
        ensure_image(
            ctx, logo_key(key), f"Logo {name} {GENERATED}", partial(logo, name)
        )
