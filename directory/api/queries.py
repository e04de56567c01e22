"""The open-data API's query parameters, as ninja Schemas for its OpenAPI document.

The views read them with the guide's own parsers (`directory.finder`,
`directory.api.params`), whose refusals are the contract's JSON 400s.
"""

from ninja import Field, Schema

from directory.api.params import (
    DEFAULT_LANGUAGE,
    DEFAULT_PAGE_SIZE,
    FORMATS,
    MAX_PAGE_SIZE,
)
from directory.finder.params import MAX_QUERY_LENGTH, MAX_RADIUS_KM
from directory.schemas import LANGUAGES, one_of


def locale(default, description: str):
    return one_of(LANGUAGES, default, description=description)


class LocaleQuery(Schema):
    locale: str = locale(DEFAULT_LANGUAGE, "Language of the results and their texts.")


class FilterQuery(Schema):
    q: str = Field(None, max_length=MAX_QUERY_LENGTH, description="Free text.")
    sector: list[str] = Field(
        None, description="Sector slug; repeat for several (any of them)."
    )
    province: list[str] = Field(
        None, description="Province slug; repeat for several (any of them)."
    )
    label: list[str] = Field(
        None, description="Label slug; repeat for several (any of them)."
    )
    cooperative: str = one_of(("0", "1"), None, description="1: cooperatives only.")
    nrc: str = one_of(("0", "1"), None, description="1: NRC accredited only.")
    near: str = Field(
        None,
        pattern=r"^-?\d+(\.\d+)?,-?\d+(\.\d+)?$",
        description="`<latitude>,<longitude>`: sort nearest first (only "
        "enterprises with coordinates).",
        json_schema_extra={"example": "51.05,3.72"},
    )
    km: float = Field(
        None,
        gt=0,
        le=MAX_RADIUS_KM,
        description="With `near`: only enterprises within this many kilometres.",
    )


class DownloadQuery(LocaleQuery, FilterQuery):
    pass


class ListQuery(DownloadQuery):
    page: int = Field(None, ge=1, description="Page number, from 1.")
    page_size: int = Field(
        DEFAULT_PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE, description="Results per page."
    )
    format: str = one_of(
        FORMATS,
        FORMATS[0],
        description="`geojson`: the current page as a GeoJSON FeatureCollection "
        "(enterprises without coordinates are left out).",
    )


class DetailQuery(Schema):
    locale: str = locale(
        None, "Its version in this language (default: the language of `id`)."
    )


class AutocompleteQuery(LocaleQuery):
    q: str = Field(None, description="The beginning of a name.")
