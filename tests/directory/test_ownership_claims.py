"""An enterprise without an e-mail address: a claim a moderator approves or rejects.

See docs/contract.md#owners.
"""

import pytest
from django.core import mail
from django.test import override_settings
from django.urls import reverse

from directory.models import OwnerClaim, OwnerLink
from tests.directory.factories import french_version
from tests.directory.ownership import mailed_link, owner_path
from tests.translations import in_language

MODERATORS = ["moderator@example.org"]
CLAIMS = "/admin/memo-gids/owner-requests/"
pytestmark = pytest.mark.usefixtures("guides")


@pytest.fixture
def enterprise(enterprise_factory):
    return enterprise_factory(name="Stille Bakker", email="")


def claim(client, enterprise, language="nl", **changes):
    data = {
        "name": "Bart",
        "email": "bart@example.org",
        "message": "Ik ben de zaakvoerder.",
        "homepage": "",
        **changes,
    }
    return client.post(owner_path(enterprise, language), data)


def test_the_claims_page_is_the_admins_address():
    assert reverse("directory_owner_claims") == CLAIMS


@override_settings(MODERATORS_EMAIL=MODERATORS)
def test_without_an_address_a_claim_goes_to_the_moderators(client, enterprise):
    page = client.get(owner_path(enterprise)).content.decode()
    assert 'name="email"' in page and 'name="message"' in page

    response = claim(client, enterprise)
    assert response.status_code == 302
    stored = OwnerClaim.objects.get()
    assert (stored.name, stored.email, stored.language) == (
        "Bart",
        "bart@example.org",
        "nl",
    )
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == MODERATORS
    assert message.reply_to == ["bart@example.org"]
    assert "Ik ben de zaakvoerder." in message.body
    assert f"http://testserver{CLAIMS}" in message.body
    thanks = client.get(response["Location"])
    assert thanks.context["title"] == in_language("nl", "Thank you for your request")
    assert not OwnerLink.objects.exists(), "no link before a moderator approves"


def test_an_incomplete_claim_is_refused_with_its_problems(client, enterprise):
    response = claim(client, enterprise, email="geen-adres")
    assert response.status_code == 200
    assert response.context["form"].errors["email"]
    assert not OwnerClaim.objects.exists() and mail.outbox == []


def test_approval_mails_the_claimant_a_link_in_their_language(
    client, enterprise, moderator
):
    french = french_version(enterprise)
    claim(client, french, "fr", email="marie@example.org")
    mail.outbox.clear()
    client.force_login(moderator)
    assert "marie@example.org" in client.get(CLAIMS).content.decode()
    response = client.post(
        CLAIMS, {"claim": OwnerClaim.objects.get().pk, "decision": "approve"}
    )
    assert response.status_code == 302
    assert not OwnerClaim.objects.exists()
    assert [m.to for m in mail.outbox] == [["marie@example.org"]]
    assert mail.outbox[0].subject == in_language(
        "fr", "Update %(name)s in the MeMO guide", name="Stille Bakker"
    )
    client.logout()
    link = mailed_link("marie@example.org")
    assert link.startswith(f"/fr/guide-memo/{french.slug}/mettre-a-jour/")
    assert client.get(link).status_code == 200


def test_rejection_tells_the_claimant(client, enterprise, moderator):
    claim(client, enterprise)
    mail.outbox.clear()
    client.force_login(moderator)
    client.post(CLAIMS, {"claim": OwnerClaim.objects.get().pk, "decision": "reject"})
    assert not OwnerClaim.objects.exists() and not OwnerLink.objects.exists()
    assert [m.to for m in mail.outbox] == [["bart@example.org"]]
    assert mail.outbox[0].subject == in_language(
        "nl", "Your request to update %(name)s", name="Stille Bakker"
    )


@override_settings(MODERATORS_EMAIL=MODERATORS)
def test_only_moderators_decide_claims(client, enterprise, django_user_model):
    from django.contrib.auth.models import Group

    from editorial.groups import EDITORS

    claim(client, enterprise)
    assert client.get(CLAIMS).status_code == 302  # to the login page
    editor = django_user_model.objects.create_user("redacteur", password="pw")
    editor.groups.add(Group.objects.get(name=EDITORS))
    client.force_login(editor)
    refused = client.post(
        CLAIMS, {"claim": OwnerClaim.objects.get().pk, "decision": "approve"}
    )
    assert (refused.status_code, refused["Location"]) == (302, "/admin/")
    assert OwnerClaim.objects.exists() and mail.outbox[-1].to == MODERATORS


def test_a_claim_needs_a_name_and_an_address_but_no_message(client, enterprise):
    assert claim(client, enterprise, name="").status_code == 200
    assert claim(client, enterprise, message="").status_code == 302
    assert OwnerClaim.objects.get().message == ""
