"""Spreadsheet exports of admin listings with formula cells neutralised.

Wagtail already stores xlsx cells that look like formulas as text; a CSV opened in a
spreadsheet has no such protection, and `+`, `-` and `@` cells slip through in both.
Every exported text value gets the same escape as the import file (SPEC §7).
"""

from directory.exchange.columns import escape_formula


class FormulaSafeSpreadsheetMixin:
    """For a view with Wagtail's SpreadsheetExportMixin (every admin IndexView)."""

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        return escape_formula(value) if isinstance(value, str) else value
