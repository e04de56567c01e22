"""Events: upcoming and past lists, the end-after-start rule, iCal file and feed."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils.html import escape
from django.utils.translation import gettext, override
from icalendar import Calendar
from wagtail.test.utils.form_data import nested_form_data, streamfield

from knowledge.models import EventPage
from tests.conftest import publish_translation
from tests.knowledge.builders import add_event, in_days

END_BEFORE_START = "The end is before the start: an event cannot end before it begins."


def end_before_start(language: str = "nl") -> str:
    """The end-before-start message as an editor reading `language` gets it."""
    with override(language):
        translated = gettext(END_BEFORE_START)
    assert translated != END_BEFORE_START, f"no {language} translation"
    return translated


def test_index_lists_upcoming_soonest_first_and_past_separately(client, event_index):
    add_event(event_index, "Volgende maand", start=in_days(30))
    add_event(event_index, "Volgende week", start=in_days(7))
    add_event(event_index, "Vorige week", start=in_days(-7))
    add_event(event_index, "Bezig", start=in_days(0, hour=0), hours=48)
    add_event(event_index, "Ontwerp", start=in_days(3), live=False)

    upcoming = client.get(event_index.url).content.decode()
    assert "Vorige week" not in upcoming
    assert "Ontwerp" not in upcoming
    positions = [
        upcoming.index(t) for t in ("Bezig", "Volgende week", "Volgende maand")
    ]
    assert positions == sorted(positions)

    past = client.get(event_index.url, {"past": "1"}).content.decode()
    assert "Vorige week" in past
    assert "Volgende week" not in past
    assert "Bezig" not in past


def test_event_page_shows_when_and_where_in_time_elements(client, event_index):
    start = datetime.datetime(2030, 5, 17, 17, 0, tzinfo=datetime.UTC)
    event = add_event(
        event_index,
        "Ledendag",
        start=start,
        place="De Centrale",
        address="Kraankindersstraat 2\n9000 Gent",
        registration_url="https://example.org/inschrijven",
    )
    html = client.get(event.url).content.decode()
    assert '<time datetime="2030-05-17T19:00:00+02:00">' in html
    assert '<time datetime="2030-05-17T21:00:00+02:00">21:00</time>' in html
    assert "Kraankindersstraat 2<br>9000 Gent" in html
    assert 'href="https://example.org/inschrijven"' in html
    assert 'href="/nl/activiteiten/ledendag/ical/"' in html


def test_end_before_start_is_rejected_with_a_clear_message(event_index):
    event = EventPage(
        title="Achterstevoren",
        intro="…",
        place="Gent",
        start=in_days(5, hour=20),
        end=in_days(5, hour=18),
    )
    with pytest.raises(ValidationError) as error:
        event_index.add_child(instance=event)
    assert error.value.message_dict == {"end": [end_before_start()]}


def test_admin_form_refuses_end_before_start(admin_client, event_index):
    url = f"/admin/pages/add/knowledge/eventpage/{event_index.pk}/"
    data = nested_form_data(
        {
            "title": "Achterstevoren",
            "slug": "achterstevoren",
            "intro": "Een avond",
            "start": "2030-05-17 20:00",
            "end": "2030-05-17 18:00",
            "place": "Gent",
            "address": "",
            "registration_url": "",
            "body": streamfield([]),
        }
    )
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert escape(end_before_start()) in response.content.decode()
    assert not EventPage.objects.filter(slug="achterstevoren").exists()

    data["end"] = "2030-05-17 22:00"
    response = admin_client.post(url, data)
    assert response.status_code == 302
    assert EventPage.objects.filter(slug="achterstevoren").exists()


def read_calendar(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def test_ical_file_of_an_event(client, event_index, event_index_fr, locale_fr):
    start = datetime.datetime(
        2030, 5, 17, 19, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=2))
    )
    event = add_event(
        event_index,
        "Ledendag",
        start=start,
        hours=3,
        place="De Centrale",
        address="Kraankindersstraat 2\n9000 Gent",
        intro="Een dag voor alle leden.",
    )
    event_fr = publish_translation(event, locale_fr, title="Journée des membres")

    response = client.get(event.ical_url())
    assert response["Content-Disposition"] == 'attachment; filename="ledendag.ics"'
    [vevent] = read_calendar(response).walk("VEVENT")
    assert vevent["UID"] == str(event.translation_key)
    assert vevent.decoded("DTSTART") == datetime.datetime(
        2030, 5, 17, 17, 0, tzinfo=datetime.UTC
    )
    assert vevent.decoded("DTEND") == datetime.datetime(
        2030, 5, 17, 20, 0, tzinfo=datetime.UTC
    )
    assert vevent.to_ical().decode().count("DTSTART:20300517T170000Z") == 1
    assert vevent["SUMMARY"] == "Ledendag"
    assert vevent["LOCATION"] == "De Centrale, Kraankindersstraat 2, 9000 Gent"
    assert vevent["URL"] == "http://testserver/nl/activiteiten/ledendag/"
    assert vevent["DESCRIPTION"] == "Een dag voor alle leden."

    [vevent_fr] = read_calendar(client.get(event_fr.ical_url())).walk("VEVENT")
    assert vevent_fr["UID"] == vevent["UID"]
    assert vevent_fr["SUMMARY"] == "Journée des membres"
    assert vevent_fr["URL"] == f"http://testserver{event_fr.url}"


def test_ical_feed_lists_only_upcoming_events_of_its_language(
    client, event_index, event_index_fr, locale_fr
):
    soon = add_event(event_index, "Binnenkort", start=in_days(3))
    later = add_event(event_index, "Later", start=in_days(40))
    add_event(event_index, "Voorbij", start=in_days(-3))
    add_event(event_index, "Ontwerp", start=in_days(5), live=False)
    soon_fr = publish_translation(soon, locale_fr, title="Bientôt")

    calendar = read_calendar(client.get(event_index.ical_url()))
    assert calendar["X-WR-CALNAME"] == "Activiteiten"
    assert [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")] == [
        "Binnenkort",
        "Later",
    ]
    assert {str(e["UID"]) for e in calendar.walk("VEVENT")} == {
        str(soon.translation_key),
        str(later.translation_key),
    }

    calendar_fr = read_calendar(client.get(event_index_fr.ical_url()))
    assert [str(e["SUMMARY"]) for e in calendar_fr.walk("VEVENT")] == ["Bientôt"]
    assert calendar_fr.walk("VEVENT")[0]["URL"] == f"http://testserver{soon_fr.url}"


def test_event_index_advertises_its_calendar(client, event_index):
    html = client.get(event_index.url).content.decode()
    assert (
        '<link rel="alternate" type="text/calendar" title="Activiteiten" '
        'href="/nl/activiteiten/ical/">'
    ) in html
