"""People and partner organisations, chosen in page bodies (PeopleBlock, PartnersBlock).

Both have drafts, revisions and a preview: a page shows a person or partner
only once published, and then as published.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.images import get_image_model_string
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    TranslatableMixin,
)
from wagtail_localize.fields import SynchronizedField

from home.models.previews import CardPreviewMixin


class Person(
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    CardPreviewMixin,
    TranslatableMixin,
    models.Model,
):
    """Someone shown on the site: the chair, a board member, staff.

    Fields: `name` (the same in every language), `role` (translated, e.g.
    "Voorzitter" / "Président"), `photo` (optional image), `bio` (optional short
    text, translated), `link` (optional URL, e.g. a LinkedIn profile).
    """

    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(
        _("role"),
        max_length=120,
        blank=True,
        help_text=_("E.g. chair, board member, coordinator."),
    )
    photo = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A portrait; shown as a square."),
    )
    bio = models.TextField(
        _("short biography"),
        blank=True,
        help_text=_("One to three sentences."),
    )
    link = models.URLField(
        _("link"), blank=True, help_text=_("Optional: a profile or website.")
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("photo"),
        FieldPanel("bio"),
        FieldPanel("link"),
    ]
    # A person's name is the same in every language; photo and link are
    # synchronised by default (image and URL fields).
    override_translatable_fields = [SynchronizedField("name", overridable=False)]
    preview_template = "home/previews/person.html"

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Partner(
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    CardPreviewMixin,
    TranslatableMixin,
    models.Model,
):
    """An organisation Coopkracht works with (Cera, Febecoop, the NRC...).

    Fields: `name` (synchronised, but translators may override it where the
    organisation has a name in each language, e.g. NRC / CNC), `logo` (optional
    image), `url` (website), `description` (translated).
    """

    name = models.CharField(_("name"), max_length=150)
    logo = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    url = models.URLField(_("website"), blank=True)
    description = models.TextField(
        _("description"),
        blank=True,
        help_text=_("What the organisation does and how Coopkracht works with it."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("logo"),
        FieldPanel("url"),
        FieldPanel("description"),
    ]
    override_translatable_fields = [SynchronizedField("name", overridable=True)]
    preview_template = "home/previews/partner.html"

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        ordering = ["name"]

    def __str__(self):
        return self.name
