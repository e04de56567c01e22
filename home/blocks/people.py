"""Lists of Person and Partner snippets inside a page body."""

from django.db.models import prefetch_related_objects
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock


class SnippetWithImageChooserBlock(SnippetChooserBlock):
    """A snippet chooser that also fetches the snippet's image and its renditions.

    Listing twelve board members then costs three queries instead of twenty-five.
    """

    def __init__(self, target_model, image_field: str, **kwargs):
        super().__init__(target_model, **kwargs)
        self.image_field = image_field

    def bulk_to_python(self, values):
        snippets = super().bulk_to_python(values)
        prefetch_related_objects(
            [snippet for snippet in snippets if snippet is not None],
            self.image_field,
            f"{self.image_field}__renditions",
        )
        return snippets


class PeopleBlock(blocks.StructBlock):
    """People with their photo and role: the chair, the board, the team."""

    heading = blocks.CharBlock(required=False, max_length=120, label=_("Heading"))
    people = blocks.ListBlock(
        SnippetWithImageChooserBlock("home.Person", image_field="photo"),
        label=_("People"),
    )

    class Meta:
        icon = "group"
        label = _("People")
        template = "blocks/people.html"


class PartnersBlock(blocks.StructBlock):
    """Partner organisations with logo, description and website."""

    heading = blocks.CharBlock(required=False, max_length=120, label=_("Heading"))
    partners = blocks.ListBlock(
        SnippetWithImageChooserBlock("home.Partner", image_field="logo"),
        label=_("Partners"),
    )

    class Meta:
        icon = "site"
        label = _("Partners")
        template = "blocks/partners.html"
