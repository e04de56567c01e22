"""Distance in SQL: haversine on PostgreSQL and SQLite alike, with a box prefilter.

Django registers the maths functions used here on SQLite too, so one expression
serves both databases. The bounding box lets the database discard far-away rows
with plain comparisons before it computes any distance. `prefix` places the
enterprise's fields behind a relation (e.g. "enterprises__" from a sector).
"""

import math

from django.db.models import F, FloatField, Q, Value
from django.db.models.functions import ASin, Cos, Least, Power, Radians, Sin, Sqrt
from django.db.models.lookups import LessThanOrEqual

from directory.rules.geography import EARTH_RADIUS_KM

KM_PER_DEGREE_LATITUDE = math.pi * EARTH_RADIUS_KM / 180


def _float(value: float) -> Value:
    return Value(float(value), output_field=FloatField())


def distance_expression(near: tuple[float, float], prefix: str = ""):
    """Kilometres from `near` (latitude, longitude) to each row's coordinates."""
    latitude, longitude = near
    row_latitude = Radians(F(f"{prefix}latitude"))
    dlat = (row_latitude - _float(math.radians(latitude))) / _float(2)
    dlon = (
        Radians(F(f"{prefix}longitude")) - _float(math.radians(longitude))
    ) / _float(2)
    a = Power(Sin(dlat), 2) + _float(math.cos(math.radians(latitude))) * Cos(
        row_latitude
    ) * Power(Sin(dlon), 2)
    # Rounding can push sqrt(a) a hair above 1, outside asin's domain.
    return _float(2 * EARTH_RADIUS_KM) * ASin(Least(Sqrt(a), _float(1)))


def bounding_box(near: tuple[float, float], km: float, prefix: str = "") -> Q:
    """Rows inside a box that contains the circle of `km` around `near`."""
    latitude, longitude = near
    dlat = km / KM_PER_DEGREE_LATITUDE
    box = Q(
        **{
            f"{prefix}latitude__gte": latitude - dlat,
            f"{prefix}latitude__lte": latitude + dlat,
        }
    )
    cos_latitude = math.cos(math.radians(latitude))
    # Near the poles, or across the antimeridian, the box spans every longitude.
    if cos_latitude > 1e-6:
        dlon = km / (KM_PER_DEGREE_LATITUDE * cos_latitude)
        if longitude - dlon >= -180 and longitude + dlon <= 180:
            box &= Q(
                **{
                    f"{prefix}longitude__gte": longitude - dlon,
                    f"{prefix}longitude__lte": longitude + dlon,
                }
            )
    return box


def within(near: tuple[float, float], km: float | None, prefix: str = "") -> Q:
    """Rows with coordinates, and within `km` of `near` when `km` is given."""
    condition = Q(
        **{f"{prefix}latitude__isnull": False, f"{prefix}longitude__isnull": False}
    )
    if km is not None:
        condition &= bounding_box(near, km, prefix)
        condition &= Q(LessThanOrEqual(distance_expression(near, prefix), km))
    return condition
