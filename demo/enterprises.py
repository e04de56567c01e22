"""Fictional enterprises for the MeMO guide (`data/enterprises.yaml`): every
sector, every province.

They are invented and say so: no enterprise number is given (a real-looking one
could belong to a real firm), web and mail addresses use the reserved
example.org domain, and each description ends with a notice. Streets are
invented too; postcodes and municipalities are real, and the coordinates lie
near the centre of the municipality. Three have no French description, to show
the Dutch fallback on the French guide.

Most have a generated logo, a phone number and opening hours in both languages;
some lack one or the other, as real entries do. The phone numbers lie in the
Brussels range +32 2 000, which is not given out, so none of them rings anyone.

Each is published as an editor publishes one, which makes its French version
(`directory.signals`). The demo's enterprises are those whose translation key
derives from their slug in the data file (`enterprise_keys`).
"""

import uuid

from demo.context import SOURCE_LANGUAGE, DemoContext, demo_key
from demo.files import read
from directory.models import Enterprise, Label, Sector
from directory.models.enterprise import SHARED_FIELDS

# The values of an entry written as they are on both versions.
SHARED = tuple(
    name
    for name in SHARED_FIELDS
    if name not in ("enterprise_number", "province", "logo")
)


def enterprise_key(slug: str) -> uuid.UUID:
    return demo_key(f"enterprise:{slug}")


def enterprise_keys() -> set[uuid.UUID]:
    """The translation keys of the demo's enterprises, loaded or not."""
    return {
        enterprise_key(entry["slug"]) for entry in read("enterprises")["enterprises"]
    }


def _terms(model, slugs, locale):
    return list(model.objects.filter(locale=locale, slug__in=slugs))


def build_enterprises(ctx: DemoContext) -> None:
    """Create the missing demo enterprises, published in both languages."""
    entries = read("enterprises")["enterprises"]
    dutch = ctx.locales[SOURCE_LANGUAGE]
    existing = set(
        Enterprise.objects.filter(
            locale=dutch, slug__in=[entry["slug"] for entry in entries]
        ).values_list("slug", flat=True)
    )
    for entry in entries:
        if entry["slug"] in existing:
            continue
        description = entry["description"]
        hours = entry.get("opening_hours", {})
        enterprise = Enterprise(
            locale=dutch,
            translation_key=enterprise_key(entry["slug"]),
            description=description["nl"],
            opening_hours=hours.get("nl", ""),
            logo=ctx.resolve(entry.get("logo"), SOURCE_LANGUAGE),
            live=False,
            **{name: entry[name] for name in SHARED},
        )
        enterprise.sectors.set(_terms(Sector, entry["sectors"], dutch))
        enterprise.labels.set(_terms(Label, entry["labels"], dutch))
        enterprise.save()
        # Publishing makes the French version (directory.signals → sharing).
        enterprise.save_revision().publish()
        if "fr" in description or "fr" in hours:
            french = Enterprise.objects.get(
                translation_key=enterprise.translation_key, locale=ctx.locales["fr"]
            )
            if "fr" in description:
                french.description = description["fr"]
            french.opening_hours = hours.get("fr", "")
            french.save()  # saved, not updated in bulk: the search index follows
        ctx.created["enterprises"] += len(ctx.locales)  # both versions
