"""Translators who may not publish submit their translation to moderation.

wagtail-localize's translation editor (1.14, its footer.tsx) offers "Publish in
<language>" to those who may publish and nothing to finish with to others: their
main button becomes "Delete". Upstream knows that the editor and Wagtail's
workflows are disconnected (wagtail/wagtail-localize#676). A translation is content like any page, so it
goes through the page's moderation workflow, the one the Dutch page went
through; moderators are told by Wagtail's workflow notifications and approve it
as they approve any page. Giving translators publish rights on the French tree
instead would skip the review that every other change to the site gets.

This module decides who may submit and does it: the translation is written to a
draft revision of the French page or snippet (an enterprise) and its workflow is
started on it. The revision is made here: wagtail-localize's own draft saving
(`save_target(publish=False)`) writes the draft into the object itself, so on a
published French page the unreviewed text would be public at once, and a live
snippet is marked not live until the moderator approves.

wagtail-localize's "Sync" offers "Publish immediately" to anyone who may
translate; it is kept for those who may publish every synced translation.
"""

from django import forms
from django.db import transaction
from django.utils.text import slugify
from wagtail.coreutils import find_available_slug
from wagtail.models import DraftStateMixin, Page, WorkflowMixin
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail_localize.models import Translation

SUBMIT_ACTION = "submit-for-moderation"


def translation_of(instance) -> Translation | None:
    """The enabled wagtail-localize translation whose target `instance` is."""
    return Translation.objects.filter(
        source__object_id=instance.translation_key,
        target_locale_id=instance.locale_id,
        enabled=True,
    ).first()


def may_publish(user, instance) -> bool:
    """May `user` make this page or snippet public (save one without drafts)?"""
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_publish()
    action = "publish" if isinstance(instance, DraftStateMixin) else "change"
    return ModelPermissionPolicy(type(instance)).user_has_permission(user, action)


def _may_edit_not_publish(user, instance) -> bool:
    if isinstance(instance, Page):
        can_edit = instance.permissions_for_user(user).can_edit()
    else:
        can_edit = ModelPermissionPolicy(type(instance)).user_has_permission(
            user, "change"
        )
    return can_edit and not may_publish(user, instance)


def moderated_for(user, instance) -> bool:
    """Does `user` finish this translation through moderation (not publish it)?"""
    return (
        isinstance(instance, WorkflowMixin | Page)
        and _may_edit_not_publish(user, instance)
        and instance.get_workflow() is not None
    )


def can_submit(user, instance) -> bool:
    """May `user` submit this translation to moderation now?"""
    return moderated_for(user, instance) and not instance.workflow_in_progress


@transaction.atomic
def submit_for_moderation(translation: Translation, instance, user):
    """Write the translation as a draft revision of `instance`; start its workflow."""
    draft = translation.source.get_ephemeral_translated_instance(
        translation.target_locale, fallback=True
    )
    if isinstance(draft, Page):
        draft.slug = find_available_slug(
            draft.get_parent(), slugify(draft.slug), ignore_page_id=draft.pk
        )
    draft.save_revision(user=user)
    draft.get_workflow().start(draft, user)
    return draft


def keep_sync_from_publishing_past_moderation() -> None:
    """Take "Publish immediately" out of the Sync form of those who may not publish.

    wagtail-localize's view only asks whether the user may translate, then
    publishes every synced translation if the box is ticked. The field is kept,
    disabled (its value is then never read from the request) and hidden, because
    the view reads it. wagtail-localize has no setting for this, so its view is
    wrapped in place (see `wagtail_hooks`).
    """
    from wagtail_localize.views.update_translations import UpdateTranslationsView

    get_form = UpdateTranslationsView.get_form

    def get_moderated_form(view):
        form = get_form(view)
        targets = [
            translation.get_target_instance()
            for translation in view.object.translations.filter(enabled=True)
        ]
        if not all(may_publish(view.request.user, target) for target in targets):
            field = form.fields["publish_translations"]
            field.disabled = True
            field.widget = forms.HiddenInput()
        return form

    UpdateTranslationsView.get_form = get_moderated_form
