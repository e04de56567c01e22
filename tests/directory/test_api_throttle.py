"""The open-data API limits requests per client, cached answers included, and
bulk downloads per client and hour."""

import pytest
from django.test import Client
from django.urls import reverse

LIMIT = 3
API = "/api/v1/enterprises/"


@pytest.fixture
def small_limit(settings):
    settings.API_REQUESTS_PER_MINUTE = LIMIT
    settings.PAGE_CACHE_SECONDS = 60


@pytest.mark.django_db
def test_requests_beyond_the_limit_get_a_429_with_retry_after(
    client, home_fr, small_limit
):
    for _ in range(LIMIT):
        assert client.get(API).status_code == 200

    refused = client.get(f"{API}?locale=fr")

    assert refused.status_code == 429
    assert refused["Retry-After"] == "60"
    assert "patienter une minute" in refused.json()["error"]
    assert client.get("/api/v1/schema/").status_code == 429
    assert Client(REMOTE_ADDR="198.51.100.40").get(API).status_code == 200


@pytest.mark.django_db
def test_downloads_beyond_their_hourly_limit_get_a_429(client, home_fr, settings):
    downloads = [
        reverse(f"api:enterprise_export_{output}") for output in ("csv", "geojson")
    ]
    for number in range(settings.API_DOWNLOADS_PER_HOUR):
        assert client.get(downloads[number % 2]).status_code == 200

    refused = client.get(reverse("api:enterprise_export_json"), {"locale": "fr"})

    assert refused.status_code == 429
    assert refused["Retry-After"] == "3600"
    assert "patienter une heure" in refused.json()["error"]
    assert client.get(API).status_code == 200, "the rest of the API stays open"
    assert Client(REMOTE_ADDR="198.51.100.41").get(downloads[0]).status_code == 200
