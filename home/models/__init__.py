"""Models of the home app, one concern per module."""

from home.models.content import ContentPage
from home.models.forms import FormField, FormPage
from home.models.navigation import Navigation
from home.models.pages import HomePage
from home.models.services import ServiceIndexPage, ServicePage
from home.models.settings import FooterText, SiteSettings
from home.models.snippets import Partner, Person

__all__ = [
    "ContentPage",
    "FooterText",
    "FormField",
    "FormPage",
    "HomePage",
    "Navigation",
    "Partner",
    "Person",
    "ServiceIndexPage",
    "ServicePage",
    "SiteSettings",
]
