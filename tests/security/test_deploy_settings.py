"""Production settings: `check --deploy` is clean, unsafe settings stop the start."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[2]
STRONG_KEY = "k3y-" + "f9c1e7a2b8d4" * 5
# Settings are read, never the cache: the address need not answer.
REDIS_URL = "redis://cache.internal:6379/0"


def manage(*args, **env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DEBUG", "SECRET_KEY", "SEARCH_URL", "CACHE_URL"}
    }
    environment.update(
        {"DJANGO_SETTINGS_MODULE": "config.settings.base", "CACHE_URL": REDIS_URL}
    )
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=PROJECT,
        env=environment,
        capture_output=True,
        text=True,
    )


def test_deploy_checks_pass_with_production_settings():
    result = manage(
        "check", "--deploy", "--fail-level", "WARNING", SECRET_KEY=STRONG_KEY
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("env", "variable"),
    [
        ({}, "SECRET_KEY"),
        ({"SECRET_KEY": "changeme"}, "SECRET_KEY"),
        ({"SECRET_KEY": STRONG_KEY, "DEBUG": "perhaps"}, "DEBUG"),
        ({"SECRET_KEY": STRONG_KEY, "SEARCH_URL": "solr://x"}, "SEARCH_URL"),
        ({"SECRET_KEY": STRONG_KEY, "CACHE_URL": "memcached://x"}, "CACHE_URL"),
        ({"SECRET_KEY": STRONG_KEY, "CACHE_URL": ""}, "CACHE_URL"),
        ({"SECRET_KEY": STRONG_KEY, "EMAIL_URL": ""}, "EMAIL_URL"),
        ({"SECRET_KEY": STRONG_KEY, "EMAIL_URL": "smtp+tls://mail:587"}, "EMAIL_URL"),
    ],
)
def test_unsafe_or_missing_settings_stop_the_start_naming_the_variable(env, variable):
    result = manage("check", **env)
    assert result.returncode != 0
    assert variable in result.stderr


def test_a_refused_email_url_is_not_echoed():
    result = manage(
        "check", SECRET_KEY=STRONG_KEY, EMAIL_URL="smtp+tls://an:geheim@mail:587"
    )
    assert result.returncode != 0
    assert "EMAIL_URL" in result.stderr and "geheim" not in result.stderr


def test_make_run_without_cache_url_keeps_local_memory():
    result = manage(
        "shell",
        "--no-imports",
        "-c",
        "from django.conf import settings; "
        "print(settings.CACHES['default']['BACKEND'])",
        DJANGO_SETTINGS_MODULE="config.settings.dev",
        CACHE_URL="",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("LocMemCache")
