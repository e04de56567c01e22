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


def add_story(parent, model, title, *, tags=(), live=True, **fields):
    """Add a news item, event or article under `parent`; the intro has a default."""
    fields.setdefault("intro", f"Intro van {title}")
    page = model(title=title, **fields)
    if tags:
        page.tags.add(*tags)
    return add_page(parent, page, live=live)


def add_news(index, title, *, date=datetime.date(2026, 3, 1), **fields):
    return add_story(index, NewsArticlePage, title, date=date, **fields)


def add_event(index, title, *, start, hours=2, place="Zaal De Centrale", **fields):
    end = start + datetime.timedelta(hours=hours)
    return add_story(
        index, EventPage, title, start=start, end=end, place=place, **fields
    )


def add_article(index, title, **fields):
    return add_story(index, KnowledgeArticlePage, title, **fields)


def in_days(days, hour=19):
    moment = timezone.localtime() + datetime.timedelta(days=days)
    return moment.replace(hour=hour, minute=0, second=0, microsecond=0)
