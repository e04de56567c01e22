"""Writing the published enterprises in the exchange format, ready to import back."""

import csv
import json
from collections import defaultdict
from collections.abc import Iterator

from directory.exchange.columns import (
    BOOLEAN_COLUMNS,
    COLUMNS,
    escape_formula,
    format_boolean,
    join_slugs,
)
from directory.exchange.importer import RELATIONS, SHARED_COLUMNS
from directory.models import Enterprise

FORMATS = ("csv", "json")
CHUNK_SIZE = 2000


def export_records() -> Iterator[dict]:
    """Each published enterprise as {column: value}, ordered by name and id."""
    dutch = (
        Enterprise.objects.filter(locale__language_code="nl", live=True)
        .order_by("name", "id")
        .values("id", "translation_key", "description", *SHARED_COLUMNS)
    )
    french = dict(
        Enterprise.objects.filter(locale__language_code="fr").values_list(
            "translation_key", "description"
        )
    )
    slugs = {relation: _slugs_by_enterprise(relation) for relation in RELATIONS}
    for values in dutch.iterator(chunk_size=CHUNK_SIZE):
        record = {column: values.get(column) for column in COLUMNS}
        record["description_nl"] = values["description"]
        record["description_fr"] = french.get(values["translation_key"], "")
        for relation in RELATIONS:
            record[relation] = join_slugs(slugs[relation].get(values["id"], []))
        yield record


def _slugs_by_enterprise(relation: str) -> dict[int, list[str]]:
    model = RELATIONS[relation]
    through = getattr(Enterprise, relation).through
    term = model._meta.model_name
    slugs = defaultdict(list)
    rows = (
        through.objects.filter(enterprise__locale__language_code="nl")
        .order_by(f"{term}__sort_order", f"{term}__slug")
        .values_list("enterprise_id", f"{term}__slug")
    )
    for enterprise_id, slug in rows:
        slugs[enterprise_id].append(slug)
    return slugs


def csv_cells(record: dict) -> list[str]:
    """One record as CSV cells: yes/no, empty for nothing, formulas neutralised."""
    cells = []
    for column in COLUMNS:
        value = record[column]
        if column in BOOLEAN_COLUMNS:
            cells.append(format_boolean(value))
        elif value is None:
            cells.append("")
        else:
            cells.append(escape_formula(str(value)))
    return cells


def write_csv(out) -> int:
    """Write the CSV export to a text stream; returns the number of enterprises."""
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    count = 0
    for count, record in enumerate(export_records(), start=1):  # noqa: B007
        writer.writerow(csv_cells(record))
    return count


def write_json(out) -> int:
    """Write the JSON export (a list of objects with the CSV's keys) to a text stream."""
    out.write("[")
    count = 0
    for count, record in enumerate(export_records(), start=1):  # noqa: B007
        out.write("\n" if count == 1 else ",\n")
        out.write(json.dumps(record, ensure_ascii=False))
    out.write("\n]\n" if count else "]\n")
    return count


WRITERS = {"csv": write_csv, "json": write_json}
