"""An owner updates their entry: from the button on the enterprise page to the link
in the mail, the prefilled form, a moderator's approval and the changed page.

The live server runs in this process, so its e-mails land in `mail.outbox`.
"""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from tests.directory.factories import EnterpriseFactory
from tests.e2e.conftest import approve_on_dashboard

pytestmark = [pytest.mark.e2e, pytest.mark.django_db]

NAME = "Eigen Oogst"
ADDRESS = "hallo@eigenoogst.example"
PAGE = "/nl/memo-gids/eigen-oogst/"
NEW_DESCRIPTION = "Groenten van het eigen veld, elke vrijdag op de markt."


@pytest.fixture(scope="module")
def enterprise(site, django_db_blocker):
    with django_db_blocker.unblock():
        return EnterpriseFactory(name=NAME, email=ADDRESS, sectors=["voeding-landbouw"])


def test_an_owner_updates_the_entry_and_a_moderator_publishes_it(
    page, log_in, site, enterprise
):
    page.goto(PAGE)
    page.get_by_role("link", name="Is dit jouw onderneming?").click()
    expect(page).to_have_url(re.compile(r"/eigen-oogst/bijwerken/$"))
    page.get_by_role("button", name="Stuur de link").click()
    expect(page.get_by_role("status")).to_contain_text("h***@eigenoogst.example")

    letters = [m for m in mail.outbox if m.to == [ADDRESS]]
    assert len(letters) == 1
    link = re.search(r"https?://\S+/bijwerken/\S+/", letters[0].body).group(0)

    page.goto(link)
    expect(page.locator("#id_name")).to_have_value(NAME)
    page.locator("#id_description").fill(NEW_DESCRIPTION)
    page.get_by_role("button", name="Verstuur de wijziging").click()
    expect(page.get_by_role("status")).to_contain_text("Bedankt voor je update")

    page.goto(PAGE)
    expect(page.locator(".enterprise__description")).not_to_contain_text(
        NEW_DESCRIPTION
    )

    moderator = log_in("moderators")
    approve_on_dashboard(moderator, NAME)

    page.goto(PAGE)
    expect(page.locator(".enterprise__description")).to_have_text(NEW_DESCRIPTION)
    expect(page.locator(".enterprise__confirmed")).to_contain_text(
        "Laatst nagekeken op"
    )
    outcome = [m for m in mail.outbox if m.to == [ADDRESS]][-1]
    assert outcome.subject == f"Je wijziging aan {NAME} staat in de MeMO-gids"
