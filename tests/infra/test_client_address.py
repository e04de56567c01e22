"""TRUSTED_PROXY_COUNT: one client address for every limit and the lockout.

See docs/contract.md#configuration.
"""

import os
import subprocess
import sys

import pytest
from django.test import RequestFactory, override_settings
from django.urls import reverse

from core.proxies import client_ip
from directory.views.rate_limit import RateLimit
from tests.processes import PROJECT, in_fresh_process

PROXY = "10.0.0.1"


def request_via(forwarded_for=None, remote=PROXY):
    headers = {"REMOTE_ADDR": remote}
    if forwarded_for is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded_for
    return RequestFactory().get("/", **headers)


@override_settings(TRUSTED_PROXY_COUNT=0)
def test_without_trusted_proxies_a_forwarded_address_is_ignored():
    assert client_ip(request_via("198.51.100.9")) == PROXY


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_one_trusted_proxy_gives_the_right_most_entry():
    spoofed_then_real = request_via("203.0.113.66, 198.51.100.9")
    assert client_ip(spoofed_then_real) == "198.51.100.9"


@override_settings(TRUSTED_PROXY_COUNT=2)
def test_two_trusted_proxies_give_the_entry_before_the_inner_proxy():
    chain = request_via("203.0.113.66, 198.51.100.9, 10.0.0.2")
    assert client_ip(chain) == "198.51.100.9"


@override_settings(TRUSTED_PROXY_COUNT=1)
@pytest.mark.parametrize("header", ["", "not-an-address", " , "])
def test_a_missing_or_malformed_forwarded_address_falls_back_to_the_connection(
    header,
):
    assert client_ip(request_via(header)) == PROXY


@override_settings(TRUSTED_PROXY_COUNT=0)
def test_a_spoofed_header_does_not_escape_the_rate_limit():
    limit = RateLimit("test-spoof", limit=2, window=60)
    granted = [limit.acquire(request_via(f"192.0.2.{n}")) for n in range(4)]
    assert granted == [True, True, False, False]


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_behind_a_trusted_proxy_each_visitor_has_an_own_rate_limit():
    limit = RateLimit("test-proxy", limit=1, window=60)
    assert limit.acquire(request_via("192.0.2.1"))
    assert not limit.acquire(request_via("192.0.2.1"))
    assert limit.acquire(request_via("192.0.2.2"))


def login_failures(client, address, times):
    login = reverse("wagtailadmin_login")
    for _ in range(times):
        response = client.post(
            login,
            {"username": "admin", "password": "wrong"},
            REMOTE_ADDR=PROXY,
            HTTP_X_FORWARDED_FOR=address,
        )
    return response


@pytest.mark.django_db
@override_settings(TRUSTED_PROXY_COUNT=1)
def test_the_admin_lockout_is_keyed_on_the_visitor_behind_the_proxy(
    client, django_user_model
):
    django_user_model.objects.create_superuser("admin", "a@example.org", "right")
    assert login_failures(client, "198.51.100.5", 5).status_code == 429

    other = client.post(
        reverse("wagtailadmin_login"),
        {"username": "admin", "password": "right"},
        REMOTE_ADDR=PROXY,
        HTTP_X_FORWARDED_FOR="198.51.100.6",
    )

    assert other.status_code == 302  # the same proxy, another visitor: not locked


@pytest.mark.django_db
@override_settings(TRUSTED_PROXY_COUNT=0)
def test_without_trusted_proxies_a_forged_header_cannot_dodge_the_lockout(
    client, django_user_model
):
    django_user_model.objects.create_superuser("admin", "a@example.org", "right")
    for n in range(5):
        response = login_failures(client, f"198.51.100.{n}", 1)
    assert response.status_code == 429


def secure_proxy_header(count: str) -> str:
    return in_fresh_process(
        "from django.conf import settings; print(settings.SECURE_PROXY_SSL_HEADER)",
        TRUSTED_PROXY_COUNT=count,
    )


def test_forwarded_proto_is_honoured_only_from_a_trusted_proxy():
    assert secure_proxy_header("0") == "None"
    assert secure_proxy_header("1") == "('HTTP_X_FORWARDED_PROTO', 'https')"


def test_a_malformed_proxy_count_stops_the_start_naming_the_variable():
    environment = {**os.environ, "TRUSTED_PROXY_COUNT": "two"}
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=PROJECT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "TRUSTED_PROXY_COUNT" in result.stderr
