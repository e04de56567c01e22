"""The contact form's data in the admin: exported so that no spreadsheet runs a
visitor's text as a formula."""

from wagtail.contrib.forms.views import SubmissionsListView

from core.spreadsheets import FormulaSafeSpreadsheetMixin


class FormulaSafeSubmissionsListView(FormulaSafeSpreadsheetMixin, SubmissionsListView):
    pass
