"""Snippet choosers that open on the editor's language.

Wagtail's chooser shows every locale unless `locale` is in the URL, so an editor
picks among Dutch and French duplicates. Without a choice, the chooser now lists
the active language only; "All" stays one click away.
"""

from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
)

from directory.admin.listing import editor_locale_data


class EditorLocaleMixin:
    def get_filter_form(self):
        form_class = self.get_filter_form_class()
        return form_class(editor_locale_data(self.request.GET, self.i18n_enabled))


class EditorLocaleChooseView(EditorLocaleMixin, ChooseView):
    pass


class EditorLocaleChooseResultsView(EditorLocaleMixin, ChooseResultsView):
    pass


class EditorLocaleChooserViewSet(SnippetChooserViewSet):
    choose_view_class = EditorLocaleChooseView
    choose_results_view_class = EditorLocaleChooseResultsView
