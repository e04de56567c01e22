"""Site-wide details shown in the footer: contact, social links and footer text.

Two models, because wagtail-localize translates models, not settings:

- `SiteSettings` (a wagtail.contrib.settings `BaseSiteSetting`, "Settings" in the
  admin menu) holds what is the same in both languages: contact details and social
  links. Templates read it as `settings.home.SiteSettings`.
- `FooterText` is a translatable snippet, one per language, for the footer's
  prose. A setting is one row per Site and one Site serves both languages here, so
  a setting cannot hold a text per language; a `TranslatableMixin` snippet can, and
  gets wagtail-localize's usual "Translate" workflow (and machine translation).
"""

import copy

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    TranslatableMixin,
)

from caching.pages import kept_until_content_changes
from home.models.previews import ChromePreviewMixin

SOCIAL_NETWORKS = [
    ("facebook_url", "Facebook"),
    ("instagram_url", "Instagram"),
    ("linkedin_url", "LinkedIn"),
    ("bluesky_url", "Bluesky"),
    ("mastodon_url", "Mastodon"),
    ("youtube_url", "YouTube"),
]


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Contact details and social links, the same in every language.

    Fields: `organisation_name`, `address` (multi-line), `email`, `phone`,
    `enterprise_number` (shown as is), and one optional URL per network:
    `facebook_url`, `instagram_url`, `linkedin_url`, `bluesky_url`,
    `mastodon_url`, `youtube_url`.
    """

    organisation_name = models.CharField(
        _("organisation name"), max_length=120, default="Coopkracht vzw"
    )
    address = models.TextField(
        _("address"), blank=True, help_text=_("Street and number, postcode and town.")
    )
    email = models.EmailField(_("e-mail address"), blank=True)
    phone = models.CharField(
        _("phone"), max_length=40, blank=True, help_text=_("E.g. +32 2 123 45 67")
    )
    enterprise_number = models.CharField(
        _("enterprise number"),
        max_length=20,
        blank=True,
        help_text=_("KBO/BCE number, e.g. 0123.456.749."),
    )
    facebook_url = models.URLField("Facebook", blank=True)
    instagram_url = models.URLField("Instagram", blank=True)
    linkedin_url = models.URLField("LinkedIn", blank=True)
    bluesky_url = models.URLField("Bluesky", blank=True)
    mastodon_url = models.URLField("Mastodon", blank=True)
    youtube_url = models.URLField("YouTube", blank=True)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("organisation_name"),
                FieldPanel("address"),
                FieldPanel("email"),
                FieldPanel("phone"),
                FieldPanel("enterprise_number"),
            ],
            heading=_("Contact details"),
        ),
        MultiFieldPanel(
            [FieldPanel(field) for field, _name in SOCIAL_NETWORKS],
            heading=_("Social media"),
            help_text=_("The full address of each profile; leave empty to hide."),
        ),
    ]

    class Meta:
        verbose_name = _("contact details and social media")

    @classmethod
    def for_site(cls, site):
        """The site's settings, read once per process until content changes."""
        if site is None:
            return super().for_site(site)
        read = super().for_site
        kept = kept_until_content_changes(
            (cls._meta.label_lower, site.pk), lambda: read(site)
        )
        return copy.copy(kept)

    @property
    def social_links(self) -> list[dict]:
        return [
            {"name": name, "url": getattr(self, field)}
            for field, name in SOCIAL_NETWORKS
            if getattr(self, field)
        ]


class FooterText(
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    ChromePreviewMixin,
    TranslatableMixin,
    models.Model,
):
    """The short text at the bottom of every page, one per language.

    Field: `text` (rich text: bold, italic, links). See the module docstring for
    why this is a translatable snippet rather than a setting. Like the menus it
    has drafts, revisions and a preview; visitors see the live text.
    """

    text = RichTextField(
        _("text"),
        features=["bold", "italic", "link"],
        help_text=_("A sentence or two about Coopkracht, shown on every page."),
    )

    panels = [FieldPanel("text")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer text")
        verbose_name_plural = _("footer texts")
        constraints = [
            models.UniqueConstraint(
                fields=["locale"], name="one_footer_text_per_locale"
            )
        ]

    def __str__(self):
        return str(_("Footer text ({language})").format(language=self.locale))
