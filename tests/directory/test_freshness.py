"""Freshness: the yearly letter, its one-click pages, the date on the public page
and the moderators' report of unconfirmed entries.

See docs/contract.md#owners and docs/operations.md.
"""

import datetime
import re
from io import StringIO

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone
from wagtail.models import Locale

from directory.models import Enterprise, OwnerLink
from editorial.groups import EDITORS
from tests.directory.factories import french_version
from tests.directory.ownership import links_in
from tests.translations import in_language

MODERATORS = ["moderator@example.org"]
REPORT = "/admin/memo-gids/unconfirmed/"
pytestmark = pytest.mark.usefixtures("guides")


def send() -> str:
    out = StringIO()
    call_command("send_freshness_requests", stdout=out)
    return out.getvalue()


def letters_to(address: str):
    return [m for m in mail.outbox if m.to == [address]]


def days_ago(days: int) -> datetime.date:
    return timezone.localdate() - datetime.timedelta(days=days)


@pytest.fixture
def enterprise(enterprise_factory):
    return enterprise_factory(name="Groene Vaart", email="info@vaart.example")


def test_the_letter_goes_once_a_year_in_the_enterprises_language(
    enterprise, enterprise_factory
):
    enterprise_factory(
        name="Le Fournil",
        email="info@fournil.example",
        locale=Locale.objects.get(language_code="fr"),
    )
    enterprise_factory(name="Zonder Adres", email="")
    enterprise_factory(
        name="Net Bevestigd", email="ok@example.org", last_confirmed=days_ago(30)
    )
    enterprise_factory(name="Ontwerp", email="draft@example.org", live=False)

    assert "2" in send()
    assert len(mail.outbox) == 2
    dutch = letters_to("info@vaart.example")
    assert dutch[0].subject == in_language(
        "nl",
        "Is the entry of %(name)s in the MeMO guide still correct?",
        name="Groene Vaart",
    )
    links = links_in(dutch[0])
    assert any(link.endswith("/klopt/") for link in links)
    assert any(link.endswith("/gesloten/") for link in links)
    french = letters_to("info@fournil.example")
    assert french[0].subject == in_language(
        "fr",
        "Is the entry of %(name)s in the MeMO guide still correct?",
        name="Le Fournil",
    )
    assert all(
        link.startswith("/fr/guide-memo/le-fournil/") for link in links_in(french[0])
    )

    mail.outbox.clear()
    send()
    assert mail.outbox == [], "not twice within the year"

    OwnerLink.objects.update(created_at=timezone.now() - datetime.timedelta(days=366))
    send()
    assert len(mail.outbox) == 2, "again after a year"


def test_an_entry_confirmed_more_than_a_year_ago_is_asked(enterprise_factory):
    enterprise_factory(email="oud@example.org", last_confirmed=days_ago(400))
    send()
    assert len(letters_to("oud@example.org")) == 1


def freshness_links(enterprise) -> dict[str, str]:
    send()
    links = links_in(letters_to(enterprise.email)[-1])
    return {
        "confirm": next(link for link in links if link.endswith("/klopt/")),
        "closed": next(link for link in links if link.endswith("/gesloten/")),
        "update": next(
            link
            for link in links
            if link.endswith("/")
            and "/bijwerken/" in link
            and not link.endswith(("/klopt/", "/gesloten/"))
        ),
    }


def test_confirming_takes_a_button_and_dates_the_entry(client, enterprise):
    links = freshness_links(enterprise)
    shown = client.get(links["confirm"])
    assert shown.status_code == 200
    assert re.search(r'<form method="post"', shown.content.decode())
    enterprise.refresh_from_db()
    assert enterprise.last_confirmed is None, "a mail scanner's GET changes nothing"

    done = client.post(links["confirm"])
    assert done.status_code == 200
    assert done.context["title"] == in_language("nl", "Thank you for confirming")
    enterprise.refresh_from_db()
    assert enterprise.last_confirmed == timezone.localdate()
    assert french_version(enterprise).last_confirmed == timezone.localdate()
    assert client.post(links["confirm"]).status_code == 410, "single use"


def test_the_update_link_of_the_letter_opens_the_form(client, enterprise):
    links = freshness_links(enterprise)
    response = client.get(links["update"])
    assert response.status_code == 200
    assert 'value="Groene Vaart"' in response.content.decode()


@override_settings(MODERATORS_EMAIL=MODERATORS)
def test_closed_goes_to_the_moderators_and_unpublishes_nothing(client, enterprise):
    links = freshness_links(enterprise)
    mail.outbox.clear()
    assert client.get(links["closed"]).status_code == 200
    assert mail.outbox == []
    client.post(links["closed"])
    assert [m.to for m in mail.outbox] == [MODERATORS]
    assert "Groene Vaart" in mail.outbox[0].subject
    enterprise.refresh_from_db()
    assert enterprise.live


def test_an_update_link_has_no_one_click_actions(client, enterprise):
    client.post(f"/nl/memo-gids/{enterprise.slug}/bijwerken/")
    link = links_in(letters_to(enterprise.email)[0])[0]
    assert client.get(link + "klopt/").status_code == 404


@pytest.mark.parametrize(
    ("language", "text"), [("nl", "Laatst nagekeken op"), ("fr", "Vérifié le")]
)
def test_the_public_page_says_when_it_was_checked(client, enterprise, language, text):
    version = enterprise if language == "nl" else french_version(enterprise)
    guide = {"nl": "/nl/memo-gids/", "fr": "/fr/guide-memo/"}[language]
    assert text not in client.get(f"{guide}{version.slug}/").content.decode()
    Enterprise.objects.update(last_confirmed=datetime.date(2026, 3, 5))
    html = client.get(f"{guide}{version.slug}/").content.decode()
    month = {"nl": "maart", "fr": "mars"}[language]
    assert f"{text} 5 {month} 2026" in html


def test_the_report_lists_unconfirmed_entries_oldest_first(
    client, enterprise, enterprise_factory, moderator
):
    enterprise_factory(name="Pas Bevestigd", last_confirmed=days_ago(10))
    enterprise_factory(name="Lang Geleden", last_confirmed=days_ago(800))
    enterprise_factory(name="Vorig Jaar", last_confirmed=days_ago(400))
    enterprise_factory(name="Niet Gepubliceerd", live=False)
    client.force_login(moderator)
    response = client.get(REPORT)
    assert response.status_code == 200
    names = [row.name for row in response.context["rows"]]
    assert names == ["Groene Vaart", "Lang Geleden", "Vorig Jaar"]
    html = response.content.decode()
    assert f"/admin/snippets/directory/enterprise/edit/{enterprise.pk}/" in html
    assert response.context["never"] == 1 and response.context["published"] == 4
    assert REPORT in client.get("/admin/").content.decode(), "in the guide's menu"


def test_editors_see_the_report_and_anonymous_visitors_do_not(
    client, django_user_model
):
    assert client.get(REPORT).status_code == 302
    editor = django_user_model.objects.create_user("redacteur", password="pw")
    editor.groups.add(Group.objects.get(name=EDITORS))
    client.force_login(editor)
    assert client.get(REPORT).status_code == 200


def test_a_confirmation_reaches_a_cached_page_and_owner_pages_are_never_kept(
    client, enterprise, settings
):
    settings.PAGE_CACHE_SECONDS = 300
    links = freshness_links(enterprise)
    page = f"/nl/memo-gids/{enterprise.slug}/"
    client.get(page)
    assert "Laatst nagekeken" not in client.get(page).content.decode()

    shown = client.get(links["confirm"])
    assert "no-store" in shown["Cache-Control"]
    client.post(links["confirm"])
    assert "Laatst nagekeken" in client.get(page).content.decode()
    assert "no-store" in client.get(links["update"])["Cache-Control"]
