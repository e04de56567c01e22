"""Owners update their entry: a one-time link to the enterprise's own address,
a prefilled form, a revision in moderation, the outcome by e-mail.

See docs/contract.md#owners.
"""

import datetime
import re

import pytest
from django.core import mail
from django.test import override_settings
from django.utils import timezone
from wagtail.models import WorkflowState

from directory.models import OwnerLink, OwnerUpdate
from tests.directory.factories import french_version
from tests.directory.ownership import decide, mailed_link, owner_path
from tests.translations import in_language

MODERATORS = ["moderator@example.org"]
pytestmark = pytest.mark.usefixtures("guides")


@pytest.fixture
def enterprise(enterprise_factory):
    return enterprise_factory(
        name="Zonnewind",
        email="info@zonnewind.example",
        sectors=["energie"],
        description_fr="Énergie citoyenne.",
    )


def form_data(enterprise, **changes) -> dict:
    """The update form as it opens for `enterprise`, with `changes`."""
    data = {
        "name": enterprise.name,
        "enterprise_number": enterprise.enterprise_number,
        "legal_form": enterprise.legal_form,
        "cooperative": "on",
        "sectors": [s.slug for s in enterprise.sectors.all()],
        "labels": [],
        "street": enterprise.street,
        "postcode": enterprise.postcode,
        "municipality": enterprise.municipality,
        "website": enterprise.website,
        "email": enterprise.email,
        "phone": enterprise.phone,
        "description": enterprise.description,
        "homepage": "",
    }
    data.update(changes)
    return data


def ask_link(client, enterprise, language="nl") -> str:
    response = client.post(owner_path(enterprise, language), {"homepage": ""})
    assert response.status_code == 302, response.status_code
    return mailed_link(enterprise.email)


@pytest.mark.parametrize(
    ("language", "text"),
    [("nl", "Is dit jouw onderneming?"), ("fr", "C'est votre entreprise ?")],
)
def test_enterprise_page_leads_to_the_owners_page(client, enterprise, language, text):
    version = enterprise if language == "nl" else french_version(enterprise)
    html = client.get(f"{owner_path(version)}".rsplit("/", 2)[0] + "/").content.decode()
    assert f'href="{owner_path(version)}"' in html
    assert in_language(language, "Is this your enterprise?") == text
    assert text.replace("'", "&#x27;") in html or text in html


def test_the_other_languages_word_is_not_found(client, enterprise):
    french = french_version(enterprise)
    assert client.get(owner_path(enterprise)).status_code == 200
    assert client.get(owner_path(french)).status_code == 200
    assert (
        client.get(f"/nl/memo-gids/{enterprise.slug}/mettre-a-jour/").status_code == 404
    )
    assert client.get(f"/fr/guide-memo/{french.slug}/bijwerken/").status_code == 404


def test_the_link_goes_only_to_the_enterprises_own_address(client, enterprise):
    response = client.post(
        owner_path(enterprise),
        {"homepage": "", "email": "attacker@example.org", "to": "attacker@example.org"},
    )
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["info@zonnewind.example"]
    assert mail.outbox[0].subject == in_language(
        "nl", "Update %(name)s in the MeMO guide", name="Zonnewind"
    )
    sent = client.get(response["Location"]).content.decode()
    assert "i***@zonnewind.example" in sent
    assert "info@zonnewind.example" not in sent
    # Only a hash of the token is stored.
    token = mailed_link("info@zonnewind.example").rstrip("/").rsplit("/", 1)[-1]
    assert not OwnerLink.objects.filter(token_hash__contains=token).exists()


def test_a_filled_in_trap_sends_nothing(client, enterprise):
    response = client.post(owner_path(enterprise), {"homepage": "http://spam"})
    assert response.status_code == 302
    assert mail.outbox == []


def test_requests_are_limited_per_enterprise_and_per_address(
    client, enterprise, enterprise_factory
):
    for number in range(3):
        address = f"10.0.0.{number}"
        response = client.post(owner_path(enterprise), REMOTE_ADDR=address)
        assert response.status_code == 302
    refused = client.post(owner_path(enterprise), REMOTE_ADDR="10.0.0.9")
    assert refused.status_code == 429
    assert "Probeer het later opnieuw" in refused.content.decode()
    assert len(mail.outbox) == 3

    others = [enterprise_factory(email="x@example.org") for _ in range(6)]
    statuses = [
        client.post(owner_path(other), REMOTE_ADDR="10.0.1.1").status_code
        for other in others
    ]
    assert statuses == [302] * 5 + [429]


def test_the_link_opens_the_prefilled_form_once(client, enterprise):
    link = ask_link(client, enterprise)
    form = client.get(link)
    html = form.content.decode()
    assert form.status_code == 200
    assert 'value="Zonnewind"' in html
    assert "Beschrijving van Zonnewind." in html
    assert re.search(r'<input[^>]*value="energie"[^>]*checked', html)
    assert 'name="contact_email"' not in html

    sent = client.post(link, form_data(enterprise, name="Zonnewind Plus"))
    assert sent.status_code == 200
    assert sent.context["title"] == in_language("nl", "Thank you for your update")

    again = client.get(link)
    assert again.status_code == 410
    assert again.context["title"] == in_language(
        "nl", "This link has already been used"
    )
    assert client.post(link, form_data(enterprise, name="Nog eens")).status_code == 410


def test_an_expired_or_unknown_link_is_refused_in_the_visitors_language(
    client, enterprise
):
    french = french_version(enterprise)
    link = ask_link(client, french, "fr")
    OwnerLink.objects.update(expires_at=timezone.now() - datetime.timedelta(seconds=1))
    expired = client.get(link)
    assert expired.status_code == 410
    assert '<html lang="fr">' in expired.content.decode()
    assert expired.context["title"] == in_language("fr", "This link has expired")

    unknown = client.get(owner_path(french) + "not-a-token/")
    assert unknown.status_code == 404
    assert unknown.context["title"] == in_language("fr", "This link is not valid")

    # A link is good for its own enterprise only, and its own language's address.
    OwnerLink.objects.update(expires_at=timezone.now() + datetime.timedelta(days=1))
    token = link.rstrip("/").rsplit("/", 1)[-1]
    assert client.get(f"{owner_path(enterprise)}{token}/").status_code == 404
    assert (
        client.get(f"/fr/guide-memo/{french.slug}/bijwerken/{token}/").status_code
        == 404
    )
    assert client.get(link).status_code == 200


def test_the_form_checks_the_data_rules_and_saves_nothing_wrong(client, enterprise):
    link = ask_link(client, enterprise)
    response = client.post(link, form_data(enterprise, postcode="5000"))
    assert response.status_code == 200
    assert response.context["form"].errors["postcode"]
    assert not WorkflowState.objects.exists()
    assert OwnerLink.objects.get().used_at is None


@override_settings(MODERATORS_EMAIL=MODERATORS)
def test_a_change_waits_in_moderation_and_the_live_entry_stays(client, enterprise):
    link = ask_link(client, enterprise)
    mail.outbox.clear()
    client.post(
        link,
        form_data(enterprise, name="Zonnewind Plus", description="Nieuwe tekst."),
    )

    enterprise.refresh_from_db()
    assert enterprise.name == "Zonnewind" and enterprise.live
    assert enterprise.has_unpublished_changes
    draft = enterprise.latest_revision.as_object()
    assert draft.name == "Zonnewind Plus" and draft.description == "Nieuwe tekst."
    state = WorkflowState.objects.get(object_id=str(enterprise.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert OwnerUpdate.objects.get().workflow_state == state

    page = client.get(f"/nl/memo-gids/{enterprise.slug}/").content.decode()
    assert "Zonnewind Plus" not in page and "Nieuwe tekst." not in page

    to_moderators = [m for m in mail.outbox if m.to == MODERATORS]
    assert len(to_moderators) == 1
    assert "Zonnewind" in to_moderators[0].subject
    assert f"/admin/snippets/directory/enterprise/edit/{enterprise.pk}/" in (
        to_moderators[0].body
    )


def test_approval_publishes_and_tells_a_french_owner_in_french(
    client, enterprise, moderator
):
    french = french_version(enterprise)
    link = ask_link(client, french, "fr")
    client.post(
        link, form_data(french, name="Zonnewind Plus", description="Texte mis à jour.")
    )
    mail.outbox.clear()

    decide(client, moderator, french, "approve")

    french.refresh_from_db()
    enterprise.refresh_from_db()
    assert french.name == "Zonnewind Plus" and french.description == "Texte mis à jour."
    assert enterprise.name == "Zonnewind Plus", "shared fields follow"
    assert enterprise.description == "Beschrijving van Zonnewind."
    assert french.last_confirmed == timezone.localdate() == enterprise.last_confirmed
    to_owner = [m for m in mail.outbox if m.to == ["info@zonnewind.example"]]
    assert len(to_owner) == 1
    assert to_owner[0].subject == in_language(
        "fr", "Your change to %(name)s is in the MeMO guide", name="Zonnewind Plus"
    )
    assert f"/fr/guide-memo/{french.slug}/" in to_owner[0].body
    assert not OwnerUpdate.objects.exists()
    assert OwnerLink.objects.get().email == "", "the address is forgotten"
    page = client.get(f"/fr/guide-memo/{french.slug}/").content.decode()
    assert "Texte mis à jour." in page


def test_rejection_tells_the_owner_and_keeps_the_entry(client, enterprise, moderator):
    link = ask_link(client, enterprise)
    client.post(link, form_data(enterprise, name="Iets Anders"))
    mail.outbox.clear()

    decide(client, moderator, enterprise, "reject", comment="Geen bewijs.")

    enterprise.refresh_from_db()
    assert enterprise.name == "Zonnewind"
    to_owner = [m for m in mail.outbox if m.to == ["info@zonnewind.example"]]
    assert len(to_owner) == 1
    assert to_owner[0].subject == in_language(
        "nl", "Your change to %(name)s was not accepted", name="Zonnewind"
    )
    assert "Geen bewijs." in to_owner[0].body
    assert enterprise.last_confirmed is None
    assert not OwnerUpdate.objects.exists()
