"""Hostile input: whatever a visitor sends, no server error, and it is never echoed
unescaped. Parameters come from hypothesis: any unicode, very long values, the
search engines' query syntax, null bytes, repeated and unknown parameters."""

from urllib.parse import urlencode

import pytest
from django.core import mail
from django.core.cache import cache
from django.urls import reverse
from django.utils.html import escape
from hypothesis import HealthCheck, given, settings

from directory.models import Enterprise
from tests.directory.factories import EnterpriseFactory, make_guides
from tests.security.hostile import MARKUP, parameters

pytestmark = pytest.mark.django_db

GUIDE = "/nl/memo-gids/"
SEARCH = "/nl/zoeken/"
EMBED = "/embed/guide/"
EMBED_BUILDER = "/fr/guide-memo/integrer/"
API = "/api/v1/enterprises/"
AUTOCOMPLETE = "/api/v1/enterprises/autocomplete/"

hostile = settings(
    max_examples=60,
    database=None,  # nothing written to the working tree
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


@pytest.fixture
def guide_site(home_nl, home_fr):
    make_guides(home_nl, home_fr)
    EnterpriseFactory(name="Zonnewind", sectors=["energie"], labels=["bio"])
    EnterpriseFactory(name="Warme Bakker", sectors=["voeding-landbouw"])


def get(client, path, pairs):
    return client.get(f"{path}?{urlencode(pairs)}")


def markup_sent(pairs) -> list[str]:
    """The markup payloads among the values: never to be seen unescaped."""
    return [markup for markup in MARKUP if any(markup in value for _, value in pairs)]


@hostile
@given(pairs=parameters)
@pytest.mark.parametrize("path", [GUIDE, SEARCH, EMBED, EMBED_BUILDER])
def test_pages_answer_and_escape_whatever_the_parameters(
    client, guide_site, path, pairs
):
    response = get(client, path, pairs)
    assert response.status_code < 500
    html = response.content.decode()
    for markup in markup_sent(pairs):
        assert markup not in html


@hostile
@given(pairs=parameters)
@pytest.mark.parametrize("path", [API, AUTOCOMPLETE])
def test_the_api_answers_json_or_a_json_error(client, guide_site, path, pairs):
    response = get(client, path, pairs)
    assert response.status_code in (200, 400), response.content[:300]
    body = response.json()
    if response.status_code == 400:
        assert isinstance(body["error"], str) and body["error"]
    else:
        assert "results" in body or "features" in body


def proposal(text: str) -> dict:
    return {
        "name": f"{text} Coop",
        "legal_form": "cv",
        "street": f"{text} 1",
        "postcode": "9000",
        "municipality": "Gent",
        "description": f"Beschrijving {text}",
        "contact_name": text,
        "contact_email": "an@example.org",
    }


@pytest.mark.parametrize("markup", MARKUP)
def test_a_proposal_is_escaped_on_thanks_in_the_admin_and_in_the_mail(
    client, admin_client, guide_site, markup
):
    cache.clear()  # the proposal rate limit
    thanks = client.post(f"{GUIDE}aanmelden/", proposal(markup), follow=True)
    draft = Enterprise.objects.get(name=f"{markup} Coop", live=False)
    listing = admin_client.get(reverse("wagtailsnippets_directory_enterprise:list"))
    edit = admin_client.get(
        reverse("wagtailsnippets_directory_enterprise:edit", args=[draft.pk])
    )
    message = mail.outbox[-1]
    html_mail, _ = message.alternatives[0]

    pages = {"thanks": thanks, "admin listing": listing, "admin edit": edit}
    for where, response in pages.items():
        html = response.content.decode()
        assert response.status_code == 200, where
        assert markup not in html, where
        assert escape(markup) in html, where
    for where, text in {"mail text": message.body, "mail html": html_mail}.items():
        assert markup not in text, where
        assert "&lt;" in text, where
