"""Admin of the follow subscriptions: find an address and delete it on request.

Only superusers (or groups given the model's rights) see it; nobody needs to make
or edit a subscription by hand, so the admin lists, inspects and deletes.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from following.models import Subscription


class ListAndDeletePolicy(ModelPermissionPolicy):
    """The model's rights, without adding or changing."""

    def user_has_permission(self, user, action):
        if action in ("add", "change"):
            return False
        return super().user_has_permission(user, action)


register_permission_policy(Subscription, ListAndDeletePolicy(Subscription))


class SubscriptionViewSet(SnippetViewSet):
    model = Subscription
    icon = "mail"
    menu_label = _("Follow subscriptions")
    add_to_admin_menu = True
    list_display = ["email", "kind", "language", "confirmed_at", "last_sent_at"]
    list_filter = ["kind", "language"]
    search_fields = ["email"]
    search_backend_name = None  # plain database filtering of addresses
    inspect_view_enabled = True
    copy_view_enabled = False


register_snippet(SubscriptionViewSet)
