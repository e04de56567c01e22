"""The pages, read from `data/pages.yaml` (home, general pages, services, the MeMO
guide) and `data/knowledge.yaml` (news, events and knowledge articles).

Each entry names its model ("app.Model"), its parent page's key and its values
per language. News is dated `days_ago` days back and an event starts
`days_ahead` days ahead at `start_hour`, for `hours` hours, so a freshly loaded
site always has recent news and upcoming events.
"""

import datetime

from django.apps import apps
from django.utils import timezone

from demo.context import DemoContext
from demo.files import read
from demo.translated import PageSpec, ensure_pages


def page_spec(entry: dict, now: datetime.datetime) -> PageSpec:
    dutch = dict(entry["nl"])
    if "days_ago" in entry:
        dutch["date"] = now.date() - datetime.timedelta(days=entry["days_ago"])
    if "days_ahead" in entry:
        start = (now + datetime.timedelta(days=entry["days_ahead"])).replace(
            hour=entry["start_hour"], minute=0, second=0, microsecond=0
        )
        dutch["start"] = start
        dutch["end"] = start + datetime.timedelta(hours=entry["hours"])
    return PageSpec(
        key=entry["key"],
        model=apps.get_model(entry["model"]),
        parent=entry["parent"],
        nl=dutch,
        fr=entry["fr"],
        later=entry.get("later", {}),
    )


def _build(ctx: DemoContext, name: str) -> None:
    now = timezone.localtime()
    ensure_pages(ctx, [page_spec(entry, now) for entry in read(name)["pages"]])


def build_pages(ctx: DemoContext) -> None:
    """The general pages in both languages; the home page links to the others."""
    _build(ctx, "pages")


def build_knowledge(ctx: DemoContext) -> None:
    _build(ctx, "knowledge")
