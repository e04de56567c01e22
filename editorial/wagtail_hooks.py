"""The admin made for Coopkracht: its dashboard panel, the editors' guide in Help
and page views that refuse a workflow action on work no longer in moderation
and a save over someone else's."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from core.stale_workflow_action import StaleSafePageViewSet
from editorial.dashboard import CoopkrachtPanel
from editorial.views import EditorsGuideView

# Wagtail's links to its own guide and release notes, replaced by ours.
WAGTAIL_HELP_ITEMS = ("editor-guide", "whats-new-in-wagtail-")


@hooks.register("construct_homepage_panels")
def add_coopkracht_panel(request, panels):
    panels.append(CoopkrachtPanel())


@hooks.register("register_admin_urls")
def register_guide_urls():
    return [
        path("handleiding/", EditorsGuideView.as_view(), name="editorial_guide"),
        path(
            "handleiding/<str:language>/",
            EditorsGuideView.as_view(),
            name="editorial_guide_language",
        ),
    ]


@hooks.register("register_help_menu_item")
def register_guide_menu_item():
    return MenuItem(
        _("Editors' guide"),
        reverse("editorial_guide"),
        name="coopkracht-guide",
        icon_name="help",
        order=100,
    )


@hooks.register("construct_help_menu")
def hide_wagtails_own_guide(request, menu_items):
    menu_items[:] = [
        item for item in menu_items if not item.name.startswith(WAGTAIL_HELP_ITEMS)
    ]


@hooks.register("register_admin_viewset")
def register_page_viewset():
    """Replaces Wagtail's fallback for every page type (registered before ours)."""
    return StaleSafePageViewSet()
