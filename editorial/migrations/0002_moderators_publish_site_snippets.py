"""Moderatoren publish, lock and unlock navigation, footer text, people and partners,
which now have drafts (home 0004)."""

from django.db import migrations

from editorial.groups import MODERATORS, grant, revoke

SNIPPETS = ("navigation", "footertext", "person", "partner")
RIGHTS = {
    "models": [
        f"home.{action}_{model}"
        for model in SNIPPETS
        for action in ("publish", "lock", "unlock")
    ]
}


def forward(apps, schema_editor):
    grant(apps, MODERATORS, **RIGHTS)


def backward(apps, schema_editor):
    revoke(apps, MODERATORS, **RIGHTS)


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0001_groups_and_permissions"),
        ("home", "0004_snippet_drafts_and_revisions"),
    ]

    operations = [migrations.RunPython(forward, backward)]
