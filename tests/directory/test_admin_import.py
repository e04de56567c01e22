"""The admin's CSV upload: a background job with its own page, progress and report."""

import pytest
from django.contrib.auth.models import Permission, User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from django.utils.html import escape
from django.utils.translation import gettext, override
from wagtail.models import Locale

from directory.exchange.columns import COLUMNS
from directory.models import Enterprise, ImportJob
from tests.directory.conftest import csv_text

IMPORT_URL = "directory_import_enterprises"
DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def editor_client(admin_client, locale_nl, locale_fr):
    return admin_client


def upload(client, content: bytes, dry_run: bool, **options):
    data = {"file": SimpleUploadedFile("enterprises.csv", content, "text/csv")}
    if dry_run:
        data["dry_run"] = "on"
    return client.post(reverse(IMPORT_URL), data, **options)


@pytest.mark.django_db
def test_import_page_is_in_the_menu_group(editor_client):
    content = editor_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "MeMO-gids" in content
    assert reverse(IMPORT_URL) in content
    assert editor_client.get(reverse(IMPORT_URL)).status_code == 200


@pytest.mark.django_db
def test_import_needs_the_add_and_publish_permissions(
    client, django_user_model, locale_nl
):
    user = django_user_model.objects.create_user("editor", password="pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert client.get(reverse(IMPORT_URL)).status_code in (302, 403)
    response = upload(client, csv_text([{}]).encode(), dry_run=False)
    assert response.status_code in (302, 403)
    assert not ImportJob.objects.exists()
    assert not Enterprise.objects.exists()
    user.user_permissions.add(Permission.objects.get(codename="add_enterprise"))
    assert client.get(reverse(IMPORT_URL)).status_code in (302, 403)
    user.user_permissions.add(Permission.objects.get(codename="publish_enterprise"))
    assert client.get(reverse(IMPORT_URL)).status_code == 200


@pytest.mark.django_db
def test_an_upload_becomes_a_job_whose_page_shows_the_report(editor_client):
    response = upload(editor_client, csv_text([{}]).encode(), dry_run=False)
    job = ImportJob.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("directory_import_job", args=[job.pk])
    page = editor_client.get(response["Location"])
    assert page.status_code == 200
    assert 'data-import-job="done"' in page.content.decode()
    with override("nl"):
        summary = gettext(
            "%(created)d created, %(updated)d updated, %(unchanged)d unchanged."
        ) % {"created": 1, "updated": 0, "unchanged": 0}
    assert f"<p data-import-summary>{escape(summary)}</p>" in page.content.decode()
    assert Enterprise.objects.filter(name="Ecopower", live=True).count() == 2
    for version in Enterprise.objects.filter(name="Ecopower"):
        assert version.live_revision.user == job.created_by is not None
    job.refresh_from_db()
    assert bytes(job.content) == b"", "the file is kept after the import"
    listing = editor_client.get(reverse(IMPORT_URL)).content.decode()
    assert reverse("directory_import_job", args=[job.pk]) in listing


@pytest.mark.django_db
def test_import_dry_run_reports_and_writes_nothing(editor_client):
    response = upload(editor_client, csv_text([{}]).encode(), dry_run=True, follow=True)
    assert response.status_code == 200
    msgid = (
        "Dry run, nothing written: %(created)d would be created, "
        "%(updated)d updated, %(unchanged)d unchanged."
    )
    with override("nl"):
        summary = gettext(msgid)
    assert summary != msgid, "no Dutch translation of the dry run's summary"
    counts = {"created": 1, "updated": 0, "unchanged": 0}
    assert escape(summary % counts) in response.content.decode()
    assert not Enterprise.objects.exists()


@pytest.mark.django_db
def test_import_with_errors_lists_each_problem_and_writes_nothing(editor_client):
    content = csv_text(
        [{"enterprise_number": "", "name": "Goed"}, {"postcode": "5000"}]
    )
    response = upload(editor_client, content.encode(), dry_run=False, follow=True)
    page = response.content.decode()
    assert "data-import-problems" in page
    assert "rij 3: postcode: " in page  # the editor's language, Dutch by default
    assert "row 3" not in page
    assert not Enterprise.objects.exists()


@pytest.mark.django_db
def test_import_report_speaks_the_editor_language(editor_client):
    content = csv_text([{"postcode": "5000"}])
    with override("fr"):
        response = upload(
            editor_client,
            content.encode(),
            dry_run=False,
            follow=True,
            HTTP_ACCEPT_LANGUAGE="fr",
        )
    assert "ligne 2 : postcode : " in response.content.decode()


@pytest.mark.django_db
def test_import_of_a_binary_file_is_a_clear_error(editor_client):
    response = upload(
        editor_client, b"PK\x03\x04\x00binary", dry_run=False, follow=True
    )
    assert "rij 1: bestand: " in response.content.decode()
    with override("fr"):
        response = upload(
            editor_client,
            b"PK\x03\x04\x00binary",
            dry_run=False,
            follow=True,
            HTTP_ACCEPT_LANGUAGE="fr",
        )
    assert "ligne 1 : fichier : " in response.content.decode()


@pytest.mark.django_db
def test_a_wrong_header_is_reported_as_the_header_row(editor_client):
    content = csv_text([{}], header=[*COLUMNS, "fax"])
    response = upload(editor_client, content.encode(), dry_run=False, follow=True)
    assert "rij 1: kopregel: onbekende kolommen: fax" in response.content.decode()


@pytest.mark.django_db
def test_import_of_deeply_nested_json_is_a_clear_error(editor_client):
    response = upload(editor_client, b"[" * 100_000, dry_run=False, follow=True)
    assert response.status_code == 200
    assert "rij 1: bestand: niet leesbaar als JSON: te diep genest" in (
        response.content.decode()
    )


@pytest.mark.django_db
def test_an_unknown_job_is_a_404(editor_client):
    url = reverse("directory_import_job", args=[404])
    assert editor_client.get(url).status_code == 404


def test_the_worker_runs_a_queued_import(client, committed_db, settings):
    settings.TASKS = DATABASE_QUEUE
    for language in ("nl", "fr"):
        Locale.objects.get_or_create(language_code=language)
    admin = User.objects.create_superuser("importer", "i@example.org", "pw")
    editor_client = client
    editor_client.force_login(admin)
    response = upload(editor_client, csv_text([{}]).encode(), dry_run=False)
    job_url = response["Location"]
    waiting = editor_client.get(job_url).content.decode()
    assert 'data-import-job="queued"' in waiting
    assert 'http-equiv="refresh"' in waiting
    assert not Enterprise.objects.exists()

    call_command("db_worker", "--batch", "--no-reload", verbosity=0)

    done = editor_client.get(job_url).content.decode()
    assert 'data-import-job="done"' in done
    assert 'http-equiv="refresh"' not in done
    assert Enterprise.objects.filter(name="Ecopower", live=True).count() == 2
