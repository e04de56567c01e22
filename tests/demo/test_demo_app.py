"""The demo is an app of its own, for development and tests only, that writes
through the site's own code paths and marks nothing on production models."""

import io

import pytest
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult
from wagtail.search.backends import get_search_backend

from directory.models import Enterprise
from home.models import ContentPage
from tests.processes import in_fresh_process

DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
SHOW_DEMO = (
    "from django.conf import settings; "
    "from django.core.management import get_commands; "
    "print('demo' in settings.INSTALLED_APPS, 'load_demo' in get_commands())"
)


@pytest.mark.parametrize(
    "settings_module, installed",
    [
        ("config.settings.base", "False False"),
        ("config.settings.dev", "True True"),
        ("config.settings.test", "True True"),
    ],
)
def test_only_development_and_test_settings_install_the_demo(
    settings_module, installed
):
    shown = in_fresh_process(SHOW_DEMO, DJANGO_SETTINGS_MODULE=settings_module)
    assert shown == installed


def test_enterprises_have_no_demo_field():
    names = {field.name for field in Enterprise._meta.get_fields()}
    assert not {name for name in names if "demo" in name}


@pytest.mark.django_db
def test_the_demos_saves_update_the_search_index_as_every_save_does(settings):
    """With production's task queue and no worker, the pages' saves queue their
    index updates as usual, and the demo is searchable all the same."""
    settings.TASKS = DATABASE_QUEUE
    call_command("load_demo", stdout=io.StringIO())

    queued = DBTaskResult.objects.filter(
        task_path__endswith="insert_or_update_object_task"
    ).values_list("args_kwargs", flat=True)
    queued_models = {tuple(entry["args"][:2]) for entry in queued}
    assert ("home", "contentpage") in queued_models
    pages = get_search_backend().search("relatiewaarden", ContentPage.objects.all())
    assert [page.slug for page in pages] == ["missie-en-visie"]
    enterprises = get_search_backend().search("Zonnewaaier", Enterprise.objects.all())
    assert {enterprise.slug for enterprise in enterprises} == {"zonnewaaier"}
