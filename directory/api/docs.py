"""The OpenAPI document as a reference for people: operations and data shapes.

`api_reference` turns the document into plain lists and strings for a template,
so the page says exactly what the document says.
"""

import re

from django.urls import reverse

from directory.api.params import DEFAULT_LANGUAGE

REF_PREFIX = "#/components/schemas/"
CODE = re.compile(r"`([^`]*)`")


def docs_url(language: str) -> str:
    """The address of this reference in `language`."""
    url = reverse("api:docs")
    return url if language == DEFAULT_LANGUAGE else f"{url}?locale={language}"


def text_parts(text: str) -> list[dict]:
    """`text` in pieces; the `quoted` ones are code."""
    pieces = CODE.split(text or "")
    return [
        {"text": piece, "code": bool(number % 2)}
        for number, piece in enumerate(pieces)
        if piece
    ]


def schema_type(schema: dict) -> dict:
    """A schema's type in words, and the named schema it leads to, if any."""
    if "$ref" in schema:
        name = schema["$ref"].removeprefix(REF_PREFIX)
        return {"text": name, "ref": name}
    if "const" in schema:
        return {"text": f'"{schema["const"]}"', "ref": None}
    if "enum" in schema:
        return {"text": " | ".join(str(v) for v in schema["enum"]), "ref": None}
    kind = schema.get("type", "object")
    if kind == "array":
        items = schema_type(schema.get("items", {}))
        return {"text": f"array of {items['text']}", "ref": items["ref"]}
    text = " or ".join(kind) if isinstance(kind, list) else kind
    if "format" in schema:
        text += f" ({schema['format']})"
    return {"text": text, "ref": None}


def _parameter(parameter: dict) -> dict:
    schema = parameter.get("schema", {})
    return {
        "name": parameter["name"],
        "where": parameter["in"],
        "required": parameter.get("required", False),
        "type": schema_type(schema),
        "default": schema.get("default"),
        "description": text_parts(parameter.get("description", "")),
    }


def _response(status: str, response: dict) -> dict:
    return {
        "status": status,
        "description": text_parts(response["description"]),
        "media": [
            {"type": media_type, "schema": schema_type(content.get("schema", {}))}
            for media_type, content in response.get("content", {}).items()
        ],
    }


def _operations(paths: dict) -> list[dict]:
    return [
        {
            "id": operation["operationId"],
            "method": method.upper(),
            "path": path,
            "summary": text_parts(operation.get("summary", "")),
            "description": text_parts(operation.get("description", "")),
            "parameters": [_parameter(p) for p in operation.get("parameters", ())],
            "responses": [
                _response(status, response)
                for status, response in operation["responses"].items()
            ],
        }
        for path, methods in paths.items()
        for method, operation in methods.items()
    ]


def _schemas(schemas: dict) -> list[dict]:
    return [
        {
            "name": name,
            "description": text_parts(schema.get("description", "")),
            "properties": [
                {
                    "name": key,
                    "type": schema_type(value),
                    "required": key in schema.get("required", ()),
                    "description": text_parts(value.get("description", "")),
                }
                for key, value in schema.get("properties", {}).items()
            ],
        }
        for name, schema in schemas.items()
    ]


def api_reference(document: dict) -> dict:
    """What the page shows of the OpenAPI `document`."""
    info = document["info"]
    return {
        "title": info["title"],
        "version": info["version"],
        "description": text_parts(info.get("description", "")),
        "server": document["servers"][0]["url"],
        "operations": _operations(document["paths"]),
        "schemas": _schemas(document["components"]["schemas"]),
    }
