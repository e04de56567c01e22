"""Fixtures of the MeMO guide tests."""

import csv
import io

import pytest

from directory.exchange.columns import COLUMNS
from tests.directory.factories import make_guides
from tests.directory.support import place, refresh_search_index

VALID_ROW = {
    "enterprise_number": "0403.170.701",
    "name": "Ecopower",
    "legal_form": "cv",
    "cooperative": "yes",
    "nrc_accredited": "no",
    "sectors": "energie",
    "labels": "",
    "street": "Posthoflei 3",
    "postcode": "2600",
    "municipality": "Berchem",
    "latitude": "51.19",
    "longitude": "4.43",
    "website": "https://www.ecopower.be",
    "email": "info@ecopower.be",
    "phone": "03 287 37 79",
    "description_nl": "Coöperatie voor hernieuwbare energie.",
    "description_fr": "",
}


def csv_text(rows, header=None) -> str:
    """A CSV export file: `rows` are dicts overriding VALID_ROW."""
    header = list(header or COLUMNS)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    for row in rows:
        values = {**VALID_ROW, **row}
        writer.writerow([values.get(column, "") for column in header])
    return out.getvalue()


@pytest.fixture
def csv_file(tmp_path):
    """Write rows (dicts over a valid row) to a CSV file and return its path."""
    counter = iter(range(1000))

    def write(rows, header=None, *, encoding="utf-8", raw: bytes | None = None):
        path = tmp_path / f"enterprises-{next(counter)}.csv"
        path.write_bytes(
            raw if raw is not None else csv_text(rows, header).encode(encoding)
        )
        return path

    return write


@pytest.fixture
def moderator(django_user_model, locale_nl, locale_fr):
    """A member of the Moderatoren group (publish rights), not a superuser."""
    from django.contrib.auth.models import Group

    from editorial.groups import MODERATORS

    user = django_user_model.objects.create_user(
        "moderator", password="pw", first_name="Mona", last_name="Moderator"
    )
    user.groups.add(Group.objects.get(name=MODERATORS))
    return user


@pytest.fixture
def guides(home_nl, home_fr):
    """The live guide in Dutch and its French translation, "Guide MeMO"."""
    return make_guides(home_nl, home_fr)


@pytest.fixture
def guide_sample(guides, enterprise_factory):
    """Three published enterprises in Gent, Antwerpen and Brussel; the guides."""
    enterprise_factory(
        name="Zonnewind",
        sectors=["energie"],
        labels=["bio"],
        postcode="9000",
        municipality="Gent",
        description_fr="Énergie verte.",
    )
    enterprise_factory(
        name="Broodbakkers",
        sectors=["voeding-landbouw"],
        postcode="2000",
        municipality="Antwerpen",
        latitude=51.22,
        longitude=4.40,
    )
    enterprise_factory(
        name="Fietskoerier",
        sectors=["mobiliteit", "energie"],
        cooperative=False,
        postcode="1000",
        municipality="Brussel",
        latitude=50.85,
        longitude=4.35,
    )
    return guides


@pytest.fixture
def api_sample(enterprise_factory, guide_pages):
    """Three published enterprises (one without coordinates) and a draft, by key."""
    make = enterprise_factory
    enterprises = {
        "ecopower": make(
            name="Ecopower",
            enterprise_number="0123456749",
            sectors=["energie"],
            labels=["bio"],
            description="Groene stroom van burgers.",
            description_fr="Électricité verte citoyenne.",
            website="https://www.ecopower.be",
            **place("antwerpen"),
        ),
        "beauvent": make(
            name="Beauvent",
            enterprise_number=None,
            sectors=["energie", "wonen"],
            nrc_accredited=True,
            description="Windmolens in West-Vlaanderen.",
            **place("brugge"),
        ),
        "nowhere": make(
            name="Zonder Coördinaten",
            sectors=["ict"],
            cooperative=False,
            **{**place("gent"), "latitude": None, "longitude": None},
        ),
        "draft": make(name="Ontwerp", sectors=["energie"], live=False),
    }
    refresh_search_index()
    return enterprises
