"""StreamField blocks that the bodies of several apps' pages share: images and quotes."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock


class CaptionedImageBlock(blocks.StructBlock):
    """An image with its alternative text (in ImageBlock) and an optional caption."""

    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(
        required=False,
        default="",
        max_length=250,
        label=_("Caption"),
        help_text=_("Shown under the image, e.g. what it shows and who made it."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Wagtail's ImageBlock names its chooser "Image" in English.
        self.child_blocks["image"].child_blocks["image"].label = _("Image")

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/image.html"


class QuoteBlock(blocks.StructBlock):
    """A quotation that stands out, with who said it."""

    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(
        required=False,
        default="",
        max_length=120,
        label=_("Attribution"),
        help_text=_("Who said it, e.g. “Marc Bosschaert, chair”."),
    )

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "blocks/quote.html"
