"""Builders of knowledge pages, images, documents and StreamField content for tests."""

import datetime
import io
import json
import secrets

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from knowledge.models import EventPage, KnowledgeArticlePage, NewsArticlePage


def make_image(title="Leden op de algemene vergadering"):
    buffer = io.BytesIO()
    PILImage.new("RGB", (800, 450), (40, 120, 60)).save(buffer, "PNG")
    name = f"{secrets.token_hex(4)}.png"
    return get_image_model().objects.create(
        title=title, file=ImageFile(buffer, name=name)
    )


def make_document(title="Statuten"):
    return get_document_model().objects.create(
        title=title, file=ContentFile(b"%PDF-1.4 statuten", name="statuten.pdf")
    )


def stream(*blocks):
    """StreamField content from (type, value) pairs, as stored JSON."""
    return json.dumps([{"type": kind, "value": value} for kind, value in blocks])


def full_body(image):
    """A body using every block type."""
    return stream(
        ("heading", "Waarom samenwerken loont"),
        ("paragraph", "<p>Coöperaties delen kennis en <b>ervaring</b>.</p>"),
        (
            "image",
            {
                "image": {"image": image.pk, "decorative": False, "alt_text": "Leden"},
                "caption": "De algemene vergadering",
            },
        ),
        ("quote", {"quote": "Samen staan we sterker.", "attribution": "Een lid"}),
    )


def add_page(parent, page, *, live=True):
    """Add `page` under `parent`, published, or as a draft never published."""
    page.live = live
    parent.add_child(instance=page)
    revision = page.save_revision()
    if live:
        revision.publish()
        page.refresh_from_db()
    return page


def add_news(index, title, *, date=None, tags=(), image=None, live=True, **fields):
    page = NewsArticlePage(
        title=title,
        intro=fields.pop("intro", f"Intro van {title}"),
        date=date or datetime.date(2026, 3, 1),
        image=image,
        **fields,
    )
    page.tags.add(*tags)
    return add_page(index, page, live=live)


def add_event(index, title, *, start, hours=2, image=None, live=True, **fields):
    page = EventPage(
        title=title,
        intro=fields.pop("intro", f"Intro van {title}"),
        start=start,
        end=start + datetime.timedelta(hours=hours),
        place=fields.pop("place", "Zaal De Centrale"),
        image=image,
        **fields,
    )
    return add_page(index, page, live=live)


def add_article(index, title, *, tags=(), image=None, live=True, **fields):
    page = KnowledgeArticlePage(
        title=title, intro=f"Intro van {title}", image=image, **fields
    )
    page.tags.add(*tags)
    return add_page(index, page, live=live)


def in_days(days, hour=19):
    moment = timezone.localtime() + datetime.timedelta(days=days)
    return moment.replace(hour=hour, minute=0, second=0, microsecond=0)
