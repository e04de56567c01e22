"""Free-text search of enterprises: the one place the guide calls the search layer.

The search runs in the language of the records (`search.fallback`): on the engine's
Dutch or French backend, or the database index; when that fails, plain database
matching answers and the caller is told.
"""

import re
from dataclasses import dataclass

from search.fallback import search_as_typed, search_in_language

# Words are what a plain-text search matches; other signs only trip up full-text
# query syntaxes (SQLite's FTS5 rejects quotes, `*`, `~`, `^`, brackets).
NOT_WORDS = re.compile(r"[^\w\s'-]+")


def search_words(q: str) -> str:
    """The words of `q` that a search matches, signs of query syntaxes dropped."""
    return " ".join(NOT_WORDS.sub(" ", q).split())


@dataclass(frozen=True)
class SearchHits:
    ids: list[int]  # best match first
    fallback: bool  # True when the database answered instead of the engine


def search_ids(
    published,
    q: str,
    *,
    language: str,
    limit: int | None,
    autocomplete: bool = False,
) -> SearchHits:
    """Primary keys of `published` enterprises matching `q`, best first.

    `limit=None` returns every hit, from the database (`search_in_language`).
    `published` must be filtered on index FilterFields only (locale, live).
    The beginning of the last word matches too ("zon" finds "zonnepanelen");
    `autocomplete=True` matches names by their beginning only, for suggestions.
    """
    words = search_words(q)
    if not words:
        return SearchHits([], fallback=False)
    if autocomplete:
        found = search_in_language(
            published.only("pk"),
            words,
            language,
            limit=limit,
            autocomplete=True,
            ids=True,
            fields=["name"],
        )
    else:
        found = search_as_typed(
            published.only("pk"), words, language, limit=limit, ids=True
        )
    return SearchHits(found.objects, fallback=found.fell_back)
