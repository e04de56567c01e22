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
from django.contrib.auth.models import User
from django.db import connection
from wagtail.models import Page

from directory.models import Enterprise
from directory.views.proposals import PROPOSALS_PER_HOUR
from tests.directory.factories import make_guides
from tests.directory.support import FORM_PATHS, proposal
from tests.processes import PROJECT

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


def form_token(page: requests.Response) -> str:
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)


def send_proposal(visitor: requests.Session, base: str, number: int) -> int:
    form = visitor.get(base + FORM_PATHS["nl"], timeout=30)
    data = proposal(name=f"Bakkerij {number}", csrfmiddlewaretoken=form_token(form))
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


def log_in(editor: requests.Session, base: str, username: str, password: str):
    login = base + "/admin/login/"
    answer = editor.post(
        login,
        data={
            "username": username,
            "password": password,
            "csrfmiddlewaretoken": form_token(editor.get(login, timeout=30)),
        },
        allow_redirects=False,
        timeout=30,
    )
    assert answer.status_code == 302, "the editor could not log in"


def test_a_publish_through_one_process_is_seen_through_the_other(committed_homes):
    home = committed_homes["nl"]
    User.objects.create_superuser("redacteur", "r@example.org", "geheim-wachtwoord")
    # The editor's change waits as a draft until it is published over HTTP.
    home.title = "Samen ondernemen"
    home.save_revision()
    with ExitStack() as stack:
        first, second = (
            start_gunicorn(stack, PAGE_CACHE_SECONDS="300") for _process in range(2)
        )
        # Behind one front server both processes see the same Host.
        host = {"Host": "www.coopkracht.test"}
        editor = requests.Session()
        editor.headers.update(host)
        log_in(editor, first, "redacteur", "geheim-wachtwoord")
        publish = f"{first}/admin/bulk/wagtailcore/page/publish/?id={home.pk}"
        confirm = editor.get(publish, timeout=30)
        confirm.raise_for_status()

        def visit(url):
            return requests.get(url, headers=host, timeout=30)

        # The first visits fill the cache (and the site settings rows they create).
        for _visit in range(2):
            visit(first + "/nl/").raise_for_status()
        kept = visit(second + "/nl/")
        assert kept.headers["X-Page-Cache"] == "hit", "the processes share no cache"
        assert "Samen ondernemen" not in kept.text

        published = editor.post(
            publish,
            data={"csrfmiddlewaretoken": form_token(confirm)},
            allow_redirects=False,
            timeout=30,
        )
        assert published.status_code == 302, published.text[-2000:]
        assert Page.objects.get(pk=home.pk).title == "Samen ondernemen"

        fresh = visit(second + "/nl/")
        assert fresh.headers["X-Page-Cache"] == "miss", "the purge did not reach"
        assert "Samen ondernemen" in fresh.text
        # The first process is served that fresh page from the shared cache.
        shared = visit(first + "/nl/")
        assert shared.headers["X-Page-Cache"] == "hit"
        assert "Samen ondernemen" in shared.text
