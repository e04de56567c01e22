"""Is the search engine answering, with every index in place? Used by `/healthz`."""

import logging
from dataclasses import dataclass, field

from search.engines.lifecycle import engine_backends, index_problems

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
    """OK on the database backend; on an engine, every backend's indexes mapped."""
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
