"""Free-text search of enterprises: the one place that calls the search backend.

The backend (the database by default, the engine when SEARCH_URL is set) ranks
the published enterprises of one language. When it fails (engine unreachable,
a query the backend cannot parse), plain database matching answers instead and
the caller is told, so the guide never shows a server error.
"""

import logging
import re
from dataclasses import dataclass

import elastic_transport
import opensearchpy.exceptions
from django.db import DatabaseError, transaction
from django.db.models import Q
from wagtail.search.backends import get_search_backend

from directory.models import Enterprise, Sector

logger = logging.getLogger(__name__)

MAX_HITS = 10_000
MAX_FALLBACK_TERMS = 10
FALLBACK_FIELDS = ("name", "description", "municipality")
# Words are what a plain-text search matches; other signs only trip up SQLite's
# FTS5 query syntax (quotes, `*`, `~`, `^`, brackets).
NOT_WORDS = re.compile(r"[^\w\s'-]+")
# What a backend raises when it cannot answer: SQL errors and engine errors.
BACKEND_ERRORS = (
    DatabaseError,
    elastic_transport.ApiError,
    elastic_transport.TransportError,
    opensearchpy.exceptions.OpenSearchException,
)


@dataclass(frozen=True)
class SearchHits:
    ids: list[int]  # best match first
    fallback: bool  # True when the database answered instead of the backend


def search_ids(
    published, q: str, *, limit: int = MAX_HITS, autocomplete: bool = False
) -> SearchHits:
    """Primary keys of `published` enterprises matching `q`, best first.

    `published` must be filtered on index FilterFields only (locale, live).
    `autocomplete=True` matches names by their beginning, for suggestions.
    """
    words = " ".join(NOT_WORDS.sub(" ", q).split())
    if not words:
        return SearchHits([], fallback=False)
    backend = get_search_backend()
    run = backend.autocomplete if autocomplete else backend.search
    try:
        # A failing SQL search must not break the caller's transaction.
        with transaction.atomic():
            hits = run(words, published.only("pk"))[:limit]
            return SearchHits([hit.pk for hit in hits], fallback=False)
    except BACKEND_ERRORS:
        logger.warning("enterprise search failed; using the database", exc_info=True)
    condition = Q(name__icontains=q) if autocomplete else fallback_condition(q)
    matches = published.filter(condition).order_by("name", "pk")
    return SearchHits(list(matches.values_list("pk", flat=True)[:limit]), True)


def fallback_condition(q: str) -> Q:
    """Every word of `q` in the name, description, municipality or a sector name."""
    condition = Q()
    for term in q.split()[:MAX_FALLBACK_TERMS]:
        in_sector = Enterprise.sectors.through.objects.filter(
            sector__in=Sector.objects.filter(name__icontains=term)
        ).values("enterprise_id")
        term_condition = Q(pk__in=in_sector)
        for field in FALLBACK_FIELDS:
            term_condition |= Q(**{f"{field}__icontains": term})
        condition &= term_condition
    return condition
