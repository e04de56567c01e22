"""Image uploads in the admin: a file that is not a readable image is a form error.

Wagtail opens an upload to check its format and then reads its size in pixels; a file
with a valid header and broken data (a PNG signature followed by garbage, a malformed
GIF) passes the first step and makes the second raise whatever Pillow raises, a 500.
"""

from django.core.exceptions import ValidationError
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm


class ReadableImageField(WagtailImageField):
    def check_image_pixel_size(self, f):
        try:
            super().check_image_pixel_size(f)
        except ValidationError:
            raise
        # Pillow has no error class of its own for broken data: OSError, SyntaxError,
        # EOFError, ValueError and struct.error all occur.
        except Exception as error:  # noqa: BLE001
            raise ValidationError(
                self.error_messages["invalid_image"], code="invalid_image"
            ) from error


class ImageForm(BaseImageForm):
    """The base of Wagtail's image forms (WAGTAILIMAGES_IMAGE_FORM_BASE)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Wagtail builds the field itself; the multiple uploader's edit form has none.
        if "file" in self.fields:
            field = self.fields["file"]
            self.fields["file"] = ReadableImageField(
                label=field.label, required=field.required, widget=field.widget
            )
