"""Distance in SQL: haversine on PostgreSQL and SQLite alike, with a box prefilter.

Django registers the maths functions used here on SQLite too, so one expression
serves both databases. The bounding box lets the database discard far-away rows
with plain comparisons before it computes any distance.
"""

import math

from django.db.models import F, FloatField, Q, Value
from django.db.models.functions import ASin, Cos, Least, Power, Radians, Sin, Sqrt

from directory.rules.geography import EARTH_RADIUS_KM

KM_PER_DEGREE_LATITUDE = math.pi * EARTH_RADIUS_KM / 180


def _float(value: float) -> Value:
    return Value(float(value), output_field=FloatField())


def distance_expression(latitude: float, longitude: float):
    """Kilometres from (latitude, longitude) to each row's coordinates."""
    dlat = (Radians(F("latitude")) - _float(math.radians(latitude))) / _float(2)
    dlon = (Radians(F("longitude")) - _float(math.radians(longitude))) / _float(2)
    a = Power(Sin(dlat), 2) + _float(math.cos(math.radians(latitude))) * Cos(
        Radians(F("latitude"))
    ) * Power(Sin(dlon), 2)
    # Rounding can push sqrt(a) a hair above 1, outside asin's domain.
    return _float(2 * EARTH_RADIUS_KM) * ASin(Least(Sqrt(a), _float(1)))


def bounding_box(latitude: float, longitude: float, km: float) -> Q:
    """Rows inside a box that contains the circle of `km` around the point."""
    dlat = km / KM_PER_DEGREE_LATITUDE
    cos_lat = math.cos(math.radians(latitude))
    box = Q(latitude__gte=latitude - dlat, latitude__lte=latitude + dlat)
    # Near the poles (or for a huge radius) the box spans every longitude.
    if cos_lat > 1e-6:
        dlon = km / (KM_PER_DEGREE_LATITUDE * cos_lat)
        if longitude - dlon >= -180 and longitude + dlon <= 180:
            box &= Q(longitude__gte=longitude - dlon, longitude__lte=longitude + dlon)
    return box


def within(queryset, near: tuple[float, float], km: float | None):
    """Rows with coordinates, annotated with `distance` (km), within `km` if given."""
    latitude, longitude = near
    queryset = queryset.filter(latitude__isnull=False, longitude__isnull=False)
    if km is not None:
        queryset = queryset.filter(bounding_box(latitude, longitude, km))
    queryset = queryset.annotate(distance=distance_expression(latitude, longitude))
    if km is not None:
        queryset = queryset.filter(distance__lte=km)
    return queryset
