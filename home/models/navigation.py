"""The menus that editors manage: the main menu in the header, links in the footer."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    TranslatableMixin,
)

from home.blocks import LinkBlock
from home.models.previews import ChromePreviewMixin


def menu_field(verbose_name, help_text, **options):
    return StreamField(
        [("link", LinkBlock())],
        blank=True,
        verbose_name=verbose_name,
        help_text=help_text,
        **options,
    )


class Navigation(
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    ChromePreviewMixin,
    TranslatableMixin,
    models.Model,
):
    """The site's menus, one per language (translate it like any snippet).

    Fields: `main_links` (header menu) and `footer_links` (footer menu), each a
    StreamField of `link` blocks (`LinkBlock`: `page` or `url`, optional `label`).
    Links to pages follow the page into the visitor's language at display time,
    so a French menu translated from the Dutch one only needs its labels
    translated (labels left empty take the French page title). Changes are drafts
    with revisions and a preview until published; visitors see the live menus.
    """

    main_links = menu_field(
        _("main menu"),
        _("The links in the header, in this order; six at most, so they fit."),
        max_num=6,
    )
    footer_links = menu_field(
        _("footer links"), _("E.g. the accessibility statement and privacy policy.")
    )

    panels = [FieldPanel("main_links"), FieldPanel("footer_links")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("navigation")
        verbose_name_plural = _("navigation")
        constraints = [
            models.UniqueConstraint(fields=["locale"], name="one_navigation_per_locale")
        ]

    def __str__(self):
        return str(_("Navigation ({language})").format(language=self.locale))
