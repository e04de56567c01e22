"""Coordinates inside Belgium and distances between them."""

import math

from django.utils.translation import gettext_lazy as _

# Belgium's bounding box, rounded outwards a little.
BELGIUM_LATITUDE = (49.49, 51.51)
BELGIUM_LONGITUDE = (2.54, 6.41)
EARTH_RADIUS_KM = 6371.0088


class CoordinateError(ValueError):
    """A latitude/longitude pair that does not lie in Belgium."""


def check_coordinates(latitude: float | None, longitude: float | None) -> None:
    if latitude is None and longitude is None:
        return
    if latitude is None or longitude is None:
        raise CoordinateError(_("Give both latitude and longitude, or neither."))
    if not (
        BELGIUM_LATITUDE[0] <= latitude <= BELGIUM_LATITUDE[1]
        and BELGIUM_LONGITUDE[0] <= longitude <= BELGIUM_LONGITUDE[1]
    ):
        raise CoordinateError(_("These coordinates lie outside Belgium."))


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = phi2 - phi1
    dlambda = math.radians(lon2 - lon1)
    a = (
        math.sin(dphi / 2) ** 2
        + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))
