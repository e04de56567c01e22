"""Redacteurs and Moderatoren: their rights and the approval workflow (see editorial.groups)."""

from django.db import migrations

from editorial.groups import (
    EDITORS,
    MODERATORS,
    WAGTAIL_WORKFLOW,
    WORKFLOW,
    grant,
    group,
    restore_wagtail_name,
    revoke,
)


def crud(app_label, model, actions=("add", "change", "delete", "view")):
    return [f"{app_label}.{action}_{model}" for action in actions]


IMAGES_AND_DOCUMENTS = [
    *crud("wagtailimages", "image", ("add", "change", "choose")),
    *crud("wagtaildocs", "document", ("add", "change", "choose")),
]
# What Wagtail's own migrations already give the two groups: ensured, never
# taken away on the way back.
WAGTAIL_GRANTS = {
    EDITORS: {
        "models": ["wagtailadmin.access_admin", "wagtail_localize.submit_translation"],
        "pages": crud("wagtailcore", "page", ("add", "change")),
        "collections": IMAGES_AND_DOCUMENTS,
    },
    MODERATORS: {
        "models": ["wagtailadmin.access_admin", "wagtail_localize.submit_translation"],
        "pages": crud(
            "wagtailcore", "page", ("add", "change", "publish", "lock", "unlock")
        ),
        "collections": IMAGES_AND_DOCUMENTS,
    },
}
EDITOR_ENTERPRISE = ("add", "change", "view", "lock", "unlock")
# What this site adds.
SITE_GRANTS = {
    EDITORS: {"models": crud("directory", "enterprise", EDITOR_ENTERPRISE)},
    MODERATORS: {
        "models": [
            *crud("directory", "enterprise", (*EDITOR_ENTERPRISE, "delete", "publish")),
            *crud("directory", "sector", ("add", "change", "view")),
            *crud("directory", "label", ("add", "change", "view")),
            *crud("home", "navigation"),
            *crud("home", "footertext"),
            *crud("home", "person"),
            *crud("home", "partner"),
            *crud("home", "sitesettings", ("change", "view")),
            *crud("wagtailredirects", "redirect"),
        ]
    },
}


def approval_workflow(apps):
    """Wagtail's "Moderators approval", renamed, or a new one like it."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Task = apps.get_model("wagtailcore", "Task")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")

    Workflow.objects.filter(name=WAGTAIL_WORKFLOW).update(name=WORKFLOW)
    Task.objects.filter(name=WAGTAIL_WORKFLOW).update(name=WORKFLOW)
    workflow, _created = Workflow.objects.get_or_create(
        name=WORKFLOW, defaults={"active": True}
    )
    task = GroupApprovalTask.objects.filter(name=WORKFLOW).first()
    if task is None:
        task = GroupApprovalTask.objects.create(
            name=WORKFLOW,
            active=True,
            content_type=ContentType.objects.get_or_create(
                app_label="wagtailcore", model="groupapprovaltask"
            )[0],
        )
    task.groups.set([group(apps, MODERATORS)])
    WorkflowTask.objects.get_or_create(
        workflow=workflow, task=task, defaults={"sort_order": 0}
    )
    return workflow


def forward(apps, schema_editor):
    for grants in (WAGTAIL_GRANTS, SITE_GRANTS):
        for name, rights in grants.items():
            grant(apps, name, **rights)

    ContentType = apps.get_model("contenttypes", "ContentType")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    workflow = approval_workflow(apps)
    root = apps.get_model("wagtailcore", "Page").objects.get(depth=1)
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})
    enterprise_type = ContentType.objects.get_or_create(
        app_label="directory", model="enterprise"
    )[0]
    WorkflowContentType.objects.update_or_create(
        content_type=enterprise_type, defaults={"workflow": workflow}
    )


def backward(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    WorkflowContentType.objects.filter(
        content_type__in=ContentType.objects.filter(
            app_label="directory", model="enterprise"
        )
    ).delete()
    apps.get_model("wagtailcore", "Workflow").objects.filter(name=WORKFLOW).update(
        name=WAGTAIL_WORKFLOW
    )
    apps.get_model("wagtailcore", "Task").objects.filter(name=WORKFLOW).update(
        name=WAGTAIL_WORKFLOW
    )
    for name, rights in SITE_GRANTS.items():
        revoke(apps, name, **rights)
        restore_wagtail_name(apps, name)


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("home", "0003_alter_contentpage_body_alter_serviceindexpage_body_and_more"),
        ("directory", "0004_enterprise_possible_duplicate_of"),
    ]

    operations = [migrations.RunPython(forward, backward)]
