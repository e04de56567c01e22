"""iCalendar (RFC 5545) files of events, built with the `icalendar` package."""

import datetime

from django.http import HttpResponse
from django.utils import timezone
from django.utils.http import content_disposition_header
from icalendar import Calendar, Event

from core.site_url import absolute_url

PRODUCT_ID = "-//Coopkracht vzw//Coopkracht events//EN"


def event_component(event, request) -> Event:
    """One VEVENT. Its UID is the page's translation key, shared by all languages."""
    component = Event()
    component.add("uid", str(event.translation_key))
    component.add(
        "dtstamp", (event.last_published_at or timezone.now()).astimezone(datetime.UTC)
    )
    component.add("dtstart", event.start.astimezone(datetime.UTC))
    component.add("dtend", event.end.astimezone(datetime.UTC))
    component.add("summary", event.title)
    component.add("location", event.location)
    component.add("url", absolute_url(event.get_url(request)))
    if event.intro:
        component.add("description", event.intro)
    return component


def events_calendar(events, request, *, name: str) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    for event in events:
        calendar.add_component(event_component(event, request))
    return calendar


def calendar_response(calendar: Calendar, filename: str | None = None) -> HttpResponse:
    """The calendar as `text/calendar`; with a filename, as a download."""
    response = HttpResponse(
        calendar.to_ical(), content_type="text/calendar; charset=utf-8"
    )
    if filename:
        response["Content-Disposition"] = content_disposition_header(True, filename)
    return response
