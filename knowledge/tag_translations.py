"""A tag filter in the other languages: the tags that translations of the tagged
pages carry, so that the language switcher keeps the filter."""

from collections import Counter, defaultdict
from urllib.parse import urlencode

from django.db.models import QuerySet
from taggit.models import Tag


def counterpart_tags(pages: QuerySet, tag: Tag, locale_id: int) -> dict[str, str]:
    """Language code → slug of the tag that the live translations of the `pages`
    tagged `tag` carry most often in each language other than `locale_id` (the
    first by slug on a tie). One query."""
    keys = pages.filter(tags=tag).values("translation_key")
    rows = (
        pages.model.objects.filter(translation_key__in=keys)
        .exclude(locale_id=locale_id)
        .live()
        .public()
        .filter(alias_of__isnull=True)
        .values_list("locale__language_code", "tags__slug")
    )
    counts = defaultdict(Counter)
    for code, slug in rows:
        if slug is not None:
            counts[code][slug] += 1
    return {
        code: min(slugs, key=lambda slug: (-slugs[slug], slug))
        for code, slugs in counts.items()
    }


def tag_queries(pages: QuerySet, tag: Tag | None, locale_id: int) -> dict[str, str]:
    """Language code → query string of the same tag filter in that language."""
    if tag is None:
        return {}
    return {
        code: urlencode({"tag": slug})
        for code, slug in counterpart_tags(pages, tag, locale_id).items()
    }
