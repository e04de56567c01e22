"""The enterprise listing: one row per enterprise, its language versions in a column.

An enterprise exists once per language, so Wagtail's listing showed each one twice.
The listing opens on the editor's language (the locale filter still offers the
others) and says per row what state every language version is in. Everything a
row shows is fetched for the whole page at once: the query count does not grow
with the number of rows.
"""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import (
    BooleanField,
    Exists,
    ExpressionWrapper,
    OuterRef,
    Prefetch,
    Q,
)
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.models import Locale, Revision, WorkflowState
from wagtail_localize.models import Translation, TranslationSource

from directory.models import Enterprise
from directory.sharing import guide_locales

LISTING_BUTTONS_HOOK = "register_snippet_listing_buttons"

STATE_LABELS = {
    "live": _("live"),
    "changed": _("live + draft"),
    "draft": _("draft"),
    "untranslated": _("untranslated"),
    "missing": _("missing"),
}


@dataclass
class LanguageVersion:
    """One language version of a listed enterprise, as the listing shows it."""

    locale: Locale
    state: str  # a key of STATE_LABELS
    url: str = ""

    @property
    def text(self) -> str:
        return f"{self.locale.language_code.upper()}: {STATE_LABELS[self.state]}"

    @property
    def title(self) -> str:
        return f"{self.locale.get_display_name()}: {STATE_LABELS[self.state]}"

    @property
    def classname(self) -> str:
        return "w-status--primary" if self.state in ("live", "changed") else ""

    @property
    def attrs(self) -> str:
        return f"data-language-state={self.state}"


def editor_locale_data(query_dict, i18n_enabled=True):
    """The listing's or chooser's GET data, on the editor's language unless chosen."""
    data = query_dict.copy()
    if i18n_enabled and "locale" not in data:
        data["locale"] = Locale.get_active().language_code
    return data


def _state(version: dict, source_has_text: bool) -> str:
    if version["description_empty"] and source_has_text:
        return "untranslated"
    if not version["live"]:
        return "draft"
    return "changed" if version["has_unpublished_changes"] else "live"


def synced_sources(translation_keys, **filters) -> dict:
    """The translation source of each enterprise that has translations to sync."""
    return dict(
        TranslationSource.objects.filter(
            object_id__in=translation_keys,
            specific_content_type=ContentType.objects.get_for_model(Enterprise),
            **filters,
        )
        .filter(Exists(Translation.objects.filter(source=OuterRef("pk"), enabled=True)))
        .values_list("object_id", "pk")
    )


def sync_url(source_id) -> str:
    """wagtail-localize's Sync of a source's translations ("" without a source)."""
    if not source_id:
        return ""
    return reverse("wagtail_localize:update_translations", args=[source_id])


def attach_language_versions(enterprises: list[Enterprise], user) -> None:
    """Give each enterprise `language_versions` and `sync_url`, in three queries."""
    if not enterprises:
        return
    keys = {enterprise.translation_key for enterprise in enterprises}
    versions = {}
    for version in Enterprise.objects.filter(translation_key__in=keys).values(
        "pk",
        "translation_key",
        "locale_id",
        "live",
        "has_unpublished_changes",
        description_empty=ExpressionWrapper(
            Q(description=""), output_field=BooleanField()
        ),
    ):
        versions[version["translation_key"], version["locale_id"]] = version
    sources = synced_sources(keys)
    locales = guide_locales()
    can_translate = user.has_perm("wagtail_localize.submit_translation")
    for enterprise in enterprises:
        key = enterprise.translation_key
        source_has_text = any(
            not versions[key, locale.pk]["description_empty"]
            for locale in locales
            if (key, locale.pk) in versions
        )
        enterprise.language_versions = []
        for locale in locales:
            version = versions.get((key, locale.pk))
            if version is None:
                url = (
                    reverse(
                        "wagtail_localize:submit_snippet_translation",
                        args=["directory", "enterprise", enterprise.pk],
                    )
                    if can_translate
                    else ""
                )
                entry = LanguageVersion(locale, "missing", url)
            else:
                url = reverse(
                    Enterprise.snippet_viewset.get_url_name("edit"),
                    args=[version["pk"]],
                )
                entry = LanguageVersion(locale, _state(version, source_has_text), url)
            enterprise.language_versions.append(entry)
        source_id = sources.get(key)
        enterprise.sync_url = sync_url(source_id) if can_translate else ""


def listing_queryset(queryset):
    """What the title and status columns read, fetched with the page of rows."""
    return queryset.select_related(
        "locale", "latest_revision", "proposal_contact", "possible_duplicate_of"
    ).prefetch_related(
        Prefetch(
            "_workflow_states",
            queryset=WorkflowState.objects.active().select_related(
                "current_task_state__task"
            ),
            to_attr="_current_workflow_states",
        ),
        Prefetch(
            "_revisions",
            queryset=Revision.objects.filter(approved_go_live_at__isnull=False),
            to_attr="_scheduled_revisions",
        ),
    )


def remember_scheduled_revision(enterprises) -> None:
    """Answer `scheduled_revision` (Wagtail's status tag) from the prefetched list."""
    for enterprise in enterprises:
        scheduled = getattr(enterprise, "_scheduled_revisions", [])
        enterprise.__dict__["scheduled_revision"] = scheduled[0] if scheduled else None


class LanguageVersionsColumn(Column):
    """Every language version's state, each a link to edit (or translate) it."""

    cell_template_name = "directory/admin/language_versions_cell.html"

    def __init__(self, **kwargs):
        super().__init__("language_versions", label=_("Languages"), **kwargs)

    def get_value(self, instance):
        return getattr(instance, "language_versions", [])

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["sync_url"] = getattr(instance, "sync_url", "")
        return context


def replace_localize_listing_buttons() -> None:
    """Let enterprise rows skip wagtail-localize's two queries per row.

    Its "Translate" and "Sync" buttons ask the database for each row; enterprise
    rows carry that answer already and the language column offers both links.
    Wagtail has no way to unregister a hook, so the registered function is
    wrapped in place (importing wagtail-localize's hooks module registers them).
    """
    from wagtail_localize import wagtail_hooks as localize_hooks

    original = localize_hooks.register_snippet_listing_buttons
    registered = hooks._hooks.get(LISTING_BUTTONS_HOOK, [])
    for position, (function, order) in enumerate(registered):
        if function is original:

            def listing_buttons(snippet, user, next_url=None):
                if hasattr(snippet, "language_versions"):
                    return []
                return original(snippet, user, next_url)

            registered[position] = (listing_buttons, order)


class ProposalColumn(Column):
    """ "Proposal" for a visitor's proposal; the original it may duplicate, linked."""

    cell_template_name = "directory/admin/proposal_cell.html"

    def __init__(self, **kwargs):
        super().__init__("possible_duplicate_of", label=_("Proposal"), **kwargs)

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        try:
            context["is_proposal"] = instance.proposal_contact is not None
        except Enterprise.proposal_contact.RelatedObjectDoesNotExist:
            context["is_proposal"] = False
        original = instance.possible_duplicate_of
        if original:
            context["original_url"] = reverse(
                Enterprise.snippet_viewset.get_url_name("edit"), args=[original.pk]
            )
        return context
