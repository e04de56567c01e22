"""Wagtail admin registrations of the MeMO guide (see `directory.admin`)."""

from django.urls import path
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from directory.admin.imports import ImportJobView, ImportView
from directory.admin.listing import replace_localize_listing_buttons
from directory.admin.merging import MergeProposalView
from directory.admin.viewsets import MENU_HOOK, MeMOGuideGroup, import_menu_item
from directory.ownership.admin import (
    ClaimsView,
    FreshnessReportView,
    claims_menu_item,
    report_menu_item,
)

register_snippet(MeMOGuideGroup)
replace_localize_listing_buttons()


@hooks.register("register_admin_urls")
def register_import_url():
    return [
        path(
            "memo-gids/import/",
            ImportView.as_view(),
            name="directory_import_enterprises",
        ),
        path(
            "memo-gids/import/<int:pk>/",
            ImportJobView.as_view(),
            name="directory_import_job",
        ),
        path(
            "memo-gids/proposals/<int:pk>/merge/",
            MergeProposalView.as_view(),
            name="directory_merge_proposal",
        ),
        path(
            "memo-gids/unconfirmed/",
            FreshnessReportView.as_view(),
            name="directory_freshness_report",
        ),
        path(
            "memo-gids/owner-requests/",
            ClaimsView.as_view(),
            name="directory_owner_claims",
        ),
    ]


@hooks.register(MENU_HOOK)
def register_import_menu_item():
    return import_menu_item()


@hooks.register(MENU_HOOK)
def register_freshness_report_menu_item():
    return report_menu_item()


@hooks.register(MENU_HOOK)
def register_claims_menu_item():
    return claims_menu_item()
