"""`export_enterprises`: the import's columns, formula-safe, imports back unchanged.

See docs/contract.md#export.
"""

import csv
import errno
import io
import json
import os
from io import StringIO

import pytest
from django.core.management import call_command
from hypothesis import given
from hypothesis import strategies as st

from core.spreadsheets import escape_formula, unescape_formula
from directory.exchange.columns import COLUMNS
from directory.models import Enterprise
from tests.directory.factories import french_version
from tests.directory.support import export
from tests.translations import in_language

pytestmark = pytest.mark.django_db

SUMMARY = "%(created)d created, %(updated)d updated, %(unchanged)d unchanged."
FORMULA_CELLS = ["=SUM(A1)", "+32 2 123", "-", "@x", "\tTab", "\rReturn", "'=quoted"]


def import_file(path) -> str:
    out = StringIO()
    call_command("import_enterprises", str(path), stdout=out, stderr=StringIO())
    return out.getvalue()


def snapshot():
    return sorted(
        Enterprise.objects.values_list(
            "pk", "locale_id", "updated_at", "name", "phone", "description"
        )
    )


@pytest.mark.parametrize("value", ["=1", "+1", "-1", "@1", "\t1", "\r1", "'=1", "''+1"])
def test_formula_escape_is_undone_exactly(value):
    escaped = escape_formula(value)
    assert escaped.startswith("'")
    assert unescape_formula(escaped) == value


@pytest.mark.parametrize("value", ["Gent", "'t Hof", "", "1=1", "a-b"])
def test_harmless_cells_are_left_alone(value):
    assert escape_formula(value) == value == unescape_formula(value)


def test_csv_export_has_the_columns_and_spec_values(enterprise_factory):
    enterprise = enterprise_factory(
        name="Ecopower",
        enterprise_number="0403170701",
        sectors=["wonen", "energie"],
        labels=["bio"],
        nrc_accredited=True,
        description="Hernieuwbare energie.",
    )
    rows = list(csv.DictReader(io.StringIO(export())))
    assert list(rows[0]) == list(COLUMNS)
    row = rows[0]
    assert row["enterprise_number"] == "0403170701"
    assert row["cooperative"] == "yes" and row["nrc_accredited"] == "yes"
    assert row["sectors"] == "energie|wonen"  # in the sectors' own order
    assert row["labels"] == "bio"
    assert row["description_nl"] == "Hernieuwbare energie."
    assert row["description_fr"] == ""  # not the Dutch fallback
    assert row["latitude"] == str(enterprise.latitude)


def test_drafts_are_not_exported_and_order_is_by_name(enterprise_factory):
    enterprise_factory(name="Zeta")
    enterprise_factory(name="Alfa")
    enterprise_factory(name="Concept", live=False)
    names = [row["name"] for row in csv.DictReader(io.StringIO(export()))]
    assert names == ["Alfa", "Zeta"]


def test_json_export_keys_and_types(enterprise_factory):
    enterprise = enterprise_factory(
        enterprise_number=None, latitude=None, longitude=None
    )
    french = french_version(enterprise)
    french.description = "Bonjour."
    french.save()
    records = json.loads(export("--format", "json"))
    assert len(records) == 1
    record = records[0]
    assert list(record) == list(COLUMNS)
    assert record["cooperative"] is True and record["nrc_accredited"] is False
    assert record["enterprise_number"] is None and record["latitude"] is None
    assert record["description_fr"] == "Bonjour."


def test_empty_json_export_is_an_empty_list(db):
    assert json.loads(export("--format", "json")) == []


def test_output_file(enterprise_factory, tmp_path):
    enterprise_factory()
    path = tmp_path / "export.csv"
    assert export("--output", str(path)) == ""
    assert path.read_text(encoding="utf-8").startswith(",".join(COLUMNS))


def test_unwritable_output_is_a_clear_error(db, tmp_path):
    from django.core.management.base import CommandError

    path = str(tmp_path / "missing-dir" / "export.csv")
    with pytest.raises(CommandError) as raised:
        export("--output", path)
    assert str(raised.value) == in_language(
        "nl",
        "Cannot write %(path)s: %(reason)s",
        path=path,
        reason=os.strerror(errno.ENOENT),
    )


def test_formula_cells_are_neutralised_in_csv(enterprise_factory):
    enterprise_factory(name="=SUM(A1)", phone="+32 2 123", description="@x")
    row = next(csv.reader(io.StringIO(export().split("\r\n", 1)[1])))
    cells = dict(zip(COLUMNS, row, strict=True))
    assert cells["name"] == "'=SUM(A1)"
    assert cells["phone"] == "'+32 2 123"
    assert cells["description_nl"] == "'@x"


@pytest.mark.parametrize("format", ["csv", "json"])
def test_export_imports_back_unchanged(enterprise_factory, tmp_path, format):
    for number, value in enumerate(FORMULA_CELLS):
        # Names, streets and phones are stored trimmed; descriptions as typed.
        trimmed = value.strip()
        enterprise_factory(
            name=f"{trimmed} coop {number}",
            phone=trimmed,
            street=trimmed,
            description=value + " beschrijving\nmet twee regels",
            description_fr=f"{value}" if number % 2 else "",
            sectors=["energie", "ict"] if number % 2 else [],
            labels=["bio"],
        )
    enterprise_factory(
        name="Zonder nummer",
        enterprise_number=None,
        postcode="1500",
        municipality="Halle",
    )
    enterprise_factory(name="Coördinaten", latitude=50.8503396, longitude=4.3517103)
    before = snapshot()
    path = tmp_path / f"export.{format}"
    call_command(
        "export_enterprises",
        "--format",
        format,
        "--output",
        str(path),
        stderr=StringIO(),
    )
    out = import_file(path)
    assert in_language("nl", SUMMARY, created=0, updated=0, unchanged=9) in out
    assert snapshot() == before

    # And the file itself survives a second trip unchanged.
    again = tmp_path / f"again.{format}"
    call_command(
        "export_enterprises",
        "--format",
        format,
        "--output",
        str(again),
        stderr=StringIO(),
    )
    assert again.read_bytes() == path.read_bytes()


def test_description_starting_with_a_tab_survives(enterprise_factory, tmp_path):
    enterprise = enterprise_factory(description="\tIngesprongen tekst")
    path = tmp_path / "export.csv"
    call_command("export_enterprises", "--output", str(path), stderr=StringIO())
    assert "'\tIngesprongen" in path.read_text(encoding="utf-8")
    Enterprise.objects.filter(pk=enterprise.pk).update(description="")
    summary = in_language("nl", SUMMARY, created=0, updated=1, unchanged=0)
    assert summary in import_file(path)
    enterprise.refresh_from_db()
    assert enterprise.description == "\tIngesprongen tekst"


@given(st.text(max_size=50))
def test_formula_escape_round_trips_any_text(value):
    escaped = escape_formula(value)
    assert unescape_formula(escaped) == value
    assert not escaped or escaped[0] not in "=+-@\t\r"
