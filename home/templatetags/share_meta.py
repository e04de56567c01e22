"""`{% share_meta %}` and `|site_title`: title, description, canonical, Open Graph and Twitter card of any page.

Every page type renders the same tags through this one tag. Without arguments it reads
the Wagtail `page` of the context: the description is the page's search description,
else its introduction, else its first paragraph, else the site's; the image is the
page's own (`hero_image` or `image`), else the site's share image. A view that shows
something else (an enterprise) passes `title`, `description`, `image` and `url`.
Every address is absolute on SITE_URL.
"""

from django import template
from django.templatetags.static import static
from django.utils import translation
from django.utils.encoding import escape_uri_path
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext, to_locale

from core.site_url import absolute_url
from home.templatetags.language_links import alternates_for

register = template.Library()

SITE_NAME = "Coopkracht"
DESCRIPTION_LENGTH = 160
PAGE_IMAGE_SPEC = "fill-1200x630"
DEFAULT_IMAGE = "img/share.png"
DEFAULT_IMAGE_SIZE = (1200, 630)
PAGE_IMAGE_FIELDS = ("hero_image", "image")


def site_description() -> str:
    return gettext(
        "Coopkracht, the network for cooperative entrepreneurship in Flanders, "
        "and the MeMO guide of people- and environment-friendly enterprises."
    )


def _plain(text) -> str:
    return " ".join(strip_tags(str(text or "")).split())


def _first_paragraph(page) -> str:
    for block in getattr(page, "body", None) or ():
        if block.block_type == "paragraph":
            text = _plain(block.value.source)
            if text:
                return text
    return ""


def page_description(page) -> str:
    """The page's search description, introduction or first paragraph, as plain text."""
    if page is None:
        return ""
    for text in (
        getattr(page, "search_description", ""),
        getattr(page, "intro", ""),
    ):
        if _plain(text):
            return _plain(text)
    return _first_paragraph(page)


def page_image(page):
    for field in PAGE_IMAGE_FIELDS:
        image = getattr(page, field, None)
        if image is not None:
            return image
    return None


def _og_locale(language_code: str) -> str:
    return f"{to_locale(language_code)}_BE"


def _image_tags(image, spec: str, alt: str) -> dict:
    if image is None:
        width, height = DEFAULT_IMAGE_SIZE
        return {
            "url": absolute_url(static(DEFAULT_IMAGE)),
            "width": width,
            "height": height,
            "alt": SITE_NAME,
        }
    rendition = image.get_rendition(spec)
    return {
        "url": absolute_url(rendition.url),
        "width": rendition.width,
        "height": rendition.height,
        "alt": getattr(image, "default_alt_text", "") or alt,
    }


@register.filter(is_safe=True)
def site_title(title) -> str:
    """`title | Coopkracht`, or just the site's name for a page named after the site."""
    title = " ".join(str(title).split())
    if not title or title.casefold() == SITE_NAME.casefold():
        return SITE_NAME
    return f"{title} | {SITE_NAME}"


@register.inclusion_tag("includes/share_meta.html", takes_context=True)
def share_meta(
    context, title=None, description=None, image=None, url=None, image_spec=None
):
    """The tags for the context's page, or for what the arguments name."""
    page = context.get("page")
    request = context.get("request")
    if title is None:
        title = (
            getattr(page, "seo_title", "") or getattr(page, "title", "")
        ) or SITE_NAME
    description = _plain(description) or page_description(page) or site_description()
    if image is None:
        image = page_image(page)
    if url is None:
        url = absolute_url(escape_uri_path(request.path)) if request is not None else ""
    language = translation.get_language() or ""
    alternates = alternates_for(context)
    return {
        "title": title,
        "description": Truncator(description).chars(DESCRIPTION_LENGTH),
        "url": url,
        "image": _image_tags(image, image_spec or PAGE_IMAGE_SPEC, title),
        "site_name": SITE_NAME,
        "locale": _og_locale(language) if language else "",
        "alternate_locales": [
            _og_locale(code) for code in alternates if code != language
        ],
    }
