"""Free-text search of enterprises: the one place the guide calls the search layer.

The search runs in the language of the records (`search.fallback`): on the engine's
Dutch or French backend, or the database index; when that fails, plain database
matching answers and the caller is told.
"""

import re
from dataclasses import dataclass

from django.db.models import Q

from directory.rules.enterprise_number import (
    EnterpriseNumberError,
    normalise_enterprise_number,
)
from directory.rules.places import places_for_postcode
from search.fallback import search_as_typed, search_in_language

# Words are what a plain-text search matches; other signs only trip up full-text
# query syntaxes (SQLite's FTS5 rejects quotes, `*`, `~`, `^`, brackets).
NOT_WORDS = re.compile(r"[^\w\s'-]+")


def search_words(q: str) -> str:
    """The words of `q` that a search matches, signs of query syntaxes dropped."""
    return " ".join(NOT_WORDS.sub(" ", q).split())


# An enterprise number however it is written: 0123.456.749, 0123456749, BE 0123 456 749.
NUMBER_LIKE = re.compile(r"\b(?:BE\s*)?\d[\d.\s-]{7,12}\d\b", re.IGNORECASE)
POSTCODE = re.compile(r"\b[1-9]\d{3}\b")


@dataclass(frozen=True)
class QueryParts:
    """A visitor's query read as words, enterprise numbers and postcodes."""

    words: str
    enterprise_numbers: tuple[str, ...] = ()
    postcodes: tuple[str, ...] = ()

    @property
    def identifies(self) -> bool:
        return bool(self.enterprise_numbers or self.postcodes)

    def condition(self, prefix: str = "") -> Q:
        """The enterprises with the numbers and postcodes asked for (filter fields)."""
        condition = Q()
        if self.enterprise_numbers:
            condition &= Q(
                **{f"{prefix}enterprise_number__in": self.enterprise_numbers}
            )
        if self.postcodes:
            condition &= Q(**{f"{prefix}postcode__in": self.postcodes})
        return condition


def query_parts(q: str) -> QueryParts:
    """Enterprise numbers and postcodes match exactly; the rest are words to search."""
    numbers, postcodes = [], []

    def number(match: re.Match) -> str:
        try:
            found = normalise_enterprise_number(match.group())
        except EnterpriseNumberError:
            return match.group()
        numbers.append(found)
        return " "

    def postcode(match: re.Match) -> str:
        if not places_for_postcode(match.group()):
            return match.group()  # a number, not a Belgian postcode
        postcodes.append(match.group())
        return " "

    rest = POSTCODE.sub(postcode, NUMBER_LIKE.sub(number, q))
    return QueryParts(
        words=search_words(rest),
        enterprise_numbers=tuple(dict.fromkeys(numbers)),
        postcodes=tuple(dict.fromkeys(postcodes)),
    )


@dataclass(frozen=True)
class SearchHits:
    ids: list[int]  # best match first
    fallback: bool  # True when the database answered instead of the engine
    backend: str | None = None  # the backend alias that answered, when one did


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
    return SearchHits(found.objects, fallback=found.fell_back, backend=found.backend)
