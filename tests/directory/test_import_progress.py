"""An admin import running in the task worker shows the editor how far it is."""

import pytest
from django.urls import reverse
from django.utils.translation import gettext, gettext_lazy, override

from directory.models import ImportJob
from directory.tasks import _progress_of

pytestmark = pytest.mark.django_db


def test_the_page_of_a_running_job_shows_its_progress(admin_client, locale_nl):
    job = ImportJob.objects.create(
        file_name="gids.csv",
        content=b"...",
        status=ImportJob.Status.RUNNING,
    )
    url = reverse("directory_import_job", args=[job.pk])
    before = admin_client.get(url).content.decode()
    assert "<progress" not in before

    # The worker is at the 13th of 40 batches of the index update.
    steps = _progress_of(job)(range(40), desc=gettext_lazy("Indexing"))
    for _step in range(13):
        next(steps)
    page = admin_client.get(url).content.decode()

    with override("nl"):
        shown = gettext("%(step)s: %(done)s of %(total)s batches.") % {
            "step": gettext("Indexing"),
            "done": 12,
            "total": 40,
        }
    assert 'data-import-job="running"' in page
    assert shown in page
    assert '<progress max="40" value="12"></progress>' in page
    assert 'http-equiv="refresh"' in page
