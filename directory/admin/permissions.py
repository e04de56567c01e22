"""Who moderates the guide: whoever may publish enterprises."""

from wagtail.permission_policies import ModelPermissionPolicy

from directory.models import Enterprise

enterprise_permissions = ModelPermissionPolicy(Enterprise)


def user_can_moderate(user) -> bool:
    """Moderators publish, see proposers' contacts, clear duplicate flags, merge."""
    return enterprise_permissions.user_has_permission(user, "publish")
