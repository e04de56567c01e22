"""Illustrations drawn on the fly: coloured shapes with a Dutch and a French word."""

import hashlib
import io
import random

from django.core.files.images import ImageFile
from PIL import Image, ImageDraw, ImageFont
from wagtail.images import get_image_model

from home.demo_content.collection import demo_collection
from home.demo_content.context import DemoContext

SIZE = (800, 450)

# key: (Dutch word, French word, background colour)
IMAGES = {
    "samen": ("Samen", "Ensemble", (38, 112, 72)),
    "kennis": ("Kennis", "Savoir", (36, 86, 150)),
    "beleid": ("Beleid", "Politique", (104, 56, 132)),
    "zichtbaar": ("Zichtbaar", "Visible", (196, 96, 28)),
    "steun": ("Steun", "Soutien", (20, 120, 128)),
    "gids": ("MeMO-gids", "Guide MeMO", (52, 96, 40)),
    "ontmoeten": ("Ontmoeten", "Rencontrer", (170, 48, 60)),
    "leren": ("Leren", "Apprendre", (120, 84, 44)),
}


def draw(key: str, words: tuple[str, str], colour: tuple[int, int, int]) -> bytes:
    """A PNG of soft circles on `colour` with the two words in the middle."""
    shapes = random.Random(key)  # the same picture for the same key
    picture = Image.new("RGB", SIZE, colour)
    pen = ImageDraw.Draw(picture)
    for _ in range(7):
        x, y = shapes.randrange(SIZE[0]), shapes.randrange(SIZE[1])
        radius = shapes.randrange(60, 220)
        tint = tuple(min(255, part + shapes.randrange(15, 55)) for part in colour)
        pen.ellipse((x - radius, y - radius, x + radius, y + radius), fill=tint)
    big, small = ImageFont.load_default(size=80), ImageFont.load_default(size=40)
    middle = (SIZE[0] // 2, SIZE[1] // 2)
    pen.text((middle[0], middle[1] - 30), words[0], font=big, fill="white", anchor="mm")
    pen.text(
        (middle[0], middle[1] + 50), words[1], font=small, fill="white", anchor="mm"
    )
    buffer = io.BytesIO()
    picture.save(buffer, "PNG")
    return buffer.getvalue()


def build_images(ctx: DemoContext) -> None:
    """Find or draw each illustration, by title, in the demo collection."""
    collection = demo_collection()
    model = get_image_model()
    for key, (dutch, french, colour) in IMAGES.items():
        title = f"Illustratie {dutch} / {french}"
        found = model.objects.filter(collection=collection, title=title).first()
        if found is None:
            data = draw(key, (dutch, french), colour)
            found = model(
                title=title,
                collection=collection,
                file=ImageFile(io.BytesIO(data), name=f"demo-{key}.png"),
                file_size=len(data),
                file_hash=hashlib.sha1(data).hexdigest(),
            )
            found.save()
            ctx.created["images"] += 1
        ctx.remember("image", key, found)
