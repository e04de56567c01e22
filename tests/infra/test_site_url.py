"""SITE_URL: every absolute address names the public site, not the request's host.

See docs/contract.md#configuration.
"""

import os
import subprocess
import sys

import pytest
from django.core import mail
from django.test import override_settings
from wagtail.models import Site

from home.site_address import sync_default_site
from knowledge.models import EventIndexPage, NewsIndexPage
from tests.directory.factories import make_guides
from tests.directory.support import proposal
from tests.knowledge.builders import add_event, add_news, add_page, in_days
from tests.processes import PROJECT
from tests.sitemaps import sitemap_text

PUBLIC = "https://www.coopkracht.example"
INTERNAL_HOST = "web-1.internal:8000"
# The request's host and the development defaults must never reach a visitor.
FOREIGN_HOSTS = ("testserver", "localhost", "127.0.0.1", "internal")


def manage_check(**env):
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.base"}
    environment.pop("DEBUG", None)
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=PROJECT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    "value", ["", "www.coopkracht.be", "ftp://coopkracht.be", "https://x.be/nl/"]
)
def test_production_stops_without_a_usable_site_url(value):
    result = manage_check(SITE_URL=value)
    assert result.returncode != 0
    assert "SITE_URL" in result.stderr


def test_development_defaults_to_its_own_address():
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.dev"}
    environment.pop("SITE_URL", None)
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.conf import settings; "
            "print(settings.SITE_URL, settings.WAGTAILADMIN_BASE_URL)",
        ],
        cwd=PROJECT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.stdout.split() == ["http://127.0.0.1:8000"] * 2, result.stderr


@pytest.mark.django_db
def test_migrate_gave_the_default_site_the_address_of_site_url():
    site = Site.objects.get(is_default_site=True)
    assert site.root_url == "http://testserver"  # Wagtail creates it as localhost


@pytest.mark.django_db
@override_settings(SITE_URL=PUBLIC)
def test_the_default_site_follows_site_url():
    site = sync_default_site()
    assert (site.hostname, site.port) == ("www.coopkracht.example", 443)
    assert site.root_url == PUBLIC


@pytest.fixture
def public_site(home_nl, home_fr, enterprise_factory, settings):  # noqa: F811
    settings.SITE_URL = settings.WAGTAILADMIN_BASE_URL = PUBLIC
    sync_default_site()
    news = add_page(home_nl, NewsIndexPage(title="Nieuws", slug="nieuws"))
    add_news(news, "Nieuwe leden")
    events = add_page(home_nl, EventIndexPage(title="Activiteiten", slug="agenda"))
    add_event(events, "Ledendag", start=in_days(7))
    make_guides(home_nl, home_fr)
    enterprise = enterprise_factory(name="Ecopower", slug="ecopower")
    return {"news": news, "events": events, "enterprise": enterprise}


def fetch(client, path):
    response = client.get(path, HTTP_HOST=INTERNAL_HOST)
    assert response.status_code == 200, path
    return response.content.decode()


def test_every_absolute_address_names_site_url(client, public_site):
    outputs = {
        "sitemap": sitemap_text(client, HTTP_HOST=INTERNAL_HOST),
        "robots": fetch(client, "/robots.txt"),
        "hreflang": fetch(client, "/nl/"),
        "feed": fetch(client, public_site["news"].feed_url()),
        "ical": fetch(client, public_site["events"].ical_url()),
        "api": fetch(client, "/api/v1/enterprises/?page=1"),
        "canonical": fetch(client, "/nl/memo-gids/ecopower/"),
    }
    expected = {
        "sitemap": f"{PUBLIC}/nl/memo-gids/ecopower/",
        "robots": f"{PUBLIC}/sitemap.xml",
        "hreflang": f'hreflang="fr" href="{PUBLIC}/fr/"',
        "feed": f"{PUBLIC}/nl/nieuws/nieuwe-leden/",
        "ical": f"{PUBLIC}/nl/agenda/ledendag/",
        "api": f"{PUBLIC}/nl/memo-gids/ecopower/",
        "canonical": f'rel="canonical" href="{PUBLIC}/nl/memo-gids/ecopower/"',
    }
    for name, text in outputs.items():
        unfolded = text.replace("\r\n ", "")  # iCalendar folds long lines
        assert expected[name] in unfolded, name
        for host in FOREIGN_HOSTS:
            assert host not in unfolded, (name, host)


def test_moderator_mail_links_to_site_url(client, public_site, settings):
    settings.MODERATORS_EMAIL = ["moderator@example.org"]
    client.get("/nl/memo-gids/aanmelden/", HTTP_HOST=INTERNAL_HOST)
    client.post("/nl/memo-gids/aanmelden/", proposal(), HTTP_HOST=INTERNAL_HOST)

    body = mail.outbox[-1].body
    assert f"{PUBLIC}/admin/" in body
    for host in FOREIGN_HOSTS:
        assert host not in body, host


def test_follow_mails_link_to_site_url(client, public_site):
    client.post(
        "/nl/memo-gids/volgen/",
        {"kind": "agenda", "email": "an@example.org", "search": ""},
        HTTP_HOST=INTERNAL_HOST,
    )
    message = mail.outbox[-1]
    assert f"{PUBLIC}/nl/volgen/bevestigen/" in message.body
    assert message.extra_headers["List-Unsubscribe"].startswith(
        f"<{PUBLIC}/nl/volgen/uitschrijven/"
    )
    for host in FOREIGN_HOSTS:
        assert host not in message.body, host


def test_production_answers_to_the_host_of_site_url_by_default():
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.base",
        "SITE_URL": PUBLIC,
    }
    for name in ("DEBUG", "ALLOWED_HOSTS", "CSRF_TRUSTED_ORIGINS"):
        environment.pop(name, None)
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.conf import settings; "
            "print(settings.ALLOWED_HOSTS[0], settings.CSRF_TRUSTED_ORIGINS)",
        ],
        cwd=PROJECT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.stdout.split() == ["www.coopkracht.example", f"['{PUBLIC}']"], (
        result.stderr
    )
