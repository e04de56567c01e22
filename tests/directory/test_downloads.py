"""Bulk downloads of the guide: CSV, JSON and GeoJSON, whole or filtered.

See docs/contract.md#downloads.
"""

import csv
import io
import json

import pytest

from directory.api import downloads
from tests.directory.support import LIST, bulk_enterprises, export

pytestmark = pytest.mark.django_db

EXPORT = "/api/v1/enterprises/export."
LICENCE_LINK = '<https://creativecommons.org/licenses/by/4.0/>; rel="license"'


def download(client, output: str, **params):
    response = client.get(EXPORT + output, params)
    assert response.status_code == 200, response.content
    assert response.streaming
    return response, b"".join(response.streaming_content).decode()


def test_csv_of_the_whole_guide_is_the_export_file(client, api_sample):
    response, text = download(client, "csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == (
        'attachment; filename="memo-guide-nl.csv"'
    )
    assert response["Link"] == LICENCE_LINK
    assert response["Cache-Control"] == "public, max-age=300"
    assert text == export()
    names = [row["name"] for row in csv.DictReader(io.StringIO(text))]
    assert names == ["Beauvent", "Ecopower", "Zonder Coördinaten"]


def test_csv_of_a_filter(client, api_sample):
    _response, text = download(client, "csv", sector="wonen", locale="fr")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [row["name"] for row in rows] == ["Beauvent"]
    assert rows[0]["sectors"] == "energie|wonen"


def test_json_has_the_api_objects_of_the_filter(client, api_sample):
    params = {"sector": "energie", "locale": "fr"}
    response, text = download(client, "json", **params)
    assert response["Content-Type"] == "application/json"
    assert response["Link"] == LICENCE_LINK
    data = json.loads(text)
    listed = json.loads(client.get(LIST, params).content)
    assert list(data) == ["count", "license", "results"]
    assert data["license"] == listed["license"]
    assert data["count"] == listed["count"] == 2
    assert data["results"] == listed["results"]


def test_json_of_a_search(client, api_sample):
    _response, text = download(client, "json", q="Ecopower")
    assert [r["name"] for r in json.loads(text)["results"]] == ["Ecopower"]


def test_empty_json(client, api_sample):
    _response, text = download(client, "json", q="nergens te vinden")
    assert json.loads(text)["results"] == []
    _response, text = download(client, "geojson", q="nergens te vinden")
    assert json.loads(text)["features"] == []


def test_geojson_has_the_api_features_of_located_enterprises(client, api_sample):
    response, text = download(client, "geojson")
    assert response["Content-Type"] == "application/geo+json"
    data = json.loads(text)
    listed = json.loads(client.get(LIST, {"format": "geojson"}).content)
    assert data["type"] == "FeatureCollection"
    assert data["license"] == listed["license"]
    assert data["count"] == 2  # "Zonder Coördinaten" has no place on a map
    assert data["features"] == listed["features"]


@pytest.mark.parametrize("output", ["csv", "json", "geojson"])
@pytest.mark.parametrize(
    "query", ["sector=onbekend", "near=abc", "locale=de", "cooperative=2"]
)
def test_bad_parameters_are_a_json_400(client, api_sample, output, query):
    response = client.get(f"{EXPORT}{output}?{query}")
    assert response.status_code == 400
    assert "error" in json.loads(response.content)


def test_the_documented_downloads_are_the_served_ones(client, api_sample):
    document = json.loads(client.get("/api/v1/schema/").content)
    schemas = document["components"]["schemas"]
    _response, text = download(client, "json")
    assert list(schemas["EnterpriseDownload"]["properties"]) == list(json.loads(text))
    parameters = document["paths"]["/api/v1/enterprises/export.csv"]["get"][
        "parameters"
    ]
    assert {p["name"] for p in parameters} == {
        *("q", "sector", "province", "label", "cooperative", "nrc", "near", "km"),
        "locale",
    }


def test_other_formats_and_methods(client, api_sample):
    assert client.get(EXPORT + "xml").status_code == 404
    assert client.post(EXPORT + "csv").status_code == 405


# Streaming in chunks ------------------------------------------------------------

# The locale and the id list; for the JSON's addresses the guide pages and the site.
BEFORE_CSV = 1 + 1
BEFORE_JSON = BEFORE_CSV + 2
# CSV: the rows, their descriptions and their sectors' and labels' slugs.
CSV_PER_CHUNK = 4
# JSON in French: the rows, their sectors, their labels, the Dutch descriptions.
JSON_PER_CHUNK = 4


@pytest.mark.parametrize(
    ("output", "before", "per_chunk"),
    [("csv", BEFORE_CSV, CSV_PER_CHUNK), ("json", BEFORE_JSON, JSON_PER_CHUNK)],
)
def test_queries_grow_by_the_chunk_not_by_the_enterprise(
    client,
    guide_pages,
    monkeypatch,
    django_assert_num_queries,
    output,
    before,
    per_chunk,
):
    monkeypatch.setattr(downloads, "CHUNK_SIZE", 5)
    bulk_enterprises(12)
    client.get(LIST)  # Wagtail caches the site's root paths on first use
    with django_assert_num_queries(before + 3 * per_chunk):
        _response, text = download(client, output, locale="fr")
    if output == "json":
        results = json.loads(text)["results"]
        assert len(results) == 12
        assert [r["name"] for r in results] == sorted(r["name"] for r in results)
    else:
        assert len(list(csv.DictReader(io.StringIO(text)))) == 12


def test_each_chunk_is_sent_as_it_is_read(client, guide_pages, monkeypatch):
    monkeypatch.setattr(downloads, "CHUNK_SIZE", 5)
    bulk_enterprises(12)
    response = client.get(EXPORT + "csv")
    pieces = [piece for piece in response.streaming_content if piece]
    assert [piece.count(b"\n") for piece in pieces] == [1 + 5, 5, 2]


# Links to the downloads -----------------------------------------------------------


def test_the_guide_links_to_the_downloads_of_its_search(client, api_sample):
    html = client.get("/fr/guide-memo/?sector=energie&cooperative=1&page=1").content
    html = html.decode()
    for output in ("csv", "json", "geojson"):
        assert (
            f'href="{EXPORT}{output}?sector=energie&amp;cooperative=1&amp;locale=fr"'
            in html
        )
    assert 'href="/api/v1/docs/?locale=fr"' in html


def test_the_footer_links_to_the_whole_guide_and_the_api_reference(client, api_sample):
    html = client.get("/nl/memo-gids/aanmelden/").content.decode()
    footer = html[html.index('<footer class="site-footer">') :]
    for output in ("csv", "json", "geojson"):
        assert f'href="{EXPORT}{output}"' in footer
    assert 'href="/api/v1/docs/"' in footer
