"""Writing the published enterprises in the exchange format, ready to import back."""

import csv
import json
from collections import defaultdict
from collections.abc import Iterator

from core.spreadsheets import escape_formula
from directory.exchange.columns import (
    BOOLEAN_COLUMNS,
    COLUMNS,
    DESCRIPTION_LANGUAGES,
    format_boolean,
    join_slugs,
)
from directory.exchange.importer import RELATIONS, SHARED_COLUMNS
from directory.models import Enterprise

FORMATS = ("csv", "json")
CHUNK_SIZE = 2000


def export_records(enterprises=None) -> Iterator[dict]:
    """Enterprises as {column: value}, one record per enterprise (all its languages).

    By default the published guide, ordered by name and id; else the records of
    `enterprises`, a queryset in any language and order (an admin listing).
    """
    if enterprises is None:
        enterprises = Enterprise.objects.filter(
            locale__language_code="nl", live=True
        ).order_by("name", "id")
    keys = enterprises.values("translation_key")
    descriptions = {
        (key, code): description
        for key, code, description in Enterprise.objects.filter(
            translation_key__in=keys
        ).values_list("translation_key", "locale__language_code", "description")
    }
    slugs = {
        relation: _slugs_by_enterprise(relation, enterprises) for relation in RELATIONS
    }
    seen = set()
    rows = enterprises.values("id", "translation_key", *SHARED_COLUMNS)
    for values in rows.iterator(chunk_size=CHUNK_SIZE):
        key = values["translation_key"]
        if key in seen:
            continue
        seen.add(key)
        record = {column: values.get(column) for column in COLUMNS}
        for code in DESCRIPTION_LANGUAGES:
            record[f"description_{code}"] = descriptions.get((key, code), "")
        for relation in RELATIONS:
            record[relation] = join_slugs(slugs[relation].get(values["id"], []))
        yield record


def _slugs_by_enterprise(relation: str, enterprises) -> dict[int, list[str]]:
    model = RELATIONS[relation]
    through = getattr(Enterprise, relation).through
    term = model._meta.model_name
    slugs = defaultdict(list)
    rows = (
        through.objects.filter(enterprise__in=enterprises.values("pk"))
        .order_by(f"{term}__sort_order", f"{term}__slug")
        .values_list("enterprise_id", f"{term}__slug")
    )
    for enterprise_id, slug in rows:
        slugs[enterprise_id].append(slug)
    return slugs


def cell_text(column: str, value) -> str:
    """One value as the file writes it: yes/no, empty for nothing, else its text."""
    if column in BOOLEAN_COLUMNS:
        return format_boolean(value)
    return "" if value is None else str(value)


def csv_cells(record: dict) -> list[str]:
    """One record as CSV cells: yes/no, empty for nothing, formulas neutralised."""
    return [escape_formula(cell_text(column, record[column])) for column in COLUMNS]


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
