"""The guide as open data: the open-data API's answers, as ninja Schemas.

The answers are built through these Schemas (`directory.api.serializers`) and the
API's OpenAPI document is generated from them (`directory.api.openapi`), so
neither can say what the other does not. `Enterprise` is also the one
declaration of the exchange format's columns: its fields marked `COLUMN`
(`directory.exchange.columns`).

Values are checked by type; the enums and patterns the document names are the
data rules', which every write already enforces.
"""

from typing import Annotated, Literal

from django.conf import settings
from ninja import Field, Schema
from pydantic import WithJsonSchema

from directory.rules.legal_forms import LegalForm
from directory.rules.provinces import PROVINCES


class Column:
    """Marks a field of `Enterprise` that is also a column of the exchange format."""


COLUMN = Column()
LANGUAGES = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]

# `X | None` is written `"type": [X, "null"]`, as the reference page and the
# document's readers expect, instead of pydantic's `anyOf`.
NullableString = Annotated[str | None, WithJsonSchema({"type": ["string", "null"]})]
NullableNumber = Annotated[float | None, WithJsonSchema({"type": ["number", "null"]})]
NullableUrl = Annotated[
    str | None, WithJsonSchema({"type": ["string", "null"], "format": "uri"})
]


def one_of(values, default=..., **details):
    """A string field whose documented values are `values`."""
    return Field(default, json_schema_extra={"enum": list(values)}, **details)


class Term(Schema):
    slug: str
    name: str


class Facet(Schema):
    slug: str
    name: str
    count: int = Field(ge=0)


class License(Schema):
    name: str
    url: str


class Error(Schema):
    error: str


class Enterprise(Schema):
    """One published enterprise, in the language of `locale`."""

    id: int
    name: Annotated[str, COLUMN]
    url: NullableUrl = Field(
        description="Its page in the guide (null when the guide is offline)."
    )
    enterprise_number: Annotated[NullableString, COLUMN] = Field(
        json_schema_extra={
            "pattern": r"^\d{4}\.\d{3}\.\d{3}$",
            "example": "0123.456.749",
        }
    )
    legal_form: Annotated[str, COLUMN] = one_of(LegalForm.values)
    cooperative: Annotated[bool, COLUMN]
    nrc_accredited: Annotated[bool, COLUMN]
    sectors: Annotated[list[Term], COLUMN]
    labels: Annotated[list[Term], COLUMN]
    street: Annotated[str, COLUMN]
    postcode: Annotated[str, COLUMN]
    municipality: Annotated[str, COLUMN]
    province: str = one_of(province.slug for province in PROVINCES)
    latitude: Annotated[NullableNumber, COLUMN]
    longitude: Annotated[NullableNumber, COLUMN]
    website: Annotated[str, COLUMN]
    email: Annotated[str, COLUMN]
    phone: Annotated[str, COLUMN]
    description: str = Field(
        description="In `locale`; the Dutch text when no translation exists."
    )
    description_locale: str = Field(
        description="The language `description` is written in."
    )
    locale: str = one_of(LANGUAGES)


def columns(schema: type[Schema]) -> list[str]:
    """The fields of `schema` marked `COLUMN`, in its order."""
    return [
        name
        for name, field in schema.model_fields.items()
        if any(isinstance(mark, Column) for mark in field.metadata)
    ]


class Facets(Schema):
    """Every term with its count in the whole result set."""

    sector: list[Facet]
    province: list[Facet]
    label: list[Facet]


class EnterpriseList(Schema):
    count: int = Field(ge=0)
    next: NullableUrl
    previous: NullableUrl
    results: list[Enterprise]
    facets: Facets
    license: License


class EnterpriseDownload(Schema):
    count: int = Field(ge=0)
    license: License
    results: list[Enterprise]


class Point(Schema):
    type: Literal["Point"]
    coordinates: list[float] = Field(
        description="[longitude, latitude]", min_length=2, max_length=2
    )


class FeatureProperties(Schema):
    id: int
    name: str
    url: NullableUrl
    municipality: str


class Feature(Schema):
    type: Literal["Feature"]
    id: int
    geometry: Point
    properties: FeatureProperties


class FeatureCollection(Schema):
    """GeoJSON (RFC 7946) of the current page."""

    type: Literal["FeatureCollection"]
    features: list[Feature]
    count: int = Field(ge=0)
    next: NullableUrl
    previous: NullableUrl
    license: License


class FeatureDownload(Schema):
    """GeoJSON (RFC 7946) of every enterprise with coordinates the filters select."""

    type: Literal["FeatureCollection"]
    count: int = Field(ge=0)
    license: License
    features: list[Feature]


class Suggestion(Schema):
    name: str
    url: NullableUrl


class Suggestions(Schema):
    results: list[Suggestion]
