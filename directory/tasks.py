"""Background work of the MeMO guide, run by the task worker (`manage.py db_worker`)."""

from django.db import transaction
from django.utils import timezone, translation
from django_tasks import task

from directory.exchange.importer import import_exchange_file
from directory.models.import_job import ImportJob


def _progress_of(job: ImportJob):
    """A progress wrapper for the importer that tells the job's page how far it is."""

    def progress(iterable, desc="", **kwargs):
        steps = list(iterable)
        for done, step in enumerate(steps):
            job.report_progress(str(desc), done, len(steps))
            yield step
        job.report_progress(str(desc), len(steps), len(steps))

    return progress


@task()
def run_import_job(job_id: int, language: str) -> str:
    """Import the file of ImportJob `job_id`; its report is in `language`."""
    job = ImportJob.objects.get(pk=job_id)
    if job.finished:
        return job.status
    ImportJob.objects.filter(pk=job.pk).update(status=ImportJob.Status.RUNNING)
    try:
        with translation.override(language):
            report = import_exchange_file(
                bytes(job.content),
                dry_run=job.dry_run,
                user=job.created_by,
                progress=_progress_of(job),
            )
            job.summary = report.summary() if report.is_valid else ""
            job.problems = [problem.in_words() for problem in report.problems]
        job.indexing_failed = report.indexing_failed
        job.status = ImportJob.Status.DONE
    except Exception:
        job.status = ImportJob.Status.FAILED
        raise
    finally:
        job.finished_at = timezone.now()
        job.content = b""
        with transaction.atomic():
            job.save()
    return job.status
