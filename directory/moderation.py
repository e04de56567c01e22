"""Who may change and who may publish the guide's enterprises.

Editors add and change enterprises and submit them for moderation; moderators
publish. Enterprises go through the same "Moderators approval" workflow as pages.
Run after every migrate (idempotent), because Wagtail creates the publish and lock
permissions of snippets only then.
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType

EDITOR_ACTIONS = ("add", "change", "view", "lock", "unlock")
MODERATOR_ACTIONS = (*EDITOR_ACTIONS, "delete", "publish")
REFERENCE_ACTIONS = ("add", "change", "view")
DEFAULT_WORKFLOW = "Moderators approval"


def _permissions(model, actions):
    content_type = ContentType.objects.get_for_model(model)
    name = model._meta.model_name
    return [
        Permission.objects.get_or_create(
            content_type=content_type,
            codename=f"{action}_{name}",
            defaults={"name": f"Can {action} {model._meta.verbose_name_raw}"},
        )[0]
        for action in actions
    ]


def set_up_moderation(**kwargs):
    from wagtail.models import Workflow, WorkflowContentType

    from directory.models import Enterprise, Label, Sector

    editors = Group.objects.filter(name="Editors").first()
    moderators = Group.objects.filter(name="Moderators").first()
    if editors:
        editors.permissions.add(*_permissions(Enterprise, EDITOR_ACTIONS))
    if moderators:
        moderators.permissions.add(*_permissions(Enterprise, MODERATOR_ACTIONS))
        for model in (Sector, Label):
            moderators.permissions.add(*_permissions(model, REFERENCE_ACTIONS))
    workflow = Workflow.objects.filter(name=DEFAULT_WORKFLOW, active=True).first()
    if workflow:
        WorkflowContentType.objects.get_or_create(
            content_type=ContentType.objects.get_for_model(Enterprise),
            defaults={"workflow": workflow},
        )
