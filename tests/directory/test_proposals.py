"""Public proposals: drafts for moderators, duplicates, spam defences.

See docs/contract.md#proposals.
"""

import re

import pytest
from django.core import mail
from django.core.cache import cache
from django.test import override_settings
from django.utils import translation
from django.utils.html import escape
from wagtail.admin.admin_url_finder import AdminURLFinder

from directory.models import Enterprise
from directory.rules.provinces import PostcodeError, province_for_postcode
from tests.directory.support import FORM_PATHS, proposal
from tests.translations import in_language

MODERATORS = ["moderator@example.org", "tweede@example.org"]


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    cache.clear()
    yield
    cache.clear()


def drafts():
    return Enterprise.objects.filter(live=False)


def assert_admin_link(body: str, enterprise: Enterprise) -> None:
    """The e-mail links to the enterprise's edit view in the admin."""
    path = AdminURLFinder().get_edit_url(enterprise)
    assert path, enterprise
    assert f"http://testserver{path}" in body


def walloon_postcode_message(language: str) -> str:
    with translation.override(language):
        try:
            province_for_postcode("5000")
        except PostcodeError as error:
            return str(error)
    raise AssertionError("5000 is a Walloon postcode")


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_form_renders_accessibly_in_the_visitors_language(client, guides, language):
    response = client.get(FORM_PATHS[language])
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}">' in html
    assert '<label for="id_name">' in html
    assert re.search(r'<fieldset[^>]*id="id_sectors"', html)
    assert "<legend>" in html
    # The robot trap is out of sight and out of the tab order.
    assert re.search(r'<div class="trap" aria-hidden="true">', html)
    assert re.search(r'name="homepage"[^>]*tabindex="-1"', html)
    # hreflang and the switcher lead to the form in the other language.
    other = "fr" if language == "nl" else "nl"
    assert f'hreflang="{other}" href="http://testserver{FORM_PATHS[other]}"' in html


@override_settings(MODERATORS_EMAIL=MODERATORS)
def test_proposal_becomes_a_draft_and_mails_the_moderators(client, guides):
    response = client.post(FORM_PATHS["nl"], proposal())
    assert response.status_code == 302
    assert response["Location"] == FORM_PATHS["nl"] + "?thanks"

    draft = drafts().get()
    assert draft.name == "De Groene Bakker"
    assert draft.locale.language_code == "nl"
    assert not draft.live and draft.has_unpublished_changes
    assert draft.latest_revision is not None
    assert draft.province == "antwerpen"
    assert [s.slug for s in draft.sectors.all()] == ["voeding-landbouw"]
    assert [label.slug for label in draft.labels.all()] == ["bio"]
    assert draft.possible_duplicate_of is None
    assert (
        client.get(
            FORM_PATHS["nl"].replace("aanmelden/", "de-groene-bakker/")
        ).status_code
        == 404
    )

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == MODERATORS
    assert message.reply_to == ["an@example.org"]
    assert message.subject == in_language("nl", "MeMO guide: new proposal to moderate")
    assert "De Groene Bakker" in message.body
    assert_admin_link(message.body, draft)

    thanks = client.get(response["Location"])
    html = thanks.content.decode()
    assert thanks.status_code == 200
    assert "De Groene Bakker" in html
    assert 'role="status"' in html


def test_french_visitor_gets_french_confirmation(client, guides):
    response = client.post(FORM_PATHS["fr"], proposal(name="Le Bon Pain"), follow=True)
    html = response.content.decode()
    assert response.redirect_chain[-1][0] == FORM_PATHS["fr"] + "?thanks"
    assert '<html lang="fr">' in html and "Le Bon Pain" in html
    assert drafts().get().locale.language_code == "fr"


@pytest.mark.parametrize(
    "changes",
    [
        {"enterprise_number": "BE 0123.456.749"},
        {"name": "ZONNEWIND ", "postcode": "9000", "municipality": "Gent"},
    ],
)
def test_duplicate_is_flagged_not_silently_created(
    client, guides, enterprise_factory, changes
):
    existing = enterprise_factory(
        name="Zonnewind", enterprise_number="0123456749", postcode="9000"
    )
    response = client.post(FORM_PATHS["nl"], proposal(**changes))
    assert response.status_code == 302
    draft = drafts().get()
    assert draft.possible_duplicate_of == existing
    if "enterprise_number" in changes:
        # The number stays with the existing enterprise; the e-mail gives it.
        assert draft.enterprise_number is None
    message = mail.outbox[0]
    assert message.subject == in_language(
        "nl", "MeMO guide: new proposal, possible duplicate"
    )
    assert "zonnewind" in message.body.lower()
    assert_admin_link(message.body, existing)
    if "enterprise_number" in changes:
        assert "0123.456.749" in message.body


def test_second_proposal_of_a_draft_is_flagged(client, guides):
    client.post(FORM_PATHS["nl"], proposal())
    client.post(FORM_PATHS["nl"], proposal(name="de groene bakker"))
    first, second = drafts().order_by("pk")
    assert second.possible_duplicate_of == first
    assert first.slug != second.slug


def test_errors_are_shown_next_to_fields_and_summarised(client, guides):
    response = client.post(
        FORM_PATHS["fr"],
        proposal(name="", postcode="5000", website="ftp://x", enterprise_number="123"),
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert not drafts().exists() and not mail.outbox
    assert 'class="error-summary" role="alert"' in html
    for field in ("name", "postcode", "website", "enterprise_number"):
        assert re.search(
            rf'<input[^>]*aria-describedby="[^"]*id_{field}_error"[^>]*aria-invalid="true"|'
            rf'<input[^>]*aria-invalid="true"[^>]*aria-describedby="[^"]*id_{field}_error"',
            html,
        ) or re.search(
            rf'id="id_{field}"[^>]*aria-describedby="[^"]*id_{field}_error', html
        ), field
        assert f'id="id_{field}_error"' in html
        assert f'href="#id_{field}"' in html
    # The rule's own message, in the visitor's language.
    assert escape(walloon_postcode_message("fr")) in html


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("nl", "1000 is de postcode van Brussel, niet van Gent"),
        ("fr", "1000 est le code postal de Bruxelles, pas de Gent"),
    ],
)
def test_a_municipality_of_another_postcode_is_refused_naming_the_right_one(
    client, guides, language, message
):
    response = client.post(
        FORM_PATHS[language], proposal(postcode="1000", municipality="Gent")
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert not drafts().exists() and not mail.outbox
    assert 'id="id_municipality_error"' in html
    assert message in html


@pytest.mark.parametrize(
    ("language", "postcode", "municipality"),
    [
        ("nl", "2140", "Borgerhout"),
        ("fr", "9032", "Wondelgem"),
        ("fr", "2000", "anvers"),
    ],
)
def test_a_former_municipality_or_either_language_is_accepted(
    client, guides, language, postcode, municipality
):
    response = client.post(
        FORM_PATHS[language], proposal(postcode=postcode, municipality=municipality)
    )
    assert response.status_code == 302
    assert drafts().get().municipality == municipality


def test_honeypot_thanks_a_bot_silently_and_keeps_nothing(client, guides):
    for _ in range(6):
        response = client.post(
            FORM_PATHS["nl"], proposal(homepage="http://spam.example")
        )
        # The bot is thanked as a person is...
        assert response.status_code == 302
        assert response["Location"] == FORM_PATHS["nl"] + "?thanks"
    # ...but no draft is stored, no one is mailed and no slot of the limit is taken.
    assert not drafts().exists() and not mail.outbox
    assert client.post(FORM_PATHS["nl"], proposal()).status_code == 302
    assert drafts().count() == 1


def test_sixth_proposal_within_the_hour_gets_429(client, guides):
    for n in range(5):
        response = client.post(FORM_PATHS["fr"], proposal(name=f"Coop {n}"))
        assert response.status_code == 302
    response = client.post(FORM_PATHS["fr"], proposal(name="Coop 6"))
    html = response.content.decode()
    assert response.status_code == 429
    assert drafts().count() == 5 and len(mail.outbox) == 5
    assert '<html lang="fr">' in html
    alert = re.search(r'id="proposal-refusal"><p>(.*?)</p>', html, re.S).group(1)
    assert alert.strip()
    # Another address is not affected.
    other = client.post(
        FORM_PATHS["fr"], proposal(name="Coop 7"), REMOTE_ADDR="10.0.0.9"
    )
    assert other.status_code == 302


def test_visitor_input_is_escaped_on_confirmation_and_in_mail(client, guides):
    name = '<script>alert("x")</script> Coop'
    response = client.post(FORM_PATHS["nl"], proposal(name=name), follow=True)
    html = response.content.decode()
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Coop" in html
    assert '<script>alert("x")' not in html
    message = mail.outbox[0]
    assert "<script>" not in message.body
    assert "&lt;script&gt;" in message.body
    html_part, mimetype = message.alternatives[0]
    assert mimetype == "text/html"
    assert "<script>" not in html_part and "&lt;script&gt;" in html_part
