"""The open-data API limits requests per client, cached answers included."""

import pytest
from django.test import Client

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
