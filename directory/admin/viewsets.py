"""The "MeMO-gids" admin menu: enterprises, sectors and labels, plus the CSV upload."""

from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import ObjectList
from wagtail.admin.ui.tables import BooleanColumn, LiveStatusTagColumn, LocaleColumn
from wagtail.models import Locale
from wagtail.snippets.views.snippets import (
    IndexView,
    SnippetViewSet,
    SnippetViewSetGroup,
)

from core.spreadsheets import FormulaSafeSpreadsheetMixin
from directory.admin.choosers import EditorLocaleChooserViewSet
from directory.admin.editing import EnterpriseEditView, EnterpriseWorkflowActionView
from directory.admin.filters import EnterpriseFilterSet
from directory.admin.forms import EnterpriseAdminForm
from directory.admin.imports import user_can_import
from directory.admin.listing import (
    LanguageVersionsColumn,
    ProposalColumn,
    attach_language_versions,
    editor_locale_data,
    listing_queryset,
    remember_scheduled_revision,
)
from directory.admin.spreadsheets import ExchangeFormatSpreadsheetMixin
from directory.exchange.columns import COLUMNS
from directory.models import Enterprise, Label, Sector

MENU_HOOK = "register_memo_guide_menu_item"


class FormulaSafeIndexView(FormulaSafeSpreadsheetMixin, IndexView):
    pass


class EnterpriseIndexView(ExchangeFormatSpreadsheetMixin, IndexView):
    """Opens on the editor's language; each row shows all its language versions."""

    def get_filterset_kwargs(self):
        kwargs = super().get_filterset_kwargs()
        kwargs["data"] = editor_locale_data(kwargs["data"], self.i18n_enabled)
        return kwargs

    def get_locale(self):
        if self.i18n_enabled and "locale" not in self.request.GET:
            return Locale.get_active()
        return super().get_locale()

    def paginate_queryset(self, queryset, page_size):
        paginator, page, object_list, is_paginated = super().paginate_queryset(
            listing_queryset(queryset), page_size
        )
        if not self.is_export:
            rows = list(object_list)
            remember_scheduled_revision(rows)
            attach_language_versions(rows, self.request.user)
            object_list = rows
        return paginator, page, object_list, is_paginated


class GuideSnippetViewSet(SnippetViewSet):
    """What the guide's snippets share: safe exports, choosers in the editor's language."""

    index_view_class = FormulaSafeIndexView
    chooser_viewset_class = EditorLocaleChooserViewSet


class EnterpriseViewSet(GuideSnippetViewSet):
    model = Enterprise
    index_view_class = EnterpriseIndexView
    edit_view_class = EnterpriseEditView
    workflow_action_view_class = EnterpriseWorkflowActionView
    edit_template_name = "directory/admin/enterprise_edit.html"
    icon = "group"
    menu_order = 1
    list_per_page = 50
    list_display = [
        "name",
        "municipality",
        "province",
        BooleanColumn("cooperative", label=capfirst(_("cooperative"))),
        # Wagtail's own label is translated once, when this list is made.
        LiveStatusTagColumn(label=_("Status")),
        LanguageVersionsColumn(),
        ProposalColumn(),
    ]
    filterset_class = EnterpriseFilterSet
    search_fields = ["name", "municipality", "description"]
    search_backend_name = None  # exact and current, even when the engine is down
    list_export = list(COLUMNS)
    export_filename = "enterprises"

    def get_queryset(self, request):
        return Enterprise.objects.select_related("locale")

    def get_edit_handler(self):
        return ObjectList(
            self.model.panels, base_form_class=EnterpriseAdminForm
        ).bind_to_model(self.model)


class ReferenceTermViewSet(GuideSnippetViewSet):
    list_display = ["name", "slug", LocaleColumn()]
    list_export = ["slug", "name", "sort_order", "locale"]
    search_fields = ["name", "slug"]
    search_backend_name = None


class SectorViewSet(ReferenceTermViewSet):
    model = Sector
    icon = "tag"
    menu_order = 2
    export_filename = "sectors"


class LabelViewSet(ReferenceTermViewSet):
    model = Label
    icon = "pick"
    menu_order = 3
    export_filename = "labels"


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return user_can_import(request.user)


def import_menu_item():
    return ImportMenuItem(
        _("Import enterprises"),
        reverse("directory_import_enterprises"),
        name="import-enterprises",
        icon_name="upload",
        order=10,
    )


class MeMOGuideGroup(SnippetViewSetGroup):
    menu_label = _("MeMO-gids")
    menu_name = "memo-gids"
    menu_icon = "site"
    menu_order = 210
    submenu_hook = MENU_HOOK
    items = (EnterpriseViewSet, SectorViewSet, LabelViewSet)
