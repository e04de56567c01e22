"""Spreadsheet exports of admin listings that no spreadsheet runs as formulas.

A CSV has no cell types, so text that a spreadsheet would run as a formula gets the
escape of the import file (SPEC §7). An XLSX cell has a type: text cells are
written as text, with the text number format, and keep their value unchanged.
"""

from directory.exchange.columns import COLUMNS, escape_formula
from directory.exchange.exporter import cell_text, export_records

TEXT_FORMAT = "@"


class FormulaSafeSpreadsheetMixin:
    """For a view with Wagtail's SpreadsheetExportMixin (every admin IndexView)."""

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


class ExchangeFormatSpreadsheetMixin(FormulaSafeSpreadsheetMixin):
    """The enterprise listing exports the import file: SPEC §7 columns and values.

    The listed enterprises (any language) become one record each, so the CSV can
    be imported back unchanged. The viewset sets `list_export` to the columns.
    """

    def as_spreadsheet(self, queryset, spreadsheet_format):
        return super().as_spreadsheet(export_records(queryset), spreadsheet_format)

    def get_heading(self, queryset, field):
        return field

    def to_row_dict(self, item):
        return {
            column: item[column]
            if isinstance(item[column], float)
            else cell_text(column, item[column])
            for column in COLUMNS
        }
