"""The open-data API: shapes, parameters, errors, formats, schema.

See docs/contract.md#api.
"""

import json

import pytest
from django.test import Client
from django.urls import reverse
from django.utils.translation import gettext, override
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from directory.models import Enterprise
from tests.directory.factories import french_version
from tests.directory.support import LIST, bulk_enterprises
from tests.translations import in_language

pytestmark = pytest.mark.django_db

RESULT_KEYS = {
    "id",
    "name",
    "url",
    "enterprise_number",
    "legal_form",
    "cooperative",
    "nrc_accredited",
    "sectors",
    "labels",
    "street",
    "postcode",
    "municipality",
    "province",
    "latitude",
    "longitude",
    "website",
    "email",
    "phone",
    "description",
    "description_locale",
    "locale",
}


def get(client, path=LIST, **params):
    return client.get(path, params)


def body(response) -> dict:
    return json.loads(response.content)


# The list -----------------------------------------------------------------------


def test_list_has_the_documented_shape(client, api_sample):
    response = get(client)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["Cache-Control"] == "public, max-age=300"
    data = body(response)
    assert set(data) == {"count", "next", "previous", "results", "facets", "license"}
    assert data["count"] == 3
    assert data["next"] is None and data["previous"] is None
    assert data["license"]["name"] == "CC BY 4.0"
    assert data["license"]["url"].startswith("https://creativecommons.org/")
    assert all(set(result) == RESULT_KEYS for result in data["results"])
    assert set(data["facets"]) == {"sector", "province", "label"}
    assert [len(data["facets"][k]) for k in ("sector", "province", "label")] == [
        14,
        6,
        6,
    ]
    assert all(set(f) == {"slug", "name", "count"} for f in data["facets"]["sector"])


def test_a_result_in_full(client, api_sample):
    ecopower = api_sample["ecopower"]
    result = next(r for r in body(get(client))["results"] if r["name"] == "Ecopower")
    assert result == {
        "id": ecopower.pk,
        "name": "Ecopower",
        "url": f"http://testserver/nl/memo-gids/{ecopower.slug}/",
        "enterprise_number": "0123.456.749",
        "legal_form": "cv",
        "cooperative": True,
        "nrc_accredited": False,
        "sectors": [{"slug": "energie", "name": "Energie"}],
        "labels": [{"slug": "bio", "name": "Bio"}],
        "street": "Veldstraat 1",
        "postcode": "2000",
        "municipality": "Antwerpen",
        "province": "antwerpen",
        "latitude": 51.2194,
        "longitude": 4.4025,
        "website": "https://www.ecopower.be",
        "email": "info@example.org",
        "phone": "09 123 45 67",
        "description": "Groene stroom van burgers.",
        "description_locale": "nl",
        "locale": "nl",
    }
    beauvent = next(r for r in body(get(client))["results"] if r["name"] == "Beauvent")
    assert beauvent["enterprise_number"] is None


def test_french_results_with_fallback_description(client, api_sample):
    results = {r["name"]: r for r in body(get(client, locale="fr"))["results"]}
    ecopower = results["Ecopower"]
    assert ecopower["id"] == french_version(api_sample["ecopower"]).pk
    assert ecopower["locale"] == "fr"
    assert ecopower["url"] == (
        f"http://testserver/fr/guide-memo/{api_sample['ecopower'].slug}/"
    )
    assert ecopower["sectors"] == [{"slug": "energie", "name": "Énergie"}]
    assert ecopower["description"] == "Électricité verte citoyenne."
    assert ecopower["description_locale"] == "fr"
    beauvent = results["Beauvent"]
    assert beauvent["description"] == "Windmolens in West-Vlaanderen."
    assert beauvent["description_locale"] == "nl"


def test_drafts_and_unpublished_translations_never_appear(client, api_sample):
    assert "Ontwerp" not in [r["name"] for r in body(get(client))["results"]]
    Enterprise.objects.filter(pk=french_version(api_sample["beauvent"]).pk).update(
        live=False
    )
    french = [r["name"] for r in body(get(client, locale="fr"))["results"]]
    assert "Beauvent" not in french and "Ontwerp" not in french
    assert body(get(client, q="Ontwerp"))["count"] == 0


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"sector": "energie"}, ["Beauvent", "Ecopower"]),
        ({"sector": ["ict", "wonen"]}, ["Beauvent", "Zonder Coördinaten"]),
        ({"sector": "energie", "label": "bio"}, ["Ecopower"]),
        (
            {"province": ["antwerpen", "oost-vlaanderen"]},
            ["Ecopower", "Zonder Coördinaten"],
        ),
        ({"cooperative": "1"}, ["Beauvent", "Ecopower"]),
        ({"nrc": "1"}, ["Beauvent"]),
        ({"q": "Windmolens"}, ["Beauvent"]),
        ({"near": "51.2093,3.2247", "km": "100"}, ["Beauvent", "Ecopower"]),
        ({"near": "51.2194,4.4025"}, ["Ecopower", "Beauvent"]),
        ({"sector": "kringloop"}, []),
    ],
)
def test_every_filter_parameter(client, api_sample, params, expected):
    data = body(get(client, **params))
    assert [r["name"] for r in data["results"]] == expected
    assert data["count"] == len(expected)
    # Province counts ignore the province choice: the chosen ones add up to the count.
    chosen = params.get("province", [])
    total = sum(
        f["count"]
        for f in data["facets"]["province"]
        if not chosen or f["slug"] in chosen
    )
    assert total == data["count"]


def test_facets_count_the_result_set(client, api_sample):
    facets = body(get(client, sector="energie"))["facets"]
    sectors = {f["slug"]: f["count"] for f in facets["sector"]}
    # Sector counts ignore the sector choice: ticking ICT too would add one result.
    assert (sectors["energie"], sectors["wonen"], sectors["ict"]) == (2, 1, 1)
    assert sectors["kringloop"] == 0
    provinces = {f["slug"]: f["count"] for f in facets["province"]}
    assert provinces["west-vlaanderen"] == 1 and provinces["oost-vlaanderen"] == 0
    french = body(get(client, locale="fr"))["facets"]["province"]
    assert {"slug": "brussel", "name": "Bruxelles", "count": 0} in french


def test_next_and_previous_are_absolute_and_keep_the_query(
    client, locale_nl, locale_fr
):
    bulk_enterprises(45)
    data = body(get(client, locale="fr", cooperative="1"))
    assert data["count"] == 23
    assert data["previous"] is None
    assert (
        data["next"]
        == "http://testserver/api/v1/enterprises/?locale=fr&cooperative=1&page=2"
    )
    second = body(client.get(data["next"]))
    assert second["previous"] == (
        "http://testserver/api/v1/enterprises/?locale=fr&cooperative=1"
    )
    assert second["next"] is None
    assert len(second["results"]) == 3
    assert {r["locale"] for r in second["results"]} == {"fr"}


def test_page_size(client, locale_nl, locale_fr):
    bulk_enterprises(30)
    assert len(body(get(client, page_size="7"))["results"]) == 7
    assert body(get(client, page_size="7", page="5"))["next"] is None


# Errors -------------------------------------------------------------------------


UNKNOWN_SECTOR = "Unknown sector: %(slug)s"
INVALID_NEAR = "Invalid near: %(value)s (use latitude,longitude, e.g. 51.05,3.72)"
INVALID_KM = "Invalid km: %(value)s (use a distance above 0 and up to %(max)s km)"
INVALID_PAGE = "Invalid page: %(value)s (pages are numbered from 1)"
INVALID_FLAG = "Invalid value for %(name)s: %(value)s (use 1 or 0)"
INVALID_PAGE_SIZE = "Invalid page_size: %(value)s (use 1 to %(max)d)"


@pytest.mark.parametrize(
    ("params", "msgid", "values"),
    [
        ({"locale": ""}, None, None),
        ({"sector": "xyz"}, UNKNOWN_SECTOR, {"slug": "xyz"}),
        ({"province": "luik"}, "Unknown province: %(slug)s", {"slug": "luik"}),
        ({"label": "xyz"}, "Unknown label: %(slug)s", {"slug": "xyz"}),
        ({"near": "abc"}, INVALID_NEAR, {"value": "abc"}),
        (
            {"near": "51.05,3.72", "km": "-1"},
            INVALID_KM,
            {"value": "-1", "max": "1000"},
        ),
        ({"near": "51.05,3.72", "km": "x"}, INVALID_KM, {"value": "x", "max": "1000"}),
        ({"km": "x"}, INVALID_KM, {"value": "x", "max": "1000"}),
        ({"page": "0"}, INVALID_PAGE, {"value": "0"}),
        ({"page": "abc"}, INVALID_PAGE, {"value": "abc"}),
        (
            {"page": "2"},
            "Page %(page)d does not exist: the last page is %(last)d.",
            {"page": 2, "last": 1},
        ),
        ({"page": "99999999999999999999"}, INVALID_PAGE, {"value": "9" * 20}),
        (
            {"cooperative": "maybe"},
            INVALID_FLAG,
            {"name": "cooperative", "value": "maybe"},
        ),
        ({"nrc": "yes please"}, INVALID_FLAG, {"name": "nrc", "value": "yes please"}),
        (
            {"format": "xml"},
            "Unknown format: %(value)s (use json or geojson)",
            {"value": "xml"},
        ),
        ({"page_size": "0"}, INVALID_PAGE_SIZE, {"value": "0", "max": 100}),
        ({"page_size": "1000"}, INVALID_PAGE_SIZE, {"value": "1000", "max": 100}),
    ],
)
def test_bad_parameters_answer_400_json_in_the_requested_language(
    client, locale_nl, locale_fr, params, msgid, values
):
    response = get(client, **params)
    if msgid is None:  # an empty value counts as absent
        assert response.status_code == 200
        return
    french = get(client, locale="fr", **params)
    for language, answer in (("nl", response), ("fr", french)):
        assert answer.status_code == 400
        assert answer["Content-Type"] == "application/json"
        data = body(answer)
        assert set(data) == {"error"}
        assert data["error"] == in_language(language, msgid, **values)


def test_an_unknown_locale_answers_400_json_in_dutch(client, locale_nl, locale_fr):
    response = get(client, locale="de")
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    data = body(response)
    assert set(data) == {"error"}
    msgid = "Unknown locale: %(value)s (use %(known)s)"
    with override("nl"):
        template = gettext(msgid)
    assert template != msgid, "no Dutch translation of the unknown locale message"
    before, after = template.split("%(known)s")
    error = data["error"]
    assert error.startswith(before % {"value": "de"})
    assert error.endswith(after)
    known = error.removeprefix(before % {"value": "de"}).removesuffix(after)
    assert "nl" in known and "fr" in known


@pytest.mark.parametrize("csrf_cookie", [False, True])
@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
@pytest.mark.parametrize(
    "path", [LIST, "/api/v1/enterprises/autocomplete/", "/api/v1/schema/"]
)
def test_only_get_is_allowed(locale_nl, locale_fr, method, path, csrf_cookie):
    """With CSRF checks on, as in production, with or without a CSRF cookie."""
    client = Client(enforce_csrf_checks=True)
    if csrf_cookie:
        client.cookies["csrftoken"] = "k" * 32
    response = getattr(client, method)(
        path,
        "naam=\xe9",
        content_type="application/x-www-form-urlencoded; charset=latin-1",
    )
    assert response.status_code == 405
    assert "error" in body(response)
    assert "GET" in response["Allow"]


def test_cors_is_open_for_get(client, locale_nl, locale_fr):
    response = client.get(LIST, headers={"Origin": "https://example.org"})
    assert response["Access-Control-Allow-Origin"] == "*"


@pytest.mark.parametrize(
    "q", ["\x00", "a\x00b", "x" * 10_000, '"', "*", "~", "AND", "\\", "é AND (", "%"]
)
def test_hostile_queries_never_fail(client, api_sample, q):
    for path in (LIST, "/api/v1/enterprises/autocomplete/"):
        response = get(client, path, q=q)
        assert response.status_code == 200, (path, q)
        assert "results" in body(response)


def test_repeated_and_unknown_parameters(client, api_sample):
    response = client.get(
        LIST + "?page=1&page=1&locale=nl&locale=fr&foo=bar&q=&q=Ecopower"
    )
    assert response.status_code == 200
    assert body(response)["results"][0]["locale"] == "fr"
    response = client.get(LIST + "?sector=energie&sector=energie&sector=%00")
    assert response.status_code == 400


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    params=st.dictionaries(
        st.sampled_from(
            [
                "q",
                "sector",
                "province",
                "label",
                "near",
                "km",
                "page",
                "locale",
                "cooperative",
                "nrc",
                "format",
                "page_size",
                "x",
            ]
        ),
        st.text(max_size=30),
        max_size=5,
    )
)
def test_any_parameters_answer_200_or_400(client, locale_nl, locale_fr, params):
    response = client.get(LIST, params)
    assert response.status_code in (200, 400)
    assert isinstance(body(response), dict)


# One enterprise -----------------------------------------------------------------


def test_detail(client, api_sample):
    ecopower = api_sample["ecopower"]
    response = client.get(f"/api/v1/enterprises/{ecopower.pk}/")
    assert response.status_code == 200
    data = body(response)
    assert set(data) == RESULT_KEYS
    assert data["id"] == ecopower.pk and data["locale"] == "nl"
    assert data["url"] == f"http://testserver/nl/memo-gids/{ecopower.slug}/"
    french = body(client.get(f"/api/v1/enterprises/{ecopower.pk}/?locale=fr"))
    assert french["id"] == french_version(ecopower).pk
    assert french["description"] == "Électricité verte citoyenne."
    by_french_id = body(client.get(f"/api/v1/enterprises/{french['id']}/"))
    assert by_french_id == french
    beauvent_fr = french_version(api_sample["beauvent"])
    fallback = body(client.get(f"/api/v1/enterprises/{beauvent_fr.pk}/"))
    assert fallback["description"] == "Windmolens in West-Vlaanderen."
    assert fallback["description_locale"] == "nl"


@pytest.mark.parametrize("which", ["draft", "unknown", "huge"])
def test_detail_404_is_json(client, api_sample, which):
    pk = {"draft": api_sample["draft"].pk, "unknown": 987654, "huge": 10**30}[which]
    response = client.get(f"/api/v1/enterprises/{pk}/")
    assert response.status_code == 404
    assert set(body(response)) == {"error"}


def test_detail_rejects_an_unknown_locale(client, api_sample):
    response = client.get(f"/api/v1/enterprises/{api_sample['ecopower'].pk}/?locale=en")
    assert response.status_code == 400


# GeoJSON ------------------------------------------------------------------------


def test_geojson(client, api_sample):
    response = get(client, format="geojson", locale="fr")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/geo+json"
    data = body(response)
    assert data["type"] == "FeatureCollection"
    assert data["count"] == 3  # the whole result set; the map skips one
    features = {f["properties"]["name"]: f for f in data["features"]}
    assert set(features) == {"Ecopower", "Beauvent"}
    ecopower = features["Ecopower"]
    assert ecopower["type"] == "Feature"
    assert ecopower["geometry"] == {"type": "Point", "coordinates": [4.4025, 51.2194]}
    assert ecopower["properties"] == {
        "id": french_version(api_sample["ecopower"]).pk,
        "name": "Ecopower",
        "url": f"http://testserver/fr/guide-memo/{api_sample['ecopower'].slug}/",
        "municipality": "Anvers",  # the French name with locale=fr
    }


def test_geojson_honours_the_filters(client, api_sample):
    data = body(get(client, format="geojson", sector="wonen"))
    assert [f["properties"]["name"] for f in data["features"]] == ["Beauvent"]


# Autocomplete -------------------------------------------------------------------


def test_autocomplete(client, api_sample):
    response = client.get("/api/v1/enterprises/autocomplete/", {"q": "Eco"})
    assert response.status_code == 200
    assert body(response) == {
        "results": [
            {
                "name": "Ecopower",
                "url": f"http://testserver/nl/memo-gids/{api_sample['ecopower'].slug}/",
            }
        ]
    }
    french = body(client.get("/api/v1/enterprises/autocomplete/?q=beau&locale=fr"))
    assert [r["url"] for r in french["results"]] == [
        f"http://testserver/fr/guide-memo/{api_sample['beauvent'].slug}/"
    ]
    assert body(client.get("/api/v1/enterprises/autocomplete/")) == {"results": []}
    assert body(client.get("/api/v1/enterprises/autocomplete/?q=Ontw")) == {
        "results": []
    }
    bad = client.get("/api/v1/enterprises/autocomplete/?q=e&locale=xx")
    assert bad.status_code == 400 and "error" in body(bad)


# Schema -------------------------------------------------------------------------


def resolve(document: dict, reference: str) -> dict:
    node = document
    for part in reference.removeprefix("#/").split("/"):
        node = node[part]
    return node


def references(node):
    if isinstance(node, dict):
        if "$ref" in node:
            yield node["$ref"]
        for value in node.values():
            yield from references(value)
    elif isinstance(node, list):
        for value in node:
            yield from references(value)


def test_openapi_document(client, api_sample):
    response = client.get(reverse("api:schema"))
    assert response.status_code == 200
    document = body(response)
    assert document["openapi"] == "3.1.0"
    assert document["info"]["license"]["name"] == "CC BY 4.0"
    assert document["servers"] == [{"url": "http://testserver"}]
    assert set(document["paths"]) == {
        "/api/v1/enterprises/",
        "/api/v1/enterprises/{id}/",
        "/api/v1/enterprises/autocomplete/",
        "/api/v1/enterprises/export.csv",
        "/api/v1/enterprises/export.json",
        "/api/v1/enterprises/export.geojson",
        "/api/v1/schema/",
    }
    for reference in references(document):
        assert resolve(document, reference)
    listed = {
        p["name"]
        for p in document["paths"]["/api/v1/enterprises/"]["get"]["parameters"]
    }
    assert {
        "q",
        "sector",
        "province",
        "label",
        "cooperative",
        "nrc",
        "near",
        "km",
        "page",
        "locale",
    } <= listed
    enterprise = document["components"]["schemas"]["Enterprise"]
    assert set(enterprise["properties"]) == RESULT_KEYS


JSON_TYPES = {
    type(None): "null",
    bool: "boolean",
    int: "integer",
    float: "number",
    str: "string",
    list: "array",
    dict: "object",
}


def assert_matches(document: dict, schema: dict, value, where: str = "") -> None:
    """`value` has the type, nullability, enum, items and properties `schema` says."""
    if "$ref" in schema:
        schema = resolve(document, schema["$ref"])
    if "const" in schema:
        assert value == schema["const"], where
    if "type" in schema:
        types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if schema.get("nullable"):
            types = [*types, "null"]
        served = JSON_TYPES[type(value)]
        if served == "integer" and "number" in types:
            served = "number"
        assert served in types, f"{where}: {value!r} is not {types}"
    if "enum" in schema:
        assert value in schema["enum"], f"{where}: {value!r} not in {schema['enum']}"
    if isinstance(value, list) and "items" in schema:
        for number, item in enumerate(value):
            assert_matches(document, schema["items"], item, f"{where}[{number}]")
    if isinstance(value, dict) and "properties" in schema:
        assert set(schema.get("required", ())) <= set(value), where
        assert set(value) <= set(schema["properties"]), where
        for key, item in value.items():
            assert_matches(document, schema["properties"][key], item, f"{where}.{key}")


def documented(document: dict, path: str, status: str, media_type: str) -> dict:
    response = document["paths"][path]["get"]["responses"][status]
    return response["content"][media_type]["schema"]


def served_json(response):
    if response.streaming:
        return json.loads(b"".join(response.streaming_content))
    return body(response)


def test_every_served_field_has_its_documented_type(client, api_sample):
    document = body(client.get("/api/v1/schema/"))
    enterprise = f"{LIST}{{id}}/"
    served = [
        (LIST, {}, "200", "application/json"),
        (LIST, {"locale": "fr"}, "200", "application/json"),
        (LIST, {"format": "geojson"}, "200", "application/geo+json"),
        (LIST, {"page": "9"}, "400", "application/json"),
        (f"{LIST}autocomplete/", {"q": "e"}, "200", "application/json"),
        (f"{LIST}export.json", {}, "200", "application/json"),
        (f"{LIST}export.geojson", {}, "200", "application/geo+json"),
    ]
    for path, params, status, media_type in served:
        response = client.get(path, params)
        assert str(response.status_code) == status, path
        schema = documented(document, path, status, media_type)
        assert_matches(document, schema, served_json(response), f"{path}?{params}")
    for name in ("ecopower", "beauvent", "nowhere"):
        response = client.get(f"{LIST}{api_sample[name].pk}/")
        schema = documented(document, enterprise, "200", "application/json")
        assert_matches(document, schema, body(response), name)
    # Among them the nullable fields both ways: a number, coordinates and none.
    results = body(get(client))["results"]
    assert {r["enterprise_number"] is None for r in results} == {True, False}
    assert {r["latitude"] is None for r in results} == {True, False}


@pytest.mark.parametrize(
    ("field", "wrong"),
    [("id", "1"), ("latitude", "51.0"), ("cooperative", 1), ("sectors", [7])],
)
def test_the_type_check_refuses_a_wrong_field(client, api_sample, field, wrong):
    document = body(client.get("/api/v1/schema/"))
    result = body(get(client))["results"][0]
    schema = document["components"]["schemas"]["Enterprise"]
    assert_matches(document, schema, result)
    with pytest.raises(AssertionError):
        assert_matches(document, schema, {**result, field: wrong})


# Queries ------------------------------------------------------------------------


def test_list_query_count_does_not_grow_with_the_data(
    client, guide_pages, django_assert_num_queries
):
    bulk_enterprises(10)
    client.get(LIST)  # Wagtail caches the site's root paths on first use
    with django_assert_num_queries(API_LIST_QUERIES):
        client.get(LIST, {"locale": "fr", "page_size": "5"})
    bulk_enterprises(500, start=10)
    with django_assert_num_queries(API_LIST_QUERIES):
        client.get(LIST, {"locale": "fr", "page_size": "100"})


# The locale, the finder's queries (French: five), the guide pages and the site.
API_LIST_QUERIES = 1 + 5 + 2
