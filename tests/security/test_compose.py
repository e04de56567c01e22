"""The compose set-up starts a working site: migrations first, a worker, Redis, a scheduler."""

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
SERVICES = yaml.safe_load((ROOT / "compose.yaml").read_text())["services"]


def test_site_processes_start_after_the_migrations():
    assert SERVICES["migrate"]["command"][-2:] == ["migrate", "--noinput"]
    for name in ("web", "worker", "scheduler"):
        assert SERVICES[name]["depends_on"]["migrate"] == {
            "condition": "service_completed_successfully"
        }, name


def test_background_work_and_scheduled_publishing_have_processes():
    assert "db_worker" in SERVICES["worker"]["command"]
    assert "publish_scheduled" in " ".join(SERVICES["scheduler"]["command"])


def test_every_site_process_shares_one_cache_and_one_public_address():
    for name in ("migrate", "web", "worker", "scheduler"):
        environment = SERVICES[name]["environment"]
        assert environment["CACHE_URL"].startswith("redis://redis:"), name
        assert environment["SITE_URL"], name
    assert "redis" in SERVICES


def test_the_engine_is_at_least_the_clients_minor_version():
    pinned = re.search(
        r"^elasticsearch==(\d+)\.(\d+)", (ROOT / "requirements.txt").read_text(), re.M
    )
    image = re.search(r":(\d+)\.(\d+)", SERVICES["search"]["image"])
    client = tuple(map(int, pinned.groups()))
    server = tuple(map(int, image.groups()))
    assert server >= client, f"server {server} is older than client {client}"
