"""`manage.py load_demo`: the demo site in Dutch and French, loaded idempotently.

For development and tests: production settings do not install the demo app."""

import time

from django.core.management.base import BaseCommand
from django.db import transaction

from demo.context import DemoContext
from demo.documents import build_documents
from demo.enterprises import build_enterprises
from demo.images import build_images
from demo.indexing import index_once_afterwards
from demo.pages import build_knowledge, build_pages
from demo.people import build_people
from demo.site import build_site, find_existing_home
from home.translation_records import record_missing_translations

STEPS = (
    build_images,
    build_documents,
    build_people,
    find_existing_home,
    build_pages,
    build_knowledge,
    build_site,
    build_enterprises,
)

PLURALS = {
    "footer": "footer texts",
    "navigation": "menus",
    "partner": "partners",
    "person": "people",
    "settings": "site settings",
}


class Command(BaseCommand):
    help = (
        "Load the demo content: pages, news, events, menus and fictional MeMO "
        "enterprises in Dutch and French. Creates only what is missing, so running "
        "it again changes nothing."
    )

    def handle(self, *args, **options):
        started = time.monotonic()
        ctx = DemoContext.start()
        with transaction.atomic(), index_once_afterwards():
            for step in STEPS:
                step(ctx)
            # The French versions become wagtail-localize translations of the
            # Dutch ones, so the translation editor and Sync work on them.
            recorded = sum(map(len, record_missing_translations().values()))
        created = ", ".join(
            f"{count} {PLURALS.get(kind, kind)}"
            for kind, count in sorted(ctx.created.items())
        )
        if created:
            summary = f"created {created} (Dutch and French versions each counted)."
        elif not recorded:
            summary = "nothing was missing, nothing changed."
        else:
            summary = "no content was missing."
        if recorded:
            summary += f" {recorded} French versions recorded as translations."
        self.stdout.write(
            f"Demo content loaded in {time.monotonic() - started:.1f} s: {summary}"
        )
