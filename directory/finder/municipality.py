"""A municipality typed by a visitor ("Gent", "Gand", "9000"), as a point to measure from.

The guide knows the centres of the municipalities in `directory.municipalities`;
for any other municipality or postcode it takes the middle of the enterprises it
lists there. Names count in either language and loosely (accents, case and
hyphens aside).
"""

import re

from django.db.models import Avg, Q

from directory.models import Enterprise
from directory.municipalities import MUNICIPALITIES
from directory.rules.places import fold, place_for, places_for_postcode

POSTCODE = re.compile(r"\d{4}")

_CENTRES = {fold(name): (lat, lon) for name, (_, lat, lon) in MUNICIPALITIES.items()}
_CENTRES_BY_POSTCODE = {code: (lat, lon) for code, lat, lon in MUNICIPALITIES.values()}


def municipality_centre(typed: str) -> tuple[float, float] | None:
    """The (latitude, longitude) of the municipality or postcode typed, or None."""
    typed = " ".join(typed.split())
    is_postcode = bool(POSTCODE.fullmatch(typed))
    if is_postcode:
        places = places_for_postcode(typed)
    else:
        place = place_for("", typed)
        places = (place,) if place else ()
    names = {typed, *(name for place in places for name in place.names)}
    known = [_CENTRES[fold(name)] for name in names if fold(name) in _CENTRES]
    if is_postcode and typed in _CENTRES_BY_POSTCODE:
        return _CENTRES_BY_POSTCODE[typed]
    if known:
        return known[0]
    return _middle_of_enterprises(Q(postcode=typed) if is_postcode else Q(), names)


def _middle_of_enterprises(where: Q, names: set[str]) -> tuple[float, float] | None:
    """The mean position of the published enterprises in one of `names` (or `where`)."""
    for name in names:
        where |= Q(municipality__iexact=name)
    middle = Enterprise.objects.filter(
        where, live=True, latitude__isnull=False, longitude__isnull=False
    ).aggregate(latitude=Avg("latitude"), longitude=Avg("longitude"))
    if middle["latitude"] is None:
        return None
    return middle["latitude"], middle["longitude"]
