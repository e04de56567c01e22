"""Reading an exchange file and checking every row before anything is written.

A file comes in as bytes (an upload or a file on disk) and goes out as checked rows
plus a list of problems, each reported as `row N: column: message` with the header
as row 1. The rules themselves live in `directory.rules`; this module adds what is
particular to the file: its encoding, its header, yes/no words, slugs and duplicates.
"""

import csv
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop, pgettext_lazy

from core.spreadsheets import unescape_formula
from directory.exchange.columns import (
    BOOLEAN_COLUMNS,
    COLUMNS,
    BooleanError,
    parse_boolean,
    split_slugs,
)
from directory.models import Label, Sector
from directory.rules.records import check_record

# Longer cells are refused with a message; the csv module's own limit lies above.
MAX_CELL_CHARS = 100_000
FILE_LEVEL = "file"
HEADER = "header"
HEADER_ROW = 1
# What a problem that belongs to no column of the file names in the admin's report.
PLACES_IN_WORDS = {
    FILE_LEVEL: pgettext_lazy("import report", "file"),
    HEADER: pgettext_lazy("import report", "header"),
}

# How common non-text files start, to name them in the message.
BINARY_SIGNATURES = {
    b"PK\x03\x04": gettext_noop("a spreadsheet or zip file"),
    b"\xd0\xcf\x11\xe0": gettext_noop("an old Excel file"),
    b"%PDF": gettext_noop("a PDF document"),
    b"\xff\xfe": gettext_noop("UTF-16 text"),
    b"\xfe\xff": gettext_noop("UTF-16 text"),
}


@dataclass(frozen=True)
class Problem:
    row: int
    column: str
    message: str

    def __str__(self):
        """As `import_enterprises` prints it: `row N: column: message`."""
        return f"row {self.row}: {self.column}: {self.message}"

    def in_words(self) -> str:
        """In the active language, for the admin's report ("rij N: ..." in Dutch)."""
        return _("row %(row)d: %(column)s: %(message)s") % {
            "row": self.row,
            "column": PLACES_IN_WORDS.get(self.column, self.column),
            "message": self.message,
        }


@dataclass
class Row:
    """One checked row: values cleaned by the rules, slugs and yes/no parsed."""

    number: int
    values: dict


@dataclass
class ReadResult:
    rows: list[Row] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def is_valid(self) -> bool:
        return not self.problems


class FileProblem(Exception):
    def __init__(self, problem: Problem):
        super().__init__(str(problem))
        self.problem = problem


def read_exchange_file(data: bytes) -> ReadResult:
    """Check a whole CSV (or JSON) export file; nothing touches the database but lookups."""
    try:
        text = _decode(data)
        records = _json_records(text) if _looks_like_json(text) else _csv_records(text)
        result = check_records(records)
    except FileProblem as error:
        return ReadResult(problems=[error.problem])
    if not result.rows and not result.problems:
        result.problems.append(
            Problem(HEADER_ROW, FILE_LEVEL, _("the file has no enterprises"))
        )
    result.problems.sort(key=lambda problem: problem.row)
    return result


def check_records(records: Iterable[tuple[int, object]]) -> ReadResult:
    """Check numbered records, each a dict of the file's columns (or a Problem)."""
    result = ReadResult()
    checker = RowChecker()
    for number, raw in records:
        checker.check(number, raw, result)
    return result


def _decode(data: bytes) -> str:
    if not data.strip():
        raise FileProblem(Problem(HEADER_ROW, FILE_LEVEL, _("the file is empty")))
    for signature, kind in BINARY_SIGNATURES.items():
        if data.startswith(signature):
            raise FileProblem(
                Problem(
                    HEADER_ROW,
                    FILE_LEVEL,
                    _("this is %(kind)s, not a CSV file; save it as CSV UTF-8")
                    % {"kind": _(kind)},
                )
            )
    if b"\x00" in data:
        raise FileProblem(
            Problem(
                data[: data.index(b"\x00")].count(b"\n") + 1,
                FILE_LEVEL,
                _("this is a binary file, not a CSV text file"),
            )
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise FileProblem(
            Problem(
                data[: error.start].count(b"\n") + 1,
                FILE_LEVEL,
                _(
                    "the file is not UTF-8 text (byte 0x%(byte)02x); "
                    "save it as CSV UTF-8"
                )
                % {"byte": data[error.start]},
            )
        ) from error


def _looks_like_json(text: str) -> bool:
    return text.lstrip().startswith("[")


def _csv_records(text: str):
    """Yield (row number, {column: cell}) with the formula escape undone."""
    reader = csv.reader(io.StringIO(text, newline=""))
    number = HEADER_ROW
    try:
        header = _check_header(next(reader, []))
        for cells in reader:
            number += 1
            if not any(cell.strip() for cell in cells):
                continue
            if len(cells) != len(header):
                yield (
                    number,
                    Problem(
                        number,
                        _("cells"),
                        _("the row has %(found)d cells, the header %(expected)d")
                        % {"found": len(cells), "expected": len(header)},
                    ),
                )
                continue
            yield (
                number,
                {
                    column: unescape_formula(cell)
                    for column, cell in zip(header, cells, strict=True)
                },
            )
    except csv.Error as error:
        row = number + 1 if reader.line_num > 1 else HEADER_ROW
        if "field larger than field limit" in str(error):
            message = _("a cell is longer than %(limit)d characters") % {
                "limit": csv.field_size_limit()
            }
        else:
            message = _("not readable as CSV (%(error)s)") % {"error": error}
        raise FileProblem(Problem(row, FILE_LEVEL, message)) from error


def _check_header(cells: list[str]) -> list[str]:
    header = [cell.strip().lstrip("\ufeff").lower() for cell in cells]
    missing = [column for column in COLUMNS if column not in header]
    unknown = [column for column in header if column not in COLUMNS]
    doubled = sorted({column for column in header if header.count(column) > 1})
    messages = []
    if missing:
        messages.append(
            _("the first row must name the columns; missing: %(columns)s")
            % {"columns": ", ".join(missing)}
        )
    if unknown:
        messages.append(
            _("unknown columns: %(columns)s") % {"columns": ", ".join(unknown)}
        )
    if doubled:
        messages.append(
            _("columns named twice: %(columns)s") % {"columns": ", ".join(doubled)}
        )
    if messages:
        raise FileProblem(Problem(HEADER_ROW, HEADER, "; ".join(messages)))
    return header


def _json_records(text: str):
    """Yield (row number, {column: value}); the first object counts as row 2."""
    try:
        items = json.loads(text)
    except json.JSONDecodeError as error:
        raise FileProblem(
            Problem(
                error.lineno,
                FILE_LEVEL,
                _("not readable as JSON (%(error)s)") % {"error": error.msg},
            )
        ) from error
    except RecursionError as error:
        raise FileProblem(
            Problem(
                HEADER_ROW, FILE_LEVEL, _("not readable as JSON: nested too deeply")
            )
        ) from error
    for number, item in enumerate(items, start=HEADER_ROW + 1):
        if not isinstance(item, dict):
            yield number, Problem(number, FILE_LEVEL, _("not a JSON object"))
            continue
        unknown = [key for key in item if key not in COLUMNS]
        if unknown:
            yield (
                number,
                Problem(
                    number,
                    ", ".join(map(str, unknown)),
                    _("unknown column"),
                ),
            )
            continue
        yield number, item


class RowChecker:
    """Checks rows one by one and remembers what must be unique within the file."""

    def __init__(self):
        self.known = {
            "sectors": set(
                Sector.objects.filter(locale__language_code="nl").values_list(
                    "slug", flat=True
                )
            ),
            "labels": set(
                Label.objects.filter(locale__language_code="nl").values_list(
                    "slug", flat=True
                )
            ),
        }
        self.rows_by_number: dict[str, int] = {}
        self.rows_by_name: dict[tuple[str, str], list[tuple[int, bool]]] = {}

    def check(self, number: int, raw, result: ReadResult) -> None:
        if isinstance(raw, Problem):
            result.problems.append(raw)
            return
        errors: dict[str, str] = {}
        cells = {
            column: self._cell(column, raw.get(column), errors) for column in COLUMNS
        }
        checked = check_record(cells)
        values = dict(checked.values)
        for column, message in checked.errors.items():
            errors.setdefault(column, message)
        for column in BOOLEAN_COLUMNS:
            try:
                values[column] = parse_boolean(raw.get(column))
            except BooleanError as error:
                errors.setdefault(column, str(error))
        for column in ("sectors", "labels"):
            values[column] = self._slugs(column, raw.get(column), errors)
        for column in ("description_nl", "description_fr"):
            values[column] = cells[column]
            if "\x00" in cells[column]:
                errors.setdefault(column, _("contains a null character"))
        if not errors:
            self._check_unique(number, values, errors)
        if errors:
            result.problems.extend(
                Problem(number, column, errors[column])
                for column in COLUMNS
                if column in errors
            )
        else:
            result.rows.append(Row(number=number, values=values))

    @staticmethod
    def _cell(column: str, value, errors: dict) -> str:
        """The cell as text ("" when it is refused, with the reason in `errors`)."""
        if value is None:
            return ""
        if column in ("sectors", "labels") and isinstance(value, list):
            return ""
        if isinstance(value, bool):
            return "yes" if value else "no"
        if isinstance(value, int | float):
            return str(value)
        if not isinstance(value, str):
            errors[column] = _("not a text or a number")
            return ""
        if len(value) > MAX_CELL_CHARS:
            errors[column] = _("longer than %(limit)d characters") % {
                "limit": MAX_CELL_CHARS
            }
            return ""
        return value

    def _slugs(self, column: str, value, errors: dict) -> list[str]:
        if isinstance(value, dict):
            errors.setdefault(column, _("not a list of slugs"))
            return []
        slugs = sorted(set(split_slugs(value)))
        unknown = [slug for slug in slugs if slug not in self.known[column]]
        if unknown:
            errors.setdefault(
                column,
                _("unknown slug %(slugs)s (use %(known)s)")
                % {
                    "slugs": ", ".join(repr(slug) for slug in unknown),
                    "known": ", ".join(sorted(self.known[column])),
                },
            )
        return slugs

    def _check_unique(self, number: int, values: dict, errors: dict) -> None:
        enterprise_number = values["enterprise_number"]
        if enterprise_number:
            first = self.rows_by_number.setdefault(enterprise_number, number)
            if first != number:
                errors["enterprise_number"] = _(
                    "the same enterprise number is on row %(row)d"
                ) % {"row": first}
                return
        # Rows without a number are matched by name and postcode, so those must
        # single out one row.
        key = (values["name"].casefold(), values["postcode"])
        others = self.rows_by_name.setdefault(key, [])
        clash = next(
            (
                row
                for row, has_number in others
                if not (has_number and enterprise_number)
            ),
            None,
        )
        if clash is not None:
            errors["name"] = _(
                "the same name and postcode are on row %(row)d; "
                "give both rows their enterprise number"
            ) % {"row": clash}
            return
        others.append((number, bool(enterprise_number)))
