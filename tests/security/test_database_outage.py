"""PostgreSQL stopped: friendly 503s, nothing half-written; back: the site recovers."""

import os
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.db import connection

from directory.models import Enterprise
from tests.directory.factories import make_guides

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "postgres.sh"
FORM = "/nl/memo-gids/aanmelden/"
# A proposal the form takes whenever the database is up.
PROPOSAL = {
    "name": "Halfweg Coöperatie",
    "legal_form": "cv",
    "postcode": "9000",
    "municipality": "Gent",
}


def postgres(action: str) -> None:
    port = urlsplit(os.environ["DATABASE_URL"]).port
    subprocess.run(
        [str(SCRIPT), action],
        check=True,
        env={**os.environ, "PG_PORT": str(port)},
        capture_output=True,
    )


@pytest.fixture
def database_outage(committed_homes):
    """Stops the real server for the test's body and starts it again afterwards.

    The home pages and the guides, with their proposal forms, are committed, as a
    stopped server keeps no open transaction.
    """
    make_guides(committed_homes["nl"], committed_homes["fr"])

    class Outage:
        def begin(self):
            connection.close()
            postgres("stop")

        def end(self):
            postgres("start")

    outage = Outage()
    yield outage
    outage.end()


def test_public_pages_answer_503_in_the_visitors_language_and_recover(
    client, database_outage
):
    assert client.get("/nl/").status_code == 200
    assert client.get(FORM).status_code == 200

    database_outage.begin()
    dutch = client.get("/nl/")
    french = client.get("/fr/")
    health = client.get("/healthz")
    proposal = client.post(FORM, PROPOSAL)
    database_outage.end()

    assert dutch.status_code == 503
    assert '<html lang="nl">' in dutch.content.decode()
    assert "Tijdelijk niet beschikbaar" in dutch.content.decode()
    assert french.status_code == 503
    assert '<html lang="fr">' in french.content.decode()
    assert "Temporairement indisponible" in french.content.decode()
    assert dutch["Retry-After"]
    assert health.status_code == 503
    assert health.json()["database"] == "unavailable"
    assert proposal.status_code == 503

    # Back without a restart of the application, and nothing was half-written.
    assert client.get("/nl/").status_code == 200
    assert client.get("/healthz").status_code == 200
    assert not Enterprise.objects.filter(name=PROPOSAL["name"]).exists()
    # The same proposal, sent again, is written now.
    assert client.post(FORM, PROPOSAL).status_code == 302
    assert Enterprise.objects.filter(name=PROPOSAL["name"], live=False).exists()
