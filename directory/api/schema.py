"""The API described as an OpenAPI 3.1 document, served at /api/v1/schema/."""

from directory.api.params import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE
from directory.api.serializers import LICENSE
from directory.exchange.columns import COLUMNS
from directory.finder.params import MAX_QUERY_LENGTH, MAX_RADIUS_KM
from directory.rules.legal_forms import LegalForm
from directory.rules.provinces import PROVINCES

PREFIX = "/api/v1"


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def _param(name: str, description: str, schema: dict, **extra) -> dict:
    return {
        "name": name,
        "in": "query",
        "description": description,
        "schema": schema,
        **extra,
    }


def _repeatable(name: str, description: str) -> dict:
    return _param(
        name,
        description,
        {"type": "array", "items": {"type": "string"}},
        style="form",
        explode=True,
    )


def _json(schema: dict, description: str, media_type: str = "application/json"):
    return {"description": description, "content": {media_type: {"schema": schema}}}


def _error(description: str) -> dict:
    return _json(_ref("Error"), description)


LOCALE = _param(
    "locale",
    "Language of the results and their texts.",
    {"type": "string", "enum": ["nl", "fr"], "default": "nl"},
)
FILTER_PARAMETERS = [
    _param("q", "Free text.", {"type": "string", "maxLength": MAX_QUERY_LENGTH}),
    _repeatable("sector", "Sector slug; repeat for several (any of them)."),
    _repeatable("province", "Province slug; repeat for several (any of them)."),
    _repeatable("label", "Label slug; repeat for several (any of them)."),
    _param(
        "cooperative", "1: cooperatives only.", {"type": "string", "enum": ["0", "1"]}
    ),
    _param("nrc", "1: NRC accredited only.", {"type": "string", "enum": ["0", "1"]}),
    _param(
        "near",
        "`<latitude>,<longitude>`: sort nearest first (only enterprises with coordinates).",
        {"type": "string", "pattern": r"^-?\d+(\.\d+)?,-?\d+(\.\d+)?$"},
        example="51.05,3.72",
    ),
    _param(
        "km",
        "With `near`: only enterprises within this many kilometres.",
        {"type": "number", "exclusiveMinimum": 0, "maximum": MAX_RADIUS_KM},
    ),
]
LIST_PARAMETERS = [
    *FILTER_PARAMETERS,
    _param("page", "Page number, from 1.", {"type": "integer", "minimum": 1}),
    _param(
        "page_size",
        "Results per page.",
        {
            "type": "integer",
            "minimum": 1,
            "maximum": MAX_PAGE_SIZE,
            "default": DEFAULT_PAGE_SIZE,
        },
    ),
    LOCALE,
    _param(
        "format",
        "`geojson`: the current page as a GeoJSON FeatureCollection (enterprises "
        "without coordinates are left out).",
        {"type": "string", "enum": ["json", "geojson"], "default": "json"},
    ),
]

NULLABLE_STRING = {"type": ["string", "null"]}
NULLABLE_NUMBER = {"type": ["number", "null"]}
NULLABLE_URL = {"type": ["string", "null"], "format": "uri"}
TERM = {
    "type": "object",
    "required": ["slug", "name"],
    "properties": {"slug": {"type": "string"}, "name": {"type": "string"}},
}
FACET = {
    "type": "object",
    "required": ["slug", "name", "count"],
    "properties": {
        "slug": {"type": "string"},
        "name": {"type": "string"},
        "count": {"type": "integer", "minimum": 0},
    },
}
ENTERPRISE = {
    "type": "object",
    "properties": {
        "id": {"type": "integer"},
        "name": {"type": "string"},
        "url": {
            **NULLABLE_URL,
            "description": "Its page in the guide (null when the guide is offline).",
        },
        "enterprise_number": {
            **NULLABLE_STRING,
            "pattern": r"^\d{4}\.\d{3}\.\d{3}$",
            "example": "0123.456.749",
        },
        "legal_form": {"type": "string", "enum": list(LegalForm.values)},
        "cooperative": {"type": "boolean"},
        "nrc_accredited": {"type": "boolean"},
        "sectors": {"type": "array", "items": _ref("Term")},
        "labels": {"type": "array", "items": _ref("Term")},
        "street": {"type": "string"},
        "postcode": {"type": "string"},
        "municipality": {"type": "string"},
        "province": {"type": "string", "enum": [p.slug for p in PROVINCES]},
        "latitude": NULLABLE_NUMBER,
        "longitude": NULLABLE_NUMBER,
        "website": {"type": "string"},
        "email": {"type": "string"},
        "phone": {"type": "string"},
        "description": {
            "type": "string",
            "description": "In `locale`; the Dutch text when no translation exists.",
        },
        "description_locale": {
            "type": "string",
            "description": "The language `description` is written in.",
        },
        "locale": {"type": "string", "enum": ["nl", "fr"]},
    },
}
ENTERPRISE["required"] = list(ENTERPRISE["properties"])
PAGING = {
    "count": {"type": "integer", "minimum": 0},
    "next": NULLABLE_URL,
    "previous": NULLABLE_URL,
    "license": _ref("License"),
}
SCHEMAS = {
    "Term": TERM,
    "Facet": FACET,
    "Enterprise": ENTERPRISE,
    "License": {
        "type": "object",
        "required": ["name", "url"],
        "properties": {"name": {"type": "string"}, "url": {"type": "string"}},
    },
    "EnterpriseList": {
        "type": "object",
        "required": ["count", "next", "previous", "results", "facets", "license"],
        "properties": {
            **PAGING,
            "results": {"type": "array", "items": _ref("Enterprise")},
            "facets": {
                "type": "object",
                "description": "Every term with its count in the whole result set.",
                "required": ["sector", "province", "label"],
                "properties": {
                    key: {"type": "array", "items": _ref("Facet")}
                    for key in ("sector", "province", "label")
                },
            },
        },
    },
    "EnterpriseDownload": {
        "type": "object",
        "required": ["count", "license", "results"],
        "properties": {
            "count": PAGING["count"],
            "license": PAGING["license"],
            "results": {"type": "array", "items": _ref("Enterprise")},
        },
    },
    "FeatureCollection": {
        "type": "object",
        "description": "GeoJSON (RFC 7946) of the current page.",
        "required": ["type", "features"],
        "properties": {
            **PAGING,
            "type": {"const": "FeatureCollection"},
            "features": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["type", "geometry", "properties"],
                    "properties": {
                        "type": {"const": "Feature"},
                        "id": {"type": "integer"},
                        "geometry": {
                            "type": "object",
                            "properties": {
                                "type": {"const": "Point"},
                                "coordinates": {
                                    "description": "[longitude, latitude]",
                                    "type": "array",
                                    "items": {"type": "number"},
                                    "minItems": 2,
                                    "maxItems": 2,
                                },
                            },
                        },
                        "properties": {
                            "type": "object",
                            "properties": {
                                "id": {"type": "integer"},
                                "name": {"type": "string"},
                                "url": NULLABLE_URL,
                                "municipality": {"type": "string"},
                            },
                        },
                    },
                },
            },
        },
    },
    "Suggestions": {
        "type": "object",
        "required": ["results"],
        "properties": {
            "results": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["name", "url"],
                    "properties": {"name": {"type": "string"}, "url": NULLABLE_URL},
                },
            }
        },
    },
    "Error": {
        "type": "object",
        "required": ["error"],
        "properties": {"error": {"type": "string"}},
    },
}

PATHS = {
    f"{PREFIX}/enterprises/": {
        "get": {
            "operationId": "listEnterprises",
            "summary": "Published enterprises of the MeMO guide, filtered and paged.",
            "parameters": LIST_PARAMETERS,
            "responses": {
                "200": {
                    "description": "One page of results with the facets of all results.",
                    "content": {
                        "application/json": {"schema": _ref("EnterpriseList")},
                        "application/geo+json": {"schema": _ref("FeatureCollection")},
                    },
                },
                "400": _error(
                    "A parameter is malformed, unknown, or the page is out of range."
                ),
            },
        }
    },
    **{
        f"{PREFIX}/enterprises/export.{output}": {
            "get": {
                "operationId": f"download{name}",
                "summary": f"Every published enterprise the filters select, as {name} "
                "in one download, by name.",
                "description": description,
                "parameters": [*FILTER_PARAMETERS, LOCALE],
                "responses": {
                    "200": {
                        "description": "The file, with a `Link` header naming its "
                        "licence.",
                        "content": {media_type: {"schema": schema}},
                    },
                    "400": _error("A parameter is malformed or unknown."),
                    "429": _error(
                        "Too many downloads from this address within the hour; "
                        "the `Retry-After` header gives the seconds to wait."
                    ),
                },
            }
        }
        for output, name, media_type, schema, description in (
            (
                "csv",
                "CSV",
                "text/csv",
                {"type": "string"},
                "The columns of the import and export format: "
                + ", ".join(COLUMNS)
                + ".",
            ),
            (
                "json",
                "JSON",
                "application/json",
                _ref("EnterpriseDownload"),
                "The enterprises as the list gives them.",
            ),
            (
                "geojson",
                "GeoJSON",
                "application/geo+json",
                _ref("FeatureCollection"),
                "The enterprises with coordinates, as the list's GeoJSON gives them.",
            ),
        )
    },
    f"{PREFIX}/enterprises/{{id}}/": {
        "get": {
            "operationId": "getEnterprise",
            "summary": "One published enterprise.",
            "parameters": [
                {
                    "name": "id",
                    "in": "path",
                    "required": True,
                    "schema": {"type": "integer"},
                },
                {
                    **LOCALE,
                    "description": "Its version in this language (default: the "
                    "language of `id`).",
                    "schema": {"type": "string", "enum": ["nl", "fr"]},
                },
            ],
            "responses": {
                "200": _json(_ref("Enterprise"), "The enterprise."),
                "400": _error("Unknown locale."),
                "404": _error("No published enterprise has this id."),
            },
        }
    },
    f"{PREFIX}/enterprises/autocomplete/": {
        "get": {
            "operationId": "suggestEnterpriseNames",
            "summary": "Names of published enterprises that begin like `q`.",
            "parameters": [
                _param("q", "The beginning of a name.", {"type": "string"}),
                LOCALE,
            ],
            "responses": {
                "200": _json(_ref("Suggestions"), "At most 8 suggestions."),
                "400": _error("Unknown locale."),
            },
        }
    },
    f"{PREFIX}/schema/": {
        "get": {
            "operationId": "getSchema",
            "summary": "This document.",
            "responses": {"200": {"description": "OpenAPI 3.1 document."}},
        }
    },
}


def openapi_document(server_url: str) -> dict:
    """The OpenAPI document, with the site's own address as its server."""
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Coopkracht MeMO guide: open data",
            "version": "1.0.0",
            "description": (
                "Read-only, public data on the people- and environment-friendly "
                "enterprises of the MeMO guide, in Dutch and French. Every error is "
                'answered as JSON `{"error": "..."}`. Responses may be cached for '
                "5 minutes. Data licence: CC BY 4.0 (attribute Coopkracht)."
            ),
            "license": LICENSE,
        },
        "servers": [{"url": server_url.rstrip("/")}],
        "paths": PATHS,
        "components": {"schemas": SCHEMAS},
    }
