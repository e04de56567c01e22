"""A link to a page of the site or to an external address, for menus and buttons."""

from functools import cached_property

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from home.localization import localize_page


class LinkValue(blocks.StructValue):
    """Resolves the chosen page to its version in the visitor's language."""

    @cached_property
    def target_page(self):
        return localize_page(self.get("page"))

    @property
    def href(self) -> str:
        if self.get("page") is not None:
            return self.target_page.url if self.target_page else ""
        return self.get("url") or ""

    @property
    def text(self) -> str:
        if self.get("label"):
            return self.get("label")
        return self.target_page.title if self.target_page else self.get("url", "")


class LinkBlock(blocks.StructBlock):
    """Either a page of the site or an external address (exactly one), and a label.

    A chosen page is followed to its translation in the visitor's language, and
    the label defaults to that page's title.
    """

    page = blocks.PageChooserBlock(
        required=False,
        label=_("Page"),
        help_text=_("A page of this site. Leave empty to link elsewhere."),
    )
    url = blocks.URLBlock(
        required=False,
        label=_("External address"),
        help_text=_("Only when the link goes to another website."),
    )
    label = blocks.CharBlock(
        required=False,
        max_length=80,
        label=_("Label"),
        help_text=_("The text of the link. Empty: the title of the chosen page."),
    )

    class Meta:
        icon = "link"
        label = _("Link")
        value_class = LinkValue
        form_classname = "link-block"

    def clean(self, value):
        value = super().clean(value)
        has_page, has_url = value.get("page") is not None, bool(value.get("url"))
        if has_page == has_url:
            message = _("Choose a page or enter an external address (one of both).")
            raise StructBlockValidationError(
                block_errors={"page": ValidationError(message)}
            )
        if has_url and not value.get("label"):
            raise StructBlockValidationError(
                block_errors={
                    "label": ValidationError(_("An external link needs a label."))
                }
            )
        return value
