"""Fixtures of the MeMO guide tests."""

import csv
import io

import pytest

from directory.exchange.columns import COLUMNS
from tests.directory.factories import EnterpriseFactory


@pytest.fixture
def enterprise_factory(db, locale_nl, locale_fr):
    """Call it to create a published Dutch enterprise with its French version."""
    return EnterpriseFactory


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
