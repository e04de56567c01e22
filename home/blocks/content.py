"""The building blocks of a content page's body: text, media, quotes, buttons, files.

Images and quotes, which other apps' pages use too, are in `core.blocks`.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from home.blocks.links import LinkBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    """A section heading; the level keeps the page outline correct for screen readers."""

    text = blocks.CharBlock(max_length=120, label=_("Heading"))
    level = blocks.ChoiceBlock(
        choices=[("2", _("Section (h2)")), ("3", _("Subsection (h3)"))],
        default="2",
        label=_("Level"),
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading.html"


class CallToActionBlock(blocks.StructBlock):
    """A highlighted invitation with one button (become a member, contact us...)."""

    heading = blocks.CharBlock(max_length=120, label=_("Heading"))
    text = blocks.TextBlock(required=False, label=_("Text"))
    link = LinkBlock(label=_("Button"))

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "blocks/call_to_action.html"


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    label = blocks.CharBlock(
        required=False,
        max_length=120,
        label=_("Label"),
        help_text=_("Empty: the document's title."),
    )


class DocumentLinksBlock(blocks.StructBlock):
    """Downloads such as the statutes or an annual report, with type and size."""

    heading = blocks.CharBlock(required=False, max_length=120, label=_("Heading"))
    documents = blocks.ListBlock(DocumentLinkBlock(), label=_("Documents"))

    class Meta:
        icon = "doc-full"
        label = _("Documents")
        template = "blocks/documents.html"
