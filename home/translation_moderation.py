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
draft revision of the French page and the page's workflow is started on it.
"""

from wagtail.models import Page
from wagtail_localize.models import Translation

SUBMIT_ACTION = "submit-for-moderation"


def page_translation(page: Page) -> Translation | None:
    return Translation.objects.filter(
        source__object_id=page.translation_key,
        target_locale_id=page.locale_id,
        enabled=True,
    ).first()


def can_submit(user, page: Page) -> bool:
    """May `user` submit this translated page to moderation (and not publish it)?"""
    if not isinstance(page, Page):
        return False
    permissions = page.permissions_for_user(user)
    return (
        permissions.can_edit()
        and not permissions.can_publish()
        and page.get_workflow() is not None
        and not page.workflow_in_progress
    )


def submit_for_moderation(translation: Translation, page: Page, user) -> Page:
    """Write the translation as a draft of `page` and start its workflow."""
    translation.save_target(user=user, publish=False)
    page = Page.objects.get(pk=page.pk).specific
    page.get_workflow().start(page, user)
    return page
