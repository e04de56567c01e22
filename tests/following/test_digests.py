"""The weekly digest: new and changed matches of a followed search, or new events.

See docs/operations.md (send_follow_digests) and docs/contract.md#following.
"""

import datetime
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from directory.models import Enterprise
from following.digests import send_digests
from following.models import Subscription
from knowledge.models import EventIndexPage
from tests.directory.factories import french_version
from tests.following.support import UNSUBSCRIBE_PATHS, confirmed, link
from tests.knowledge.builders import add_event, add_page, in_days
from tests.translations import in_language

ENERGY = "sector=energie"


def days_ago(days: int) -> datetime.datetime:
    return timezone.now() - datetime.timedelta(days=days)


def published_long_ago(enterprise, *, changed_days_ago=30):
    """The enterprise (both languages) was first published a month ago, and last
    published `changed_days_ago` days ago."""
    Enterprise.objects.filter(translation_key=enterprise.translation_key).update(
        first_published_at=days_ago(30), last_published_at=days_ago(changed_days_ago)
    )


@pytest.fixture
def energy_sample(guides, enterprise_factory):
    """New, changed and unchanged energy enterprises, and a new one of another sector."""
    new = enterprise_factory(name="Nieuwe Wind", sectors=["energie"])
    changed = enterprise_factory(name="Gewijzigde Zon", sectors=["energie"])
    published_long_ago(changed, changed_days_ago=2)
    unchanged = enterprise_factory(name="Oude Stroom", sectors=["energie"])
    published_long_ago(unchanged)
    other = enterprise_factory(name="Bakkerij", sectors=["voeding-landbouw"])
    return {"new": new, "changed": changed, "unchanged": unchanged, "other": other}


def test_the_digest_lists_new_and_changed_matches_only(energy_sample):
    subscription = confirmed(search=ENERGY)
    assert send_digests() == 1
    [message] = mail.outbox
    assert message.to == [subscription.email]
    assert message.subject == in_language("nl", "New in the MeMO guide for your search")
    body = message.body
    new_part, changed_part = body.split(in_language("nl", "Changed in the guide:"))
    assert in_language("nl", "New in the guide:") in new_part
    assert "Nieuwe Wind" in new_part
    assert "http://testserver/nl/memo-gids/nieuwe-wind/" in new_part
    assert "Gewijzigde Zon" in changed_part
    assert "Oude Stroom" not in body
    assert "Bakkerij" not in body
    assert "Energie" in body  # the search in words
    subscription.refresh_from_db()
    assert subscription.last_sent_at is not None
    # Every digest can be left in one click.
    path = link(message, UNSUBSCRIBE_PATHS["nl"])
    assert message.extra_headers["List-Unsubscribe"] == f"<http://testserver{path}>"
    assert message.extra_headers["List-Unsubscribe-Post"] == (
        "List-Unsubscribe=One-Click"
    )


def test_a_french_subscriber_gets_the_french_text_and_pages(energy_sample):
    confirmed(search=ENERGY, language="fr")
    assert send_digests() == 1
    [message] = mail.outbox
    assert message.subject == in_language("fr", "New in the MeMO guide for your search")
    assert in_language("fr", "New in the guide:") in message.body
    assert "Énergie" in message.body
    french = french_version(energy_sample["new"])
    assert f"http://testserver/fr/guide-memo/{french.slug}/" in message.body
    assert '<html lang="fr">' in message.alternatives[0][0]


def test_nothing_new_sends_nothing(guides, enterprise_factory):
    old = enterprise_factory(name="Oude Stroom", sectors=["energie"])
    published_long_ago(old)
    subscription = confirmed(search=ENERGY)
    assert send_digests() == 0
    assert not mail.outbox
    subscription.refresh_from_db()
    assert subscription.last_sent_at is None


def test_a_second_run_in_the_same_week_sends_nothing(energy_sample):
    confirmed(search=ENERGY)
    out = StringIO()
    call_command("send_follow_digests", stdout=out)
    assert out.getvalue().startswith("1 digests sent")
    # Something changes after the digest, and the command runs again that week.
    published_long_ago(energy_sample["unchanged"], changed_days_ago=0)
    Enterprise.objects.filter(name="Oude Stroom").update(
        last_published_at=timezone.now()
    )
    call_command("send_follow_digests", stdout=StringIO())
    assert len(mail.outbox) == 1


def test_next_week_tells_only_what_changed_since_the_last_digest(energy_sample):
    subscription = confirmed(search=ENERGY)
    Subscription.objects.filter(pk=subscription.pk).update(last_sent_at=days_ago(3))
    # Three days ago is within the week: not due yet.
    assert send_digests() == 0
    Subscription.objects.filter(pk=subscription.pk).update(last_sent_at=days_ago(7))
    assert send_digests() == 1
    body = mail.outbox[0].body
    assert "Nieuwe Wind" in body and "Gewijzigde Zon" in body


def test_unconfirmed_subscriptions_get_no_digest(energy_sample):
    Subscription.objects.create(
        email="nog-niet@example.org", kind="guide", search=ENERGY, language="nl"
    )
    assert send_digests() == 0
    assert not mail.outbox


def test_a_search_that_no_longer_applies_is_skipped(energy_sample):
    confirmed(search="sector=verdwenen-sector")
    confirmed(search=ENERGY, email="ander@example.org")
    assert send_digests() == 1
    assert mail.outbox[0].to == ["ander@example.org"]


def test_the_digest_queries_do_not_grow_with_the_matches(guides, enterprise_factory):
    confirmed(search=ENERGY)
    enterprise_factory(name="Eerste", sectors=["energie"])

    def queries() -> int:
        Subscription.objects.update(last_sent_at=None)
        with CaptureQueriesContext(connection) as captured:
            assert send_digests() == 1
        return len(captured)

    one = queries()
    for number in range(5):
        enterprise_factory(name=f"Meer {number}", sectors=["energie"])
    assert queries() == one
    # With the sectors' and labels' names read afresh (each write above drops
    # them from the cache): they are 2 of these.
    assert one == 11


@pytest.fixture
def agenda(home_nl, home_fr):
    return add_page(home_nl, EventIndexPage(title="Activiteiten", slug="activiteiten"))


def test_the_agenda_digest_lists_new_upcoming_events(guides, agenda):
    add_event(agenda, "Ledendag", start=in_days(10))
    add_event(agenda, "Voorbij", start=in_days(-3))
    old = add_event(agenda, "Al aangekondigd", start=in_days(12))
    type(old).objects.filter(pk=old.pk).update(last_published_at=days_ago(20))
    subscription = confirmed(kind="agenda")
    assert send_digests() == 1
    [message] = mail.outbox
    assert message.to == [subscription.email]
    assert message.subject == in_language(
        "nl", "New in the agenda of %(site)s", site="Coopkracht"
    )
    assert "Ledendag" in message.body
    assert "http://testserver/nl/activiteiten/ledendag/" in message.body
    assert "Voorbij" not in message.body
    assert "Al aangekondigd" not in message.body
    assert "List-Unsubscribe" in message.extra_headers


def test_the_agenda_without_new_events_sends_nothing(guides, agenda):
    confirmed(kind="agenda")
    assert send_digests() == 0
    assert not mail.outbox


def test_a_followed_text_search_matches_as_on_the_guide(energy_sample, client):
    confirmed(search="q=wind")
    guide = client.get("/nl/memo-gids/?q=wind").content.decode()
    assert "Nieuwe Wind" in guide and "Gewijzigde Zon" not in guide
    assert send_digests() == 1
    body = mail.outbox[0].body
    assert "Nieuwe Wind" in body
    assert "Gewijzigde Zon" not in body
