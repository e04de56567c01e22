"""E-mails go through the task queue: nothing is sent until the worker runs."""

from django.core import mail
from django.core.mail import EmailMultiAlternatives
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

from core.outbox import send_in_background

DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def test_a_queued_message_is_sent_by_the_worker_as_written(committed_db, settings):
    settings.TASKS = DATABASE_QUEUE
    message = EmailMultiAlternatives(
        subject="Nieuw voorstel",
        body="Tekst",
        from_email="site@example.org",
        to=["moderatoren@example.org"],
        reply_to=["indiener@example.org"],
        headers={"Auto-Submitted": "auto-generated"},
    )
    message.attach_alternative("<p>Tekst</p>", "text/html")

    send_in_background(message)
    assert DBTaskResult.objects.count() == 1
    assert mail.outbox == []

    call_command("db_worker", "--batch", "--no-reload", verbosity=0)

    [sent] = mail.outbox
    assert (sent.subject, sent.body, sent.from_email) == (
        "Nieuw voorstel",
        "Tekst",
        "site@example.org",
    )
    assert sent.to == ["moderatoren@example.org"]
    assert sent.reply_to == ["indiener@example.org"]
    assert sent.extra_headers == {"Auto-Submitted": "auto-generated"}
    assert sent.alternatives[0][:2] == ("<p>Tekst</p>", "text/html")
