"""The guide's query parameters: parsed, checked and written back.

See docs/contract.md#guide-parameters.
"""

import dataclasses
import math
import re
from dataclasses import dataclass

from django.http import QueryDict
from django.utils.translation import gettext as _

from core.booleans import SWITCH_WORDS
from directory.finder.errors import GuideParamError
from directory.finder.locales import as_locale
from directory.finder.municipality import municipality_centre
from directory.finder.terms import guide_terms
from directory.rules.provinces import PROVINCES_BY_SLUG

MAX_QUERY_LENGTH = 200
MAX_MUNICIPALITY_LENGTH = 100
MAX_RADIUS_KM = 1000.0
MAX_PAGE_DIGITS = 9
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")


@dataclass(frozen=True)
class GuideFilters:
    """What a visitor asked the guide for, checked and normalised."""

    q: str = ""
    sectors: tuple[str, ...] = ()
    provinces: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()
    cooperative: bool = False
    nrc: bool = False
    near: tuple[float, float] | None = None
    km: float | None = None
    page: int = 1
    municipality: str = ""  # as typed; `near` is its centre

    def to_querydict(self, **changes) -> QueryDict:
        """The query string of these filters (with `changes`), e.g. for facet links."""
        filters = dataclasses.replace(self, **changes) if changes else self
        query = QueryDict(mutable=True)
        if filters.q:
            query["q"] = filters.q
        for key, values in (
            ("sector", filters.sectors),
            ("province", filters.provinces),
            ("label", filters.labels),
        ):
            if values:
                query.setlist(key, list(values))
        if filters.cooperative:
            query["cooperative"] = "1"
        if filters.nrc:
            query["nrc"] = "1"
        if filters.municipality:
            query["municipality"] = filters.municipality
        elif filters.near is not None:
            query["near"] = ",".join(_number(value) for value in filters.near)
        if filters.near is not None and filters.km is not None:
            query["km"] = _number(filters.km)
        if filters.page != 1:
            query["page"] = str(filters.page)
        return query

    def chosen_facets(self) -> dict[str, tuple[str, ...]]:
        """The chosen values of each facet: {"sector": (slug, ...), ...}."""
        return {
            "sector": self.sectors,
            "province": self.provinces,
            "label": self.labels,
        }

    @property
    def is_empty(self) -> bool:
        """True when nothing narrows the guide down (the first page of everything)."""
        return self == GuideFilters(page=self.page)

    @property
    def whole_set(self) -> str | None:
        """The set of the whole guide these filters select, if they narrow it
        down by nothing a visitor types: "all", or "located" (a place without a
        radius: every enterprise with coordinates, nearest first); else None."""
        if self.is_empty:
            return "all"
        if self.km is None and dataclasses.replace(self, near=None).is_empty:
            return "located"
        return None


def _number(value: float) -> str:
    text = repr(float(value))
    return text.removesuffix(".0")


def _last(params: QueryDict, key: str) -> str:
    return (params.get(key) or "").strip()


def _clean_query(raw: str) -> str:
    text = CONTROL_CHARACTERS.sub(" ", raw)
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def _slugs(params: QueryDict, key: str) -> tuple[str, ...]:
    values = (value.strip() for value in params.getlist(key))
    return tuple(dict.fromkeys(value for value in values if value))


def _shown(value: str) -> str:
    """A visitor's value, cut short and without control characters, for a message."""
    text = CONTROL_CHARACTERS.sub("", value)
    return text if len(text) <= 60 else text[:59] + "…"


def _check_terms(dimension, slugs, locale, message) -> None:
    if not slugs:
        return
    known = {slug for slug, _name, _id in guide_terms(locale)[dimension]}
    for slug in slugs:
        if slug not in known:
            raise GuideParamError(message % {"slug": _shown(slug)})


def _flag(params: QueryDict, key: str) -> bool:
    value = _last(params, key).lower()
    flag = SWITCH_WORDS.read(value)
    if flag is not None:
        return flag
    raise GuideParamError(
        _("Invalid value for %(name)s: %(value)s (use 1 or 0)")
        % {"name": key, "value": _shown(value)}
    )


def _finite(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):
        raise ValueError(text)
    return number


def _near(params: QueryDict) -> tuple[float, float] | None:
    value = _last(params, "near")
    if not value:
        return None
    try:
        latitude, longitude = (_finite(part) for part in value.split(","))
    except ValueError:
        latitude = longitude = math.nan
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        raise GuideParamError(
            _("Invalid near: %(value)s (use latitude,longitude, e.g. 51.05,3.72)")
            % {"value": _shown(value)}
        )
    return latitude, longitude


def _municipality(params: QueryDict) -> tuple[str, tuple[float, float] | None]:
    """The municipality typed (or ""), and its centre."""
    typed = _clean_query(params.get("municipality") or "")[:MAX_MUNICIPALITY_LENGTH]
    if not typed:
        return "", None
    centre = municipality_centre(typed)
    if centre is None:
        raise GuideParamError(
            _(
                "Unknown municipality: %(value)s (type a Belgian municipality or "
                "its postcode, e.g. Gent or 9000)"
            )
            % {"value": _shown(typed)}
        )
    return typed, centre


def _km(params: QueryDict) -> float | None:
    value = _last(params, "km")
    if not value:
        return None
    try:
        radius = _finite(value)
    except ValueError:
        radius = math.nan
    if not 0 < radius <= MAX_RADIUS_KM:
        raise GuideParamError(
            _("Invalid km: %(value)s (use a distance above 0 and up to %(max)s km)")
            % {"value": _shown(value), "max": _number(MAX_RADIUS_KM)}
        )
    return radius


def _page(params: QueryDict) -> int:
    value = _last(params, "page")
    if not value:
        return 1
    if (
        value.isascii()
        and value.isdigit()
        and len(value) <= MAX_PAGE_DIGITS
        and int(value) >= 1
    ):
        return int(value)
    raise GuideParamError(
        _("Invalid page: %(value)s (pages are numbered from 1)")
        % {"value": _shown(value)}
    )


def parse_guide_params(params: QueryDict, *, locale) -> GuideFilters:
    """Check the guide's parameters; raise GuideParamError on a bad one.

    Empty values count as absent, so an untouched form field narrows nothing; a
    repeated single-valued parameter takes its last value; unknown ones are ignored.
    `km` without `near` has nothing to measure from and is ignored once checked.
    A `municipality` is measured from instead of `near`.
    """
    locale = as_locale(locale)
    sectors = _slugs(params, "sector")
    provinces = _slugs(params, "province")
    labels = _slugs(params, "label")
    _check_terms("sector", sectors, locale, _("Unknown sector: %(slug)s"))
    for slug in provinces:
        if slug not in PROVINCES_BY_SLUG:
            raise GuideParamError(
                _("Unknown province: %(slug)s") % {"slug": _shown(slug)}
            )
    _check_terms("label", labels, locale, _("Unknown label: %(slug)s"))
    municipality, near = _municipality(params)
    if not municipality:
        near = _near(params)
    km = _km(params)
    return GuideFilters(
        q=_clean_query(params.get("q") or ""),
        sectors=sectors,
        provinces=provinces,
        labels=labels,
        cooperative=_flag(params, "cooperative"),
        nrc=_flag(params, "nrc"),
        near=near,
        km=km if near is not None else None,
        page=_page(params),
        municipality=municipality,
    )
