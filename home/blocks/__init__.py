"""StreamField blocks of the general pages. `ContentStreamBlock` is the page body.

Block names (stable, used in stored content and by the demo data):
`heading`, `paragraph`, `image`, `quote`, `call_to_action`, `documents`, `embed`,
`people`, `partners`. Link blocks (`LinkBlock`) also make up the menus.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock

from core.blocks import CaptionedImageBlock, QuoteBlock
from home.blocks.content import (
    RICH_TEXT_FEATURES,
    CallToActionBlock,
    DocumentLinksBlock,
    HeadingBlock,
)
from home.blocks.links import LinkBlock
from home.blocks.people import PartnersBlock, PeopleBlock

__all__ = ["ContentStreamBlock", "LinkBlock", "RICH_TEXT_FEATURES"]


class ContentStreamBlock(blocks.StreamBlock):
    """Everything a general page can be made of, in any order."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        label=_("Text"),
        icon="pilcrow",
        template="blocks/paragraph.html",
    )
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    documents = DocumentLinksBlock()
    embed = EmbedBlock(
        label=_("Video or embed"),
        help_text=_("The address of a video (YouTube, Vimeo...) or other media."),
        icon="media",
        template="blocks/embed.html",
    )
    people = PeopleBlock()
    partners = PartnersBlock()
