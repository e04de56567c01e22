"""Pictures for the demo, drawn with Pillow: abstract illustrations and logos.

No picture carries words, so each one serves both languages. An illustration is
a composition in the site's colours whose motif depends on where it is used
(interlocking rings for the home page, overlapping circles for news, a gathering
of dots for events, hills for knowledge, a mosaic for services, arcs for other
pages). A logo is an organisation's initials on a coloured shape. The same key
always gives the same picture.
"""

import io
import math
import random
import re

from PIL import Image, ImageDraw, ImageFont

Colour = tuple[int, int, int]

# dark, middle, light, accent, light accent: the site's green and orange first
PALETTES: tuple[tuple[Colour, ...], ...] = (
    ((23, 74, 48), (30, 91, 60), (231, 240, 234), (168, 71, 15), (242, 166, 90)),
    ((16, 78, 86), (26, 112, 120), (222, 239, 238), (168, 71, 15), (242, 166, 90)),
    ((120, 52, 12), (168, 71, 15), (251, 236, 214), (30, 91, 60), (242, 166, 90)),
    ((62, 38, 78), (98, 58, 112), (240, 232, 243), (242, 166, 90), (168, 71, 15)),
    ((26, 56, 96), (40, 86, 140), (226, 234, 246), (242, 166, 90), (168, 71, 15)),
)

# Shapes are drawn at twice the size and scaled down, for smooth edges.
SCALE = 2


def _mix(first: Colour, second: Colour, share: float) -> Colour:
    return tuple(round(a + (b - a) * share) for a, b in zip(first, second, strict=True))


def _gradient(size, start: Colour, end: Colour, angle: float) -> Image.Image:
    """`start` to `end` along `angle` (radians), smooth: a small grid scaled up."""
    grid = (32, max(2, round(32 * size[1] / size[0])))
    dx, dy = math.cos(angle), math.sin(angle)
    corners = [x * dx + y * dy for x in (0, 1) for y in (0, 1)]
    low, high = min(corners), max(corners)
    small = Image.new("RGB", grid)
    small.putdata(
        [
            _mix(
                start,
                end,
                ((x / (grid[0] - 1)) * dx + (y / (grid[1] - 1)) * dy - low)
                / (high - low),
            )
            for y in range(grid[1])
            for x in range(grid[0])
        ]
    )
    return small.resize(size, Image.Resampling.BICUBIC)


def _layer(size) -> tuple[Image.Image, ImageDraw.ImageDraw]:
    layer = Image.new("RGBA", size, (0, 0, 0, 0))
    return layer, ImageDraw.Draw(layer)


def _circle(pen, x, y, radius, **style):
    pen.ellipse((x - radius, y - radius, x + radius, y + radius), **style)


def _rings(rng, size, palette):
    """Two interlocking rings, as in the site's logo, over scattered dots."""
    width, height = size
    dark, middle, light, _accent, glow = palette
    picture = _gradient(size, dark, middle, rng.uniform(0.3, 1.2)).convert("RGBA")
    layer, pen = _layer(size)
    for _ in range(40):
        _circle(
            pen,
            rng.uniform(0, width),
            rng.uniform(0, height),
            rng.uniform(0.004, 0.012) * width,
            fill=(*light, rng.randrange(40, 110)),
        )
    radius, stroke = 0.24 * height, round(0.055 * height)
    centre_x, centre_y = (
        rng.uniform(0.55, 0.68) * width,
        rng.uniform(0.45, 0.55) * height,
    )
    _circle(
        pen,
        centre_x - radius * 0.62,
        centre_y,
        radius,
        outline=(*light, 225),
        width=stroke,
    )
    _circle(
        pen,
        centre_x + radius * 0.62,
        centre_y,
        radius,
        outline=(*glow, 235),
        width=stroke,
    )
    picture.alpha_composite(layer)
    _waves(rng, picture, palette, layers=2, top=0.78, colours=(middle, light), alpha=70)
    return picture


def _circles(rng, size, palette):
    """Overlapping see-through circles of several sizes."""
    width, height = size
    dark, middle, light, accent, glow = palette
    picture = _gradient(size, middle, dark, rng.uniform(0, math.pi)).convert("RGBA")
    for _ in range(9):
        x, y = rng.uniform(-0.05, 1.05) * width, rng.uniform(-0.1, 1.1) * height
        radius = rng.uniform(0.12, 0.42) * height
        colour = (*rng.choice((light, glow, accent, middle)), rng.randrange(60, 150))
        # Each circle blends on its own layer, only as large as the circle.
        left, top = max(0, int(x - radius)), max(0, int(y - radius))
        right, bottom = (
            min(width, int(x + radius) + 1),
            min(height, int(y + radius) + 1),
        )
        if right <= left or bottom <= top:
            continue
        layer, pen = _layer((right - left, bottom - top))
        _circle(pen, x - left, y - top, radius, fill=colour)
        picture.alpha_composite(layer, dest=(left, top))
    layer, pen = _layer(size)
    _circle(
        pen,
        rng.uniform(0.3, 0.7) * width,
        rng.uniform(0.35, 0.65) * height,
        0.3 * height,
        outline=(*light, 200),
        width=round(0.02 * height),
    )
    picture.alpha_composite(layer)
    return picture


def _gathering(rng, size, palette):
    """Rows of dots, some of them gathered in a warm cluster."""
    width, height = size
    dark, middle, light, _accent, glow = palette
    picture = _gradient(size, dark, middle, rng.uniform(1.2, 2.0)).convert("RGBA")
    layer, pen = _layer(size)
    columns = 14
    step = width / columns
    rows = round(height / step)
    focus = (rng.uniform(0.3, 0.7) * width, rng.uniform(0.35, 0.65) * height)
    reach = rng.uniform(0.22, 0.3) * height
    for row in range(rows):
        for column in range(columns):
            x = (column + 0.5 + (0.5 if row % 2 else 0)) * step
            y = (row + 0.5) * step
            near = math.dist((x, y), focus) < reach
            colour = (*glow, 240) if near else (*light, rng.randrange(45, 110))
            _circle(
                pen,
                x,
                y,
                step * (0.3 if near else rng.uniform(0.12, 0.24)),
                fill=colour,
            )
    _circle(
        pen, *focus, reach + step * 0.6, outline=(*light, 190), width=round(step * 0.08)
    )
    picture.alpha_composite(layer)
    return picture


def _waves(rng, picture, palette, *, layers, top, colours, alpha):
    """Soft hills along the bottom of `picture`, the front ones darker."""
    width, height = picture.size
    for number in range(layers):
        layer, pen = _layer(picture.size)
        base = height * (top + (1 - top) * number / (layers + 0.5))
        amplitude = rng.uniform(0.03, 0.07) * height
        frequency = rng.uniform(1.0, 2.2) * math.tau / width
        phase = rng.uniform(0, math.tau)
        outline = [
            (x, base + amplitude * math.sin(frequency * x + phase))
            for x in range(0, width + 21, 20)
        ]
        colour = _mix(*colours, number / max(1, layers - 1))
        pen.polygon([*outline, (width, height), (0, height)], fill=(*colour, alpha))
        picture.alpha_composite(layer)


def _hills(rng, size, palette):
    """A landscape of hills under a low sun."""
    width, height = size
    dark, middle, light, _accent, glow = palette
    picture = _gradient(size, light, _mix(light, glow, 0.45), math.pi / 2).convert(
        "RGBA"
    )
    layer, pen = _layer(size)
    _circle(
        pen,
        rng.uniform(0.2, 0.8) * width,
        rng.uniform(0.25, 0.4) * height,
        0.16 * height,
        fill=(*glow, 255),
    )
    picture.alpha_composite(layer)
    _waves(
        rng,
        picture,
        palette,
        layers=4,
        top=0.38,
        colours=(_mix(middle, light, 0.55), dark),
        alpha=255,
    )
    return picture


def _mosaic(rng, size, palette):
    """Squares cut into triangles of the palette's colours."""
    width, height = size
    dark, middle, light, accent, glow = palette
    picture = Image.new("RGBA", size, (*dark, 255))
    pen = ImageDraw.Draw(picture)
    columns = 8
    step = width / columns
    colours = (dark, dark, middle, middle, middle, glow, accent, light)
    for row in range(math.ceil(height / step)):
        for column in range(columns):
            x, y = column * step, row * step
            corners = [(x, y), (x + step, y), (x + step, y + step), (x, y + step)]
            cut = rng.randrange(2)
            first = [corners[cut], corners[cut + 1], corners[(cut + 2) % 4]]
            second = [corners[(cut + 2) % 4], corners[(cut + 3) % 4], corners[cut]]
            for triangle in (first, second):
                pen.polygon(triangle, fill=(*rng.choice(colours), 255))
    return picture


def _arcs(rng, size, palette):
    """Bands of quarter circles growing from two corners."""
    width, height = size
    dark, middle, light, accent, glow = palette
    picture = Image.new("RGBA", size, (*light, 255))
    pen = ImageDraw.Draw(picture)
    for corner, bands in (
        ((0, height), (dark, middle, glow, light)),
        ((width, 0), (middle, accent, glow, light)),
    ):
        reach = rng.uniform(0.75, 0.95) * height
        for number, colour in enumerate(bands):
            _circle(
                pen, *corner, reach * (1 - number / len(bands)), fill=(*colour, 255)
            )
    _circle(
        pen,
        rng.uniform(0.55, 0.7) * width,
        0.7 * height,
        0.08 * height,
        fill=(*accent, 255),
    )
    return picture


STYLES = {
    "rings": _rings,
    "circles": _circles,
    "gathering": _gathering,
    "hills": _hills,
    "mosaic": _mosaic,
    "arcs": _arcs,
}


def illustration(style: str, key: str, palette: int, size=(1200, 675)) -> bytes:
    """A JPEG of `style` in palette number `palette`, the same for the same key."""
    rng = random.Random(key)
    drawn = STYLES[style](rng, (size[0] * SCALE, size[1] * SCALE), PALETTES[palette])
    picture = drawn.convert("RGB").resize(size, Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=88)
    return buffer.getvalue()


def initials(name: str) -> str:
    """ "NRC" for "Nationale Raad voor de Coöperatie (NRC)", "WK" for "Windkring
    Kempenland", "C" for "Cera": an abbreviation in brackets, else the first
    letters of the first and last capitalised words."""
    abbreviation = re.search(r"\(([A-Z]{2,4})\)", name)
    if abbreviation:
        return abbreviation.group(1)
    words = re.findall(r"[^\W\d_]+", name)
    capitalised = [word for word in words if word[0].isupper()] or words
    if len(capitalised) == 1 and capitalised[0].isupper() and len(capitalised[0]) <= 4:
        return capitalised[0]
    picked = capitalised[:1] + capitalised[1:][-1:]
    return "".join(word[0] for word in picked).upper()


def _shape(pen, kind: int, box: tuple[float, float, float, float], colour):
    left, top, right, bottom = box
    if kind == 0:
        pen.ellipse(box, fill=colour)
    elif kind == 1:
        pen.rounded_rectangle(box, radius=(right - left) * 0.22, fill=colour)
    else:
        centre, radius = ((left + right) / 2, (top + bottom) / 2), (right - left) / 2
        pen.regular_polygon((*centre, radius), 6, rotation=30, fill=colour)


def logo(name: str, size: int = 400) -> bytes:
    """A PNG (transparent around the shape) of the initials of `name`."""
    rng = random.Random(f"logo:{name}")
    dark, middle, light, _accent, glow = rng.choice(PALETTES)
    side = size * SCALE
    picture, pen = _layer((side, side))
    margin = side * 0.06
    shape = rng.randrange(3)
    _shape(pen, shape, (margin, margin, side - margin, side - margin), (*middle, 255))
    inner = side * 0.16
    _shape(pen, shape, (inner, inner, side - inner, side - inner), (*dark, 255))
    _circle(pen, side * 0.76, side * 0.24, side * 0.1, fill=(*glow, 255))
    letters = initials(name)
    font = ImageFont.load_default(
        size=side * (0.42, 0.36, 0.28, 0.22)[len(letters) - 1]
    )
    pen.text(
        (side / 2, side / 2),
        letters,
        font=font,
        anchor="mm",
        fill=(*light, 255),
        stroke_width=round(side * 0.008),
        stroke_fill=(*light, 255),
    )
    picture = picture.resize((size, size), Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    picture.save(buffer, "PNG")
    return buffer.getvalue()
