"""Spreadsheets that no spreadsheet program runs as formulas.

A CSV has no cell types, so text that a spreadsheet would run as a formula gets a
leading quote, which `unescape_formula` removes again exactly. An XLSX cell has a
type: text cells are written as text, with the text number format, and keep their
value unchanged.
"""

import re

# A spreadsheet runs a cell starting with one of these as a formula, see
# https://owasp.org/www-community/attacks/CSV_Injection
FORMULA_TRIGGERS = "=+-@\t\r"
# One quote is added in front of a trigger, and of quotes already standing in
# front of one, so that removing one quote always gives back the original text.
_ESCAPED = re.compile(rf"^'+[{re.escape(FORMULA_TRIGGERS)}]")
TEXT_FORMAT = "@"


def escape_formula(value: str) -> str:
    if value and (value[0] in FORMULA_TRIGGERS or _ESCAPED.match(value)):
        return "'" + value
    return value


def unescape_formula(value: str) -> str:
    if _ESCAPED.match(value):
        return value[1:]
    return value


class FormulaSafeSpreadsheetMixin:
    """For a view with Wagtail's SpreadsheetExportMixin (admin listings, form data)."""

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        if isinstance(value, str) and export_format == self.FORMAT_CSV:
            return escape_formula(value)
        return value

    def generate_xlsx_row(self, worksheet, row_dict, date_format=None):
        for cell in super().generate_xlsx_row(worksheet, row_dict, date_format):
            if isinstance(cell.value, str):
                cell.data_type = "s"
                cell.number_format = TEXT_FORMAT
            yield cell
