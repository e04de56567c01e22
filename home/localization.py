"""Page references in the visitor's language, in one query.

wagtail-localize keeps page references (ForeignKeys to pages, PageChooserBlocks)
pointing at the source page when it translates: pages "can be localized at run time"
(see `get_translatable_fields` in wagtail_localize/fields.py). Wagtail's
`Page.localized` does that with two queries per page; menus and lists of featured
pages need it for many pages at once, so this module does it for all of them in one.
"""

from collections.abc import Iterable

from django.utils import translation
from wagtail.models import Page


def localize_pages(pages: Iterable[Page | None], model=Page) -> list[Page | None]:
    """Each page's live translation in the active language, else the page itself.

    Keeps the order and length of `pages`; an entry is None where neither the
    translation nor the page itself is live (or the reference was already None).
    `model` is the concrete page class to fetch, so callers get specific pages.
    """
    pages = list(pages)
    keys = {page.translation_key for page in pages if page is not None}
    if not keys:
        return [None] * len(pages)
    translations = {
        page.translation_key: page
        for page in model.objects.live().filter(
            translation_key__in=keys,
            locale__language_code=translation.get_language(),
        )
    }
    return [
        None
        if page is None
        else translations.get(page.translation_key, page if page.live else None)
        for page in pages
    ]


def localize_page(page: Page | None, model=Page) -> Page | None:
    """`localize_pages` for a single page."""
    return localize_pages([page], model=model)[0]
