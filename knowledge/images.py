"""The image sizes of the knowledge pages, and the prefetch that serves them in bulk.

Templates render page images with exactly these filter specs, so a listing finds
every rendition among the prefetched ones and costs no query per item.
"""

from django.db.models import Prefetch, QuerySet
from wagtail.images import get_image_model

CARD_RENDITION = "fill-640x360"
HERO_RENDITION = "width-1200"


def with_card_images(pages: QuerySet) -> QuerySet:
    """`pages` (with an `image` field) with their images and card renditions fetched."""
    images = get_image_model().objects.prefetch_renditions(CARD_RENDITION)
    return pages.prefetch_related(Prefetch("image", queryset=images))
