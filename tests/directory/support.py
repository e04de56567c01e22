"""Helpers of the guide's tests: places, many enterprises at once, the guide's and
the proposal form's addresses, a proposal's form data and the export command."""

import uuid
from io import StringIO

from django.core.management import call_command
from django.db import connection
from wagtail.models import Locale
from wagtail.search.backends import get_search_backend

from directory.finder.facet_cache import forget_cached_facets
from directory.models import Enterprise, Label, Sector
from directory.reference_data import LABELS, SECTORS
from directory.rules.provinces import province_for_postcode

LIST = "/api/v1/enterprises/"
GUIDE_PATHS = {"nl": "/nl/memo-gids/", "fr": "/fr/guide-memo/"}
FORM_PATHS = {"nl": "/nl/memo-gids/aanmelden/", "fr": "/fr/guide-memo/inscription/"}

# (municipality, postcode, latitude, longitude)
PLACES = {
    "gent": ("Gent", "9000", 51.0543, 3.7174),
    "brugge": ("Brugge", "8000", 51.2093, 3.2247),
    "antwerpen": ("Antwerpen", "2000", 51.2194, 4.4025),
    "brussel": ("Brussel", "1000", 50.8503, 4.3517),
    "hasselt": ("Hasselt", "3500", 50.9307, 5.3325),
    "leuven": ("Leuven", "3000", 50.8798, 4.7005),
}


def place(key: str) -> dict:
    municipality, postcode, latitude, longitude = PLACES[key]
    return {
        "municipality": municipality,
        "postcode": postcode,
        "latitude": latitude,
        "longitude": longitude,
    }


def proposal(**changes) -> dict:
    """The proposal form's fields, filled in validly, with `changes` applied."""
    data = {
        "name": "De Groene Bakker",
        "enterprise_number": "",
        "legal_form": "cv",
        "cooperative": "on",
        "sectors": ["voeding-landbouw"],
        "labels": ["bio"],
        "street": "Kerkstraat 3",
        "postcode": "2000",
        "municipality": "Antwerpen",
        "website": "https://groenebakker.example",
        "email": "hallo@groenebakker.example",
        "phone": "",
        "description": "Brood van biologisch graan.",
        "contact_name": "An",
        "contact_email": "an@example.org",
        "homepage": "",
    }
    data.update(changes)
    return data


def export(*args) -> str:
    """What `export_enterprises` with `args` writes to standard output."""
    out = StringIO()
    call_command("export_enterprises", *args, stdout=out, stderr=StringIO())
    return out.getvalue()


def refresh_search_index() -> None:
    """Make what was just indexed searchable (engines refresh about once a second)."""
    get_search_backend().refresh_indexes()


def bulk_enterprises(count: int, *, start: int = 0) -> None:
    """`count` published enterprises in Dutch and French, written in a few queries.

    Numbered from `start`; each gets one sector and one label (cycling through all of them) and a place
    from PLACES; the French rows share the translation key and have no description.
    """
    locales = {code: Locale.objects.get(language_code=code) for code in ("nl", "fr")}
    sectors = {
        (s.locale_id, s.slug): s.pk
        for s in Sector.objects.filter(locale__in=locales.values())
    }
    labels = {
        (t.locale_id, t.slug): t.pk
        for t in Label.objects.filter(locale__in=locales.values())
    }
    places = list(PLACES)
    rows, links = [], []
    for n in range(start, start + count):
        key = uuid.uuid4()
        where = place(places[n % len(places)])
        province = province_for_postcode(where["postcode"]).slug
        for code, locale in locales.items():
            rows.append(
                Enterprise(
                    name=f"Bulkbedrijf {n:05d}",
                    slug=f"bulkbedrijf-{n:05d}",
                    locale=locale,
                    translation_key=key,
                    province=province,
                    live=True,
                    cooperative=n % 2 == 0,
                    nrc_accredited=n % 3 == 0,
                    description=f"Omschrijving {n}" if code == "nl" else "",
                    **where,
                )
            )
            links.append(
                (
                    sectors[(locale.pk, SECTORS[n % len(SECTORS)][0])],
                    labels[(locale.pk, LABELS[n % len(LABELS)][0])],
                )
            )
    Enterprise.objects.bulk_create(rows, batch_size=1000)
    Enterprise.sectors.through.objects.bulk_create(
        Enterprise.sectors.through(enterprise_id=row.pk, sector_id=sector)
        for row, (sector, _label) in zip(rows, links, strict=True)
    )
    Enterprise.labels.through.objects.bulk_create(
        Enterprise.labels.through(enterprise_id=row.pk, label_id=label)
        for row, (_sector, label) in zip(rows, links, strict=True)
    )
    forget_cached_facets()  # written in bulk, as an import does
    analyse_enterprise_tables()


def analyse_enterprise_tables() -> None:
    """Refresh the planner's statistics, as autovacuum does after a bulk load.

    Inside a test's transaction autovacuum never sees the new rows, and the
    statistics left by earlier (rolled back) tests describe empty tables: plans
    made for empty tables take seconds on thousands of rows.
    """
    if connection.vendor != "postgresql":
        return
    tables = [
        Enterprise._meta.db_table,
        Enterprise.sectors.through._meta.db_table,
        Enterprise.labels.through._meta.db_table,
    ]
    with connection.cursor() as cursor:
        cursor.execute(
            "ANALYZE " + ", ".join(connection.ops.quote_name(t) for t in tables)
        )


def enterprise_rows_updated() -> int:
    """Enterprise rows rewritten (UPDATE, by anyone, triggers too) in this transaction."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_stat_get_xact_tuples_updated('directory_enterprise'::regclass)"
        )
        return cursor.fetchone()[0]
