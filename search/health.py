"""Is search answering, with every index in place? Used by `/healthz`."""

import logging
from dataclasses import dataclass, field

from django.db import DatabaseError, transaction
from wagtail.models import Page

from search.engines.lifecycle import engine_backends, index_problems
from search.upkeep import database_backends

logger = logging.getLogger(__name__)

OK = "ok"
UNAVAILABLE = "unavailable"
INDEX_MISSING = "index missing"


@dataclass
class SearchHealth:
    status: str
    # Indexes that do not exist or lack the site's mapping (rebuild_search_index).
    missing_indexes: list[str] = field(default_factory=list)


def search_health() -> SearchHealth:
    """OK when every backend answers: an engine with every index mapped, a database
    backend with a search through its index entries."""
    for alias, backend in database_backends():
        try:
            with transaction.atomic():
                list(backend.search("coopkracht", Page)[:1])
        except DatabaseError:
            logger.warning("database search index unusable (%s)", alias, exc_info=True)
            return SearchHealth(UNAVAILABLE)
    missing = []
    for _alias, backend in engine_backends():
        try:
            if not backend.es.ping():
                return SearchHealth(UNAVAILABLE)
            missing.extend(index_problems(backend))
        except Exception:  # the clients raise transport errors of many kinds
            logger.warning("search engine unreachable", exc_info=True)
            return SearchHealth(UNAVAILABLE)
    if missing:
        logger.warning("search indexes missing or unmapped: %s", ", ".join(missing))
        return SearchHealth(INDEX_MISSING, missing)
    return SearchHealth(OK)
