"""The two groups the site is run by, and what a migration grants each.

Redacteurs (editors) write: they add and change pages (news and events are
pages), enterprises, images and documents, and submit their work for
moderation. Moderatoren (moderators) decide: they publish and approve pages and
enterprises, and look after what the whole site shares: navigation, footer,
people, partners, contact settings, redirects, proposals and the import.

Wagtail's own first migrations create the groups "Editors" and "Moderators"
with the right to use the admin, page rights on the root page and image and
document rights on the root collection. We rename those two groups instead of
adding two more, so an editor never has to choose between "Editors" and
"Redacteurs", and existing members, page rights and Wagtail's approval task
carry over as they are.

The functions here take a migration's `apps`, so migrations can grant rights to
models as they were at that point in history.
"""

EDITORS = "Redacteurs"
MODERATORS = "Moderatoren"
WAGTAIL_NAMES = {EDITORS: "Editors", MODERATORS: "Moderators"}

WORKFLOW = "Goedkeuring door moderatoren"
WAGTAIL_WORKFLOW = "Moderators approval"


def group(apps, name):
    """The group called `name`, renamed from Wagtail's default or created."""
    Group = apps.get_model("auth", "Group")
    found = Group.objects.filter(name=name).first()
    if found:
        return found
    wagtail_group = Group.objects.filter(name=WAGTAIL_NAMES[name]).first()
    if wagtail_group:
        wagtail_group.name = name
        wagtail_group.save(update_fields=["name"])
        return wagtail_group
    return Group.objects.create(name=name)


def restore_wagtail_name(apps, name):
    Group = apps.get_model("auth", "Group")
    Group.objects.filter(name=name).update(name=WAGTAIL_NAMES[name])


def permission(apps, app_label, codename):
    """`app_label.codename`, created as Django would if it does not exist yet.

    Django and Wagtail create permissions after the last migration, so on a
    fresh database they do not exist yet when this runs.
    """
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    action, model_name = codename.rsplit("_", 1)
    model = apps.get_model(app_label, model_name)
    content_type, _created = ContentType.objects.get_or_create(
        app_label=app_label, model=model_name
    )
    return Permission.objects.get_or_create(
        content_type=content_type,
        codename=codename,
        defaults={
            "name": f"Can {action.replace('_', ' ')} {model._meta.verbose_name_raw}"
        },
    )[0]


def permissions(apps, grants):
    """Permissions from a list of "app_label.codename"."""
    return [permission(apps, *grant.split(".")) for grant in grants]


def grant(apps, name, *, models=(), pages=(), collections=()):
    """Give the group `name` model-wide rights, rights on the root page and on
    the root collection (each a list of "app_label.codename")."""
    target = group(apps, name)
    target.permissions.add(*permissions(apps, models))
    if pages:
        GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
        root = apps.get_model("wagtailcore", "Page").objects.get(depth=1)
        for page_permission in permissions(apps, pages):
            GroupPagePermission.objects.get_or_create(
                group=target, page=root, permission=page_permission
            )
    if collections:
        GroupCollectionPermission = apps.get_model(
            "wagtailcore", "GroupCollectionPermission"
        )
        root = apps.get_model("wagtailcore", "Collection").objects.get(depth=1)
        for collection_permission in permissions(apps, collections):
            GroupCollectionPermission.objects.get_or_create(
                group=target, collection=root, permission=collection_permission
            )


def revoke(apps, name, *, models=(), pages=(), collections=()):
    """Undo `grant` with the same arguments."""
    Group = apps.get_model("auth", "Group")
    target = Group.objects.filter(name=name).first()
    if target is None:
        return
    target.permissions.remove(*permissions(apps, models))
    target.page_permissions.filter(
        page__depth=1, permission__in=permissions(apps, pages)
    ).delete()
    target.collection_permissions.filter(
        collection__depth=1, permission__in=permissions(apps, collections)
    ).delete()
