"""Admin for the home app's snippets, grouped under "Site" in the menu."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home.models import FooterText, Navigation, Partner, Person


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    list_display = ["name", "role"]
    search_fields = ["name", "role"]
    search_backend_name = None  # a short list: plain database filtering is enough


class PartnerViewSet(SnippetViewSet):
    model = Partner
    icon = "site"
    list_display = ["name", "url"]
    search_fields = ["name", "description"]
    search_backend_name = None


class NavigationViewSet(SnippetViewSet):
    model = Navigation
    icon = "list-ul"
    list_display = ["__str__"]


class FooterTextViewSet(SnippetViewSet):
    model = FooterText
    icon = "doc-full"
    list_display = ["__str__"]


class SiteContentGroup(SnippetViewSetGroup):
    menu_label = _("Site")
    menu_icon = "home"
    menu_order = 250
    items = (PersonViewSet, PartnerViewSet, NavigationViewSet, FooterTextViewSet)


register_snippet(SiteContentGroup)
