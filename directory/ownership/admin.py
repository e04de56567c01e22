"""The moderators' side: owners' claims to approve or reject, and the freshness report."""

import datetime

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import F, Max, OuterRef, Q, Subquery
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.permission_policies import ModelPermissionPolicy

from directory.models import Enterprise, OwnerClaim, OwnerLink
from directory.ownership.mail import send_claim_rejected, send_update_link
from directory.ownership.tokens import issue_link

enterprise_permissions = ModelPermissionPolicy(Enterprise)
STALE_AFTER = datetime.timedelta(days=365)


def user_can_see_report(user) -> bool:
    """Editors and moderators: whoever may change or publish enterprises."""
    return enterprise_permissions.user_has_any_permission(user, ["change", "publish"])


def user_can_decide_claims(user) -> bool:
    return enterprise_permissions.user_has_permission(user, "publish")


def unconfirmed_enterprises(today=None):
    """Published enterprises (one row each, in the site's main language) not
    confirmed for more than a year, never confirmed first, then oldest first."""
    today = today or timezone.localdate()
    last_request = (
        OwnerLink.objects.filter(
            enterprise__translation_key=OuterRef("translation_key"),
            purpose=OwnerLink.Purpose.FRESHNESS,
        )
        .values("enterprise__translation_key")
        .annotate(latest=Max("created_at"))
        .values("latest")
    )
    return (
        Enterprise.objects.filter(
            live=True, locale__language_code=settings.LANGUAGE_CODE
        )
        .filter(
            Q(last_confirmed__isnull=True) | Q(last_confirmed__lt=today - STALE_AFTER)
        )
        .annotate(last_request=Subquery(last_request))
        .order_by(F("last_confirmed").asc(nulls_first=True), "name")
    )


class AdminPage(WagtailAdminTemplateMixin, TemplateView):
    header_icon = "time"
    allowed = staticmethod(user_can_see_report)

    def dispatch(self, request, *args, **kwargs):
        if not self.allowed(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class FreshnessReportView(AdminPage):
    """Entries nobody confirmed for more than a year."""

    template_name = "directory/ownership/admin/report.html"
    page_title = gettext_lazy("Unconfirmed entries")

    def get_context_data(self, **kwargs):
        rows = list(unconfirmed_enterprises())
        finder = AdminURLFinder(self.request.user)
        for row in rows:
            row.edit_url = finder.get_edit_url(row)
        return super().get_context_data(
            rows=rows,
            never=sum(1 for row in rows if row.last_confirmed is None),
            published=Enterprise.objects.filter(
                live=True, locale__language_code=settings.LANGUAGE_CODE
            ).count(),
            **kwargs,
        )


class ClaimsView(AdminPage):
    """Requests to update enterprises without an e-mail address."""

    template_name = "directory/ownership/admin/claims.html"
    page_title = gettext_lazy("Owners' requests")
    header_icon = "user"
    allowed = staticmethod(user_can_decide_claims)

    def get_context_data(self, **kwargs):
        claims = list(OwnerClaim.objects.select_related("enterprise__locale"))
        finder = AdminURLFinder(self.request.user)
        for claim in claims:
            claim.edit_url = finder.get_edit_url(claim.enterprise)
        return super().get_context_data(claims=claims, **kwargs)

    def post(self, request):
        claim = get_object_or_404(
            OwnerClaim.objects.select_related("enterprise"),
            pk=request.POST.get("claim"),
        )
        if request.POST.get("decision") == "approve":
            link, token = issue_link(
                claim.enterprise, OwnerLink.Purpose.UPDATE, claim.email, claim.language
            )
            send_update_link(link, token)
            messages.success(
                request,
                _("A link to update %(name)s was sent to %(email)s.")
                % {"name": claim.enterprise.name, "email": claim.email},
            )
        else:
            send_claim_rejected(claim)
            messages.success(
                request,
                _("The request for %(name)s was rejected; %(email)s was told.")
                % {"name": claim.enterprise.name, "email": claim.email},
            )
        claim.delete()
        return redirect("directory_owner_claims")


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return user_can_see_report(request.user)


class ClaimsMenuItem(MenuItem):
    def is_shown(self, request):
        return user_can_decide_claims(request.user)


def report_menu_item():
    return ReportMenuItem(
        gettext_lazy("Unconfirmed entries"),
        reverse("directory_freshness_report"),
        name="unconfirmed-entries",
        icon_name="time",
        order=20,
    )


def claims_menu_item():
    return ClaimsMenuItem(
        gettext_lazy("Owners' requests"),
        reverse("directory_owner_claims"),
        name="owner-requests",
        icon_name="user",
        order=21,
    )
