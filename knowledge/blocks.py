"""StreamField blocks for the body of news, events and knowledge articles.

Images and quotes are the blocks the content pages use too (`core.blocks`). Optional text fields default
to "" rather than None: wagtail-localize refuses a
None where it expects text, so content stored without them still translates.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from core.blocks import CaptionedImageBlock, QuoteBlock


class HeadingBlock(blocks.CharBlock):
    """A section heading; always an `<h2>` under the page's `<h1>`."""

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "knowledge/blocks/heading.html"


class DocumentBlock(blocks.StructBlock):
    """A downloadable file, shown with its type and size."""

    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        required=False,
        default="",
        label=_("Link text"),
        help_text=_("Leave empty to use the document's own title."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Document")
        template = "knowledge/blocks/document.html"


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        features=["bold", "italic", "link", "document-link", "ol", "ul", "h3"],
    )
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    document = DocumentBlock()


class AttachmentsBlock(blocks.StreamBlock):
    document = DocumentBlock()
