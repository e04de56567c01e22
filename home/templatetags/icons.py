"""Icons of the Lucide set, vendored into static/vendor/lucide, drawn inline.

Inline, an icon takes the colour of the text around it (`currentColor`) and costs
no request. Icons only ever accompany words, so they are hidden from assistive
technology.
"""

import re
from functools import cache

from django import template
from django.contrib.staticfiles import finders
from django.utils.safestring import mark_safe

register = template.Library()

COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
CLASS = re.compile(r'class="[^"]*"')


@cache
def _svg(name: str) -> str:
    path = finders.find(f"vendor/lucide/{name}.svg")
    if path is None:
        raise template.TemplateSyntaxError(f"No icon named {name!r} is vendored.")
    with open(path, encoding="utf-8") as file:
        svg = COMMENT.sub("", file.read())
    svg = CLASS.sub(
        f'class="icon icon--{name}" aria-hidden="true" focusable="false"', svg, count=1
    )
    return " ".join(svg.split()).replace(" >", ">").replace("> <", "><")


@register.simple_tag
def icon(name: str) -> str:
    """`{% icon "map-pin" %}`: the icon as an inline, decorative <svg>."""
    return mark_safe(_svg(name))
