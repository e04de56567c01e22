"""Events: dated gatherings with a place, listed per language and offered as iCal."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page
from wagtail.search import index

from knowledge.ical import calendar_response, events_calendar
from knowledge.images import with_card_images
from knowledge.models.base import (
    IndexPage,
    StoryPage,
    cached_paths,
    published,
    subpage_url,
)


def upcoming(events):
    """Visible events that have not ended yet (ongoing ones included), soonest first."""
    return published(events).filter(end__gte=timezone.now()).order_by("start", "pk")


def past(events):
    """Visible events that have ended, most recent first."""
    return published(events).filter(end__lt=timezone.now()).order_by("-start", "-pk")


class EventIndexPage(RoutablePageMixin, IndexPage):
    """The events of one language: upcoming ones, past ones, and an iCal feed.

    Routes: the list of upcoming events (`?past=1` lists past events instead,
    `?page=<n>` pages) and `ical/` (a calendar of all upcoming events of this index).
    """

    subpage_types = ["knowledge.EventPage"]

    class Meta:
        verbose_name = _("event index")

    def events(self):
        return EventPage.objects.child_of(self)

    def listing(self, request, context):
        show_past = request.GET.get("past") == "1"
        context["show_past"] = show_past
        events = past(self.events()) if show_past else upcoming(self.events())
        return with_card_images(events)

    def ical_url(self, request=None) -> str:
        return subpage_url(self, "ical", request)

    def get_cached_paths(self):
        return cached_paths(self, "ical")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["ical_url"] = self.ical_url(request)
        return context

    @path("ical/", name="ical")
    def ical(self, request):
        events = upcoming(self.events())
        return calendar_response(events_calendar(events, request, name=self.title))


class EventPage(RoutablePageMixin, StoryPage):
    """One event: when and where it happens, how to register, what it is about.

    Fields: `start`, `end` (aware datetimes, end not before start), `place` (name
    of the venue or "Online"), `address` (optional, multi-line), `registration_url`
    (optional), `intro`, `image`, `body` (see StoryPage).
    Route `ical/`: the event as an `.ics` file.
    """

    start = models.DateTimeField(_("start"))
    end = models.DateTimeField(
        _("end"), help_text=_("For an event without a set end, repeat the start.")
    )
    place = models.CharField(
        _("place"),
        max_length=255,
        help_text=_("Name of the venue, or “Online”."),
    )
    address = models.TextField(
        _("address"),
        blank=True,
        help_text=_(
            "Street, number, postcode and municipality, if it helps to get there."
        ),
    )
    registration_url = models.URLField(
        _("registration link"),
        blank=True,
        help_text=_(
            "Where visitors sign up. Leave empty if no registration is needed."
        ),
    )

    content_panels = (
        Page.content_panels
        + [
            FieldRowPanel([FieldPanel("start"), FieldPanel("end")], heading=_("When")),
            MultiFieldPanel(
                [FieldPanel("place"), FieldPanel("address")], heading=_("Where")
            ),
            FieldPanel("registration_url"),
        ]
        + StoryPage.story_panels
    )
    search_fields = StoryPage.search_fields + [
        index.SearchField("place"),
        index.SearchField("address"),
        index.FilterField("start"),
        index.FilterField("end"),
    ]
    parent_page_types = ["knowledge.EventIndexPage"]

    class Meta:
        verbose_name = _("event")

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError(
                {
                    "end": _(
                        "The end is before the start: an event cannot end before it begins."
                    )
                }
            )

    @property
    def location(self) -> str:
        """Place and address on one line, as calendars show it."""
        lines = [self.place, *self.address.splitlines()]
        return ", ".join(line.strip() for line in lines if line.strip())

    def ical_url(self, request=None) -> str:
        return subpage_url(self, "ical", request)

    def get_cached_paths(self):
        return cached_paths(self, "ical")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["ical_url"] = self.ical_url(request)
        return context

    @path("ical/", name="ical")
    def ical(self, request):
        return calendar_response(
            events_calendar([self], request, name=self.title),
            filename=f"{self.slug}.ics",
        )
