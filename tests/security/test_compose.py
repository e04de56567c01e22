"""The compose set-up starts a working site: migrations first, a worker, Redis, a scheduler."""

import os
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest
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


def test_the_scheduler_catches_up_the_index_and_purges_personal_data_daily():
    # compose turns "$$" into "$" before the shell sees the script.
    script = SERVICES["scheduler"]["command"][-1].replace("$$", "$")
    assert "catch_up_search_index" in script
    assert "% 1440" in script and "purge_personal_data" in script
    subprocess.run(["sh", "-n", "-c", script], check=True)


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


def compose_environment(service: str, **shell: str) -> dict[str, str]:
    """The environment compose gives `service` when the shell sets `shell`."""

    def interpolated(match):
        name, default = match.group(1), match.group(3) or ""
        return shell.get(name, default)

    return {
        name: re.sub(r"\$\{(\w+)(:[-?](.*?))?\}", interpolated, str(value))
        for name, value in SERVICES[service]["environment"].items()
    }


@pytest.mark.parametrize(
    "site_url", ["https://www.coopkracht.be", "http://localhost:8000"]
)
def test_the_web_process_answers_to_the_host_of_site_url(site_url):
    environment = {
        **{
            name: value
            for name, value in os.environ.items()
            if name not in {"ALLOWED_HOSTS", "CSRF_TRUSTED_ORIGINS", "DEBUG"}
        },
        **compose_environment("web", SITE_URL=site_url, SECRET_KEY="k" * 50),
        "DJANGO_SETTINGS_MODULE": "config.settings.base",
    }
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.conf import settings; "
            "from django.http.request import validate_host; "
            f"print(validate_host({urlsplit(site_url).hostname!r}, "
            "settings.ALLOWED_HOSTS), settings.CSRF_TRUSTED_ORIGINS)",
        ],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.stdout.split() == ["True", f"['{site_url}']"], result.stderr
