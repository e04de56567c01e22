"""The enterprise listing's spreadsheet export: the exchange format, formula-safe."""

from core.spreadsheets import FormulaSafeSpreadsheetMixin
from directory.exchange.columns import COLUMNS
from directory.exchange.exporter import cell_text, export_records


class ExchangeFormatSpreadsheetMixin(FormulaSafeSpreadsheetMixin):
    """The enterprise listing exports the import file: its columns and values.

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
