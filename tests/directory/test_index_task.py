"""An enterprise's search index update is background work, not the request's."""

from django.core.management import call_command
from django_tasks_db.models import DBTaskResult
from wagtail.models import Locale
from wagtail.search.backends import get_search_backend

from directory.models import Enterprise, Sector
from tests.directory.factories import EnterpriseFactory

DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def found(words: str) -> list[str]:
    results = get_search_backend().search(words, Enterprise.objects.all())
    return [enterprise.name for enterprise in results]


def test_saving_an_enterprise_queues_its_index_update_for_the_worker(
    committed_db, settings
):
    settings.TASKS = DATABASE_QUEUE
    dutch = Locale.objects.get_or_create(language_code="nl")[0]
    enterprise = EnterpriseFactory.build(name="Zonnewind", locale=dutch)
    # As the admin's form leaves it: the sectors in memory, written by save().
    enterprise.sectors = Sector.objects.filter(locale=dutch, slug="energie")
    enterprise.save()

    assert found("Zonnewind") == [], "the request updated the index itself"
    assert DBTaskResult.objects.filter(
        task_path__endswith="insert_or_update_object_task"
    ).exists()

    call_command("db_worker", "--batch", "--no-reload", verbosity=0)

    assert found("Zonnewind") == ["Zonnewind"]
    assert found("Energie") == ["Zonnewind"], "indexed without its sectors"
