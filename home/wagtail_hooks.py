"""Admin of the home app: its snippets under "Site" in the menu; translations
open in wagtail-localize's translation editor."""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home.models import FooterText, Navigation, Partner, Person
from home.translation_moderation import (
    SUBMIT_ACTION,
    can_submit,
    keep_sync_from_publishing_past_moderation,
    submit_for_moderation,
    translation_of,
)
from home.translation_records import record_on_first_edit

keep_sync_from_publishing_past_moderation()


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    list_display = ["name", "role"]
    search_fields = ["name", "role"]
    search_backend_name = None  # a short list: plain database filtering is enough


class PartnerViewSet(SnippetViewSet):
    model = Partner
    icon = "site"
    list_display = ["name", "url"]
    search_fields = ["name", "description"]
    search_backend_name = None


class NavigationViewSet(SnippetViewSet):
    model = Navigation
    icon = "list-ul"
    list_display = ["__str__"]


class FooterTextViewSet(SnippetViewSet):
    model = FooterText
    icon = "doc-full"
    list_display = ["__str__"]


class SiteContentGroup(SnippetViewSetGroup):
    menu_label = _("Site")
    menu_icon = "home"
    menu_order = 250
    items = (PersonViewSet, PartnerViewSet, NavigationViewSet, FooterTextViewSet)


register_snippet(SiteContentGroup)


@hooks.register("before_edit_snippet")
def open_french_copies_in_the_translation_editor(request, instance):
    """A French snippet made by copying (an enterprise that publishing or an import
    created) gets its translation records when an editor first opens it, then
    opens again in wagtail-localize's translation editor.

    Recording here rather than when the copy is made keeps an import of 50,000
    enterprises from writing 50,000 translation sources with their segments;
    `manage.py record_translations` records them all at once where wanted.
    """
    if request.method == "GET" and record_on_first_edit(instance, user=request.user):
        return redirect(request.get_full_path())
    return submit_translation_for_moderation(request, instance)


@hooks.register("before_edit_page")
def submit_translation_for_moderation(request, instance):
    """The translation editor's "Submit for moderation" (see translation_moderation).

    Runs before wagtail-localize's own hook, which would show the editor again.
    """
    if request.method != "POST" or request.POST.get("action") != SUBMIT_ACTION:
        return None
    if isinstance(instance, Page):
        instance = instance.specific
    translation = translation_of(instance)
    if translation is None or not can_submit(request.user, instance):
        return None
    submit_for_moderation(translation, instance, request.user)
    messages.success(
        request,
        _("The translation of '%(title)s' (%(language)s) was submitted for moderation.")
        % {
            "language": translation.target_locale.get_display_name(),
            "title": str(instance),
        },
    )
    return redirect(request.path)
