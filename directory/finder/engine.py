"""The guide on a search engine: each page is one engine request.

The text, every filter, the page of hits, the exact total and the multi-select
facets come back together (`search.engines.faceted`); the database then loads
only the page's rows.
"""

from dataclasses import dataclass

from wagtail.search.query import MATCH_ALL, MATCH_NONE

from directory.finder.facets import facets_from_counts
from directory.finder.params import GuideFilters
from directory.finder.search import query_parts
from search.engines.faceted import Near, faceted_search
from search.query_words import last_word

# The guide's facets and the enterprise's filter fields that hold them.
FACET_FIELDS = {
    "sector": "sector_slugs",
    "province": "province",
    "label": "label_slugs",
}


@dataclass
class EnginePage:
    count: int
    pks: list[int]  # the page's enterprises, in order
    facets: dict[str, list[dict]]
    distances_km: dict[int, float]


def engine_page(
    published, filters: GuideFilters, *, locale, alias: str, offset: int, size: int
) -> EnginePage:
    """The page of `published` (one language's live enterprises) `filters` select."""
    if filters.cooperative:
        published = published.filter(cooperative=True)
    if filters.nrc:
        published = published.filter(nrc_accredited=True)
    also_matching = []
    parts = query_parts(filters.q)
    published = published.filter(parts.condition())
    if parts.words:
        words = parts.words
        results = published.search(words, backend=alias)
        if beginning := last_word(words):
            also_matching.append(published.autocomplete(beginning, backend=alias))
    elif filters.q and not parts.identifies:  # nothing searchable was typed
        results = published.search(MATCH_NONE, backend=alias)
    else:
        results = published.order_by("name").search(
            MATCH_ALL, backend=alias, order_by_relevance=False
        )
    near = None
    if filters.near is not None:
        near = Near("location", *filters.near, km=filters.km)
    hits = faceted_search(
        results,
        facets={
            FACET_FIELDS[dimension]: chosen
            for dimension, chosen in filters.chosen_facets().items()
        },
        also_matching=also_matching,
        near=near,
        by_distance=near is not None,
        offset=offset,
        size=size,
    )
    counts = {
        dimension: hits.facets[field_name]
        for dimension, field_name in FACET_FIELDS.items()
    }
    return EnginePage(
        count=hits.total,
        pks=hits.pks,
        facets=facets_from_counts(locale, counts),
        distances_km=hits.distances_km,
    )
