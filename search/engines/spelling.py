"""The engine's "did you mean …?": a phrase suggester on the titles of the pages.

It reads the `default` backend's page index, whose analysis folds case and accents
but keeps words whole: the language backends hold stems ("mision", "actualit"),
which are no words to offer. That index holds the pages of every language, so a
second request keeps the best suggestion whose words all find a live page of the
visitor's locale (what the suggester's `collate` would do, without needing the
engine's template language).
"""

from wagtail.models import Page
from wagtail.search import index
from wagtail.search.backends import get_search_backend

# How many words of a query may be corrected at once, and candidates weighed.
MAX_CORRECTED_WORDS = 2
CANDIDATES = 5


class _Columns:
    """The page index's columns the requests name."""

    def __init__(self, backend):
        mapping = backend.mapping_class(Page)
        fields = {
            (field.field_name, type(field)): field for field in Page.get_search_fields()
        }

        def column(name: str, kind) -> str:
            return mapping.get_field_column_name(fields[(name, kind)])

        self.title = column("title", index.SearchField)
        self.locale = column("locale", index.FilterField)
        self.live = column("live", index.FilterField)


def suggester_request(columns: _Columns, query: str) -> dict:
    """Spellings of `query` from the titles, best first (a search request's body)."""
    return {
        "size": 0,
        "suggest": {
            "text": query,
            "spelling": {
                "phrase": {
                    "field": columns.title,
                    "size": CANDIDATES,
                    "max_errors": MAX_CORRECTED_WORDS,
                    "direct_generator": [
                        {"field": columns.title, "suggest_mode": "missing"}
                    ],
                }
            },
        },
    }


def pages_request(columns: _Columns, candidates: list[str], locale) -> dict:
    """How many live pages of `locale` have every word of each candidate in the title."""
    return {
        "size": 0,
        "query": {
            "bool": {
                "filter": [
                    {"term": {columns.locale: locale.pk}},
                    {"term": {columns.live: True}},
                ]
            }
        },
        "aggregations": {
            "found": {
                "filters": {
                    "filters": {
                        str(number): {
                            "match": {columns.title: {"query": text, "operator": "and"}}
                        }
                        for number, text in enumerate(candidates)
                    }
                }
            }
        },
    }


def _search(backend, body: dict) -> dict:
    name = backend.get_index_for_model(Page).name
    if backend.use_new_elasticsearch_api:
        return backend.es.search(index=name, **body)
    return backend.es.search(index=name, body=body)


def title_spelling(query: str, locale) -> str | None:
    """The engine's spelling of `query` from the titles of `locale`'s pages, or None.

    Raises the engine client's errors; None without an engine.
    """
    backend = get_search_backend("default")
    if getattr(backend, "es", None) is None:
        return None
    columns = _Columns(backend)
    suggested = _search(backend, suggester_request(columns, query))
    candidates = [
        option["text"]
        for entry in suggested["suggest"]["spelling"]
        for option in entry["options"]
    ]
    if not candidates:
        return None
    found = _search(backend, pages_request(columns, candidates, locale))
    buckets = found["aggregations"]["found"]["buckets"]
    for number, text in enumerate(candidates):
        if buckets[str(number)]["doc_count"]:
            return text
    return None
