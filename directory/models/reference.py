"""Sectors and labels: the reference data enterprises are filed under."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField


class ReferenceTerm(TranslatableMixin, index.Indexed, models.Model):
    """A named term with a language-independent slug, translated per locale."""

    slug = models.SlugField(_("slug"), max_length=60)
    name = models.CharField(_("name"), max_length=100)
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    override_translatable_fields = [
        SynchronizedField("slug", overridable=False),
        SynchronizedField("sort_order", overridable=False),
        TranslatableField("name"),
    ]
    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
        index.FilterField("slug"),
    ]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class Sector(ReferenceTerm):
    """One of the 14 economic sectors the guide's enterprises work in."""

    class Meta(ReferenceTerm.Meta):
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="unique_sector_slug_per_locale"
            )
        ]


class Label(ReferenceTerm):
    """A quality label or recognition an enterprise holds (Bio, Fairtrade, B Corp…)."""

    class Meta(ReferenceTerm.Meta):
        verbose_name = _("label")
        verbose_name_plural = _("labels")
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="unique_label_slug_per_locale"
            )
        ]
