"""Two gunicorn processes on one PostgreSQL and one Redis behave as one site."""

import os
import re
import socket
import subprocess
import sys
import time
from contextlib import ExitStack, closing

import pytest
import requests
from django.db import connection

from directory.models import Enterprise
from directory.views.proposals import PROPOSALS_PER_HOUR
from tests.directory.factories import EnterpriseFactory
from tests.directory.test_guide_page import make_guides
from tests.directory.test_proposals import FORM_PATHS, proposal
from tests.infra.test_shared_cache import PROJECT

START_SECONDS = 90


def free_port() -> int:
    with closing(socket.socket()) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_gunicorn(stack: ExitStack, **settings: str) -> str:
    """One gunicorn on this run's test database and cache; its base address."""
    port = free_port()
    database = connection.settings_dict
    environment = {
        **os.environ,
        **settings,
        "DATABASE_URL": (
            f"postgres://{database['USER']}@{database['HOST']}:{database['PORT']}"
            f"/{database['NAME']}"
        ),
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "config.wsgi:application"]
        + ["--bind", f"127.0.0.1:{port}", "--workers", "1", "--timeout", "60"],
        cwd=PROJECT,
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )

    def stop():
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=20)

    stack.callback(stop)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"gunicorn stopped: {process.stderr.read().decode()[-2000:]}")
        try:
            if requests.get(f"{base}/healthz", timeout=30).status_code == 200:
                return base
        except requests.RequestException:  # not listening, or still starting
            time.sleep(0.5)
    pytest.fail(f"gunicorn did not answer within {START_SECONDS} s")


def send_proposal(visitor: requests.Session, base: str, number: int) -> int:
    form = visitor.get(base + FORM_PATHS["nl"], timeout=30)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text)
    data = proposal(name=f"Bakkerij {number}", csrfmiddlewaretoken=token.group(1))
    answer = visitor.post(
        base + FORM_PATHS["nl"],
        data=data,
        headers={"Referer": base + FORM_PATHS["nl"]},
        allow_redirects=False,
        timeout=30,
    )
    return answer.status_code


@pytest.fixture
def committed_site(committed_homes):
    """The home pages and guides, committed, so the gunicorn processes see them."""
    return make_guides(committed_homes["nl"], committed_homes["fr"])


def test_the_proposal_limit_holds_across_two_processes(redis_cache, committed_site):
    with ExitStack() as stack:
        servers = [start_gunicorn(stack), start_gunicorn(stack)]
        visitor = requests.Session()
        answers = [
            send_proposal(visitor, servers[number % 2], number)
            for number in range(PROPOSALS_PER_HOUR.limit + 2)
        ]

    limit = PROPOSALS_PER_HOUR.limit
    assert answers == [302] * limit + [429, 429]
    assert Enterprise.objects.filter(
        live=False, locale__language_code="nl"
    ).count() == (limit)


def test_a_publish_through_one_process_is_seen_through_the_other(
    redis_cache, committed_site
):
    with ExitStack() as stack:
        first, second = (
            start_gunicorn(stack, PAGE_CACHE_SECONDS="300") for _process in range(2)
        )
        guide = "/nl/memo-gids/"

        def visit(url):
            # Behind one front server both processes see the same Host.
            return requests.get(
                url, headers={"Host": "www.coopkracht.test"}, timeout=30
            )

        # The first visits fill the cache (and the site settings rows they create).
        for _visit in range(2):
            visit(first + guide).raise_for_status()
        kept = visit(second + guide)
        assert kept.headers["X-Page-Cache"] == "hit", "the processes share no cache"
        assert "Zonnewind" not in kept.text

        EnterpriseFactory(name="Zonnewind")  # published through the models

        fresh = visit(first + guide)
        assert fresh.headers["X-Page-Cache"] == "miss", "the purge did not reach"
        assert "Zonnewind" in fresh.text
        # The other process is served that fresh page from the shared cache.
        shared = visit(second + guide)
        assert shared.headers["X-Page-Cache"] == "hit"
        assert "Zonnewind" in shared.text
