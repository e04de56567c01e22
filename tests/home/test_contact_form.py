"""The contact form stores and mails what people send, and keeps bots out."""

import csv
import io
import logging
import socket
import time

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from openpyxl import load_workbook
from wagtail.contrib.forms.models import FormSubmission

from home.spam_protection import (
    HONEYPOT_FIELD,
    MAXIMUM_SECONDS,
    MINIMUM_SECONDS,
    SUBMISSIONS_PER_HOUR,
    TIMESTAMP_FIELD,
    issue_timestamp,
    seconds_since_issued,
)
from tests.home.conftest import soup

MESSAGE = {"naam": "An Peeters", "e_mail": "an@example.org", "bericht": "Hallo!"}
FORMULAS = {
    "naam": '=HYPERLINK("https://evil.example","Klik")',
    "e_mail": "+32 2 123",
    "bericht": "@SUM(A1)",
}


def issued_seconds_ago(client, seconds):
    """A token as the form shows it to `client`'s session `seconds` ago."""
    session = client.session
    token = issue_timestamp(session, now=time.time() - seconds)
    session.save()
    return token


def post(client, page, timestamp, **extra):
    data = {**MESSAGE, TIMESTAMP_FIELD: timestamp, HONEYPOT_FIELD: "", **extra}
    return client.post(page.url, data)


@pytest.fixture
def contact(pages_nl):
    return pages_nl["form"]


def test_form_shows_fields_timestamp_and_hidden_trap(client, contact):
    html = soup(client.get(contact.url))

    assert html.select_one("input[name=naam]")
    assert html.select_one(f"input[type=hidden][name={TIMESTAMP_FIELD}]")["value"]
    trap = html.select_one(f"input[name={HONEYPOT_FIELD}]")
    assert trap.find_parent(class_="form__trap")["aria-hidden"] == "true"
    assert trap["tabindex"] == "-1"


def test_submission_is_stored_and_mailed(client, contact):
    response = post(client, contact, issued_seconds_ago(client, MINIMUM_SECONDS + 5))

    assert response.status_code == 200
    assert "home/form_page_landing.html" in [t.name for t in response.templates]
    submission = FormSubmission.objects.get(page=contact)
    assert submission.get_data()["naam"] == "An Peeters"
    assert HONEYPOT_FIELD not in submission.form_data
    assert TIMESTAMP_FIELD not in submission.form_data
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["info@coopkracht.be"]
    assert mail.outbox[0].subject == "Contactformulier"
    assert "Bericht: Hallo!" in mail.outbox[0].body
    assert HONEYPOT_FIELD not in mail.outbox[0].body


def test_honeypot_rejects_a_bot_silently(client, contact):
    response = post(
        client,
        contact,
        issued_seconds_ago(client, MINIMUM_SECONDS + 5),
        **{HONEYPOT_FIELD: "https://spam.example"},
    )

    assert response.status_code == 200  # the bot sees the thank-you page...
    assert "home/form_page_landing.html" in [t.name for t in response.templates]
    assert not FormSubmission.objects.exists()  # ...but nothing is kept or sent
    assert mail.outbox == []


def test_too_fast_submission_is_refused_with_a_message(client, contact):
    token = issued_seconds_ago(client, 0)

    response = post(client, contact, token)

    assert response.status_code == 200
    errors = soup(response).select_one(".form__errors[role=alert]")
    assert errors is not None
    assert not FormSubmission.objects.exists()
    assert mail.outbox == []
    # The message is kept, so sending it again a moment later works.
    assert (
        soup(response).select_one("textarea[name=bericht]").get_text().strip()
        == "Hallo!"
    )


@pytest.mark.parametrize(
    "token",
    ["", "1700000000:forged", "expired"],
    ids=["missing", "forged", "expired"],
)
def test_bad_timestamp_is_refused_and_renewed(client, contact, token):
    if token == "expired":
        token = issued_seconds_ago(client, MAXIMUM_SECONDS + 60)

    response = post(client, contact, token)

    assert soup(response).select_one(".form__errors[role=alert]") is not None
    assert not FormSubmission.objects.exists()
    renewed = soup(response).select_one(f"input[name={TIMESTAMP_FIELD}]")["value"]
    assert renewed != token
    assert 0 <= seconds_since_issued(renewed, client.session) < MINIMUM_SECONDS


def test_a_replayed_form_is_refused_and_stored_once(client, contact):
    token = issued_seconds_ago(client, MINIMUM_SECONDS + 5)
    post(client, contact, token)

    replay = post(client, contact, token)

    assert FormSubmission.objects.filter(page=contact).count() == 1
    assert len(mail.outbox) == 1
    errors = soup(replay).select_one(".form__errors[role=alert]")
    assert "al verstuurd" in errors.get_text()
    renewed = soup(replay).select_one(f"input[name={TIMESTAMP_FIELD}]")["value"]
    assert renewed != token


def test_forms_shown_in_the_same_second_are_each_accepted(client, contact):
    shown = time.time() - MINIMUM_SECONDS - 5
    session = client.session
    first = issue_timestamp(session, now=shown)
    second = issue_timestamp(session, now=shown)
    session.save()

    post(client, contact, first)
    post(client, contact, second)

    assert first != second
    assert FormSubmission.objects.filter(page=contact).count() == 2


def exported(admin_client, contact, export_format) -> dict:
    """The export of the form's only submission as {column heading: cell}."""
    response = admin_client.get(
        reverse("wagtailforms:list_submissions", args=[contact.pk]),
        {"export": export_format},
    )
    assert response.status_code == 200
    content = b"".join(response.streaming_content)
    if export_format == "csv":
        header, row = csv.reader(io.StringIO(content.decode()))
        return dict(zip(header, row, strict=True))
    header, row = load_workbook(io.BytesIO(content)).active.iter_rows()
    return {title.value: cell for title, cell in zip(header, row, strict=True)}


def test_csv_export_of_submissions_neutralises_formulas(admin_client, contact):
    FormSubmission.objects.create(page=contact, form_data=FORMULAS)

    record = exported(admin_client, contact, "csv")

    assert record["Naam"] == "'" + FORMULAS["naam"]
    assert record["E-mail"] == "'+32 2 123"
    assert record["Bericht"] == "'@SUM(A1)"


def test_xlsx_export_of_submissions_types_visitor_text_as_text(admin_client, contact):
    FormSubmission.objects.create(page=contact, form_data=FORMULAS)

    cells = exported(admin_client, contact, "xlsx")

    for heading, field in [
        ("Naam", "naam"),
        ("E-mail", "e_mail"),
        ("Bericht", "bericht"),
    ]:
        assert cells[heading].value == FORMULAS[field]
        assert (cells[heading].data_type, cells[heading].number_format) == ("s", "@")


def test_a_token_from_another_session_is_refused(client, contact):
    taken = issued_seconds_ago(Client(), MINIMUM_SECONDS + 5)

    response = post(client, contact, taken)

    assert not FormSubmission.objects.exists()
    assert mail.outbox == []
    assert "verlopen" in soup(response).select_one(".form__errors").get_text()
    renewed = soup(response).select_one(f"input[name={TIMESTAMP_FIELD}]")["value"]
    assert seconds_since_issued(renewed, client.session) is not None


def test_posts_beyond_the_limit_per_client_are_refused_in_the_visitors_language(
    client, pages_fr
):
    contact_fr = pages_fr["form"]
    for _ in range(SUBMISSIONS_PER_HOUR.limit):
        post(client, contact_fr, issued_seconds_ago(client, MINIMUM_SECONDS + 5))

    refused = post(client, contact_fr, issued_seconds_ago(client, MINIMUM_SECONDS + 5))

    assert refused.status_code == 429
    assert "patienter une heure" in soup(refused).select_one(".form__errors").get_text()
    assert FormSubmission.objects.count() == SUBMISSIONS_PER_HOUR.limit
    assert len(mail.outbox) == SUBMISSIONS_PER_HOUR.limit
    # Another visitor (another address) is not held back.
    other = Client(REMOTE_ADDR="198.51.100.20")
    accepted = post(other, contact_fr, issued_seconds_ago(other, MINIMUM_SECONDS + 5))
    assert "home/form_page_landing.html" in [t.name for t in accepted.templates]


def test_refused_forms_do_not_count_towards_the_limit(client, contact):
    for _ in range(SUBMISSIONS_PER_HOUR.limit + 1):
        post(client, contact, issued_seconds_ago(client, 0))  # too fast
    token = issued_seconds_ago(client, MINIMUM_SECONDS + 5)
    for _ in range(SUBMISSIONS_PER_HOUR.limit + 1):
        post(client, contact, token)  # replays

    response = post(client, contact, issued_seconds_ago(client, MINIMUM_SECONDS + 5))

    assert response.status_code == 200
    assert FormSubmission.objects.count() == 2


@pytest.fixture
def mail_server_down(settings):
    """Mail goes to an SMTP address on this machine where nothing listens."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port


def test_a_mail_failure_is_logged_and_the_visitor_thanked(
    client, contact, mail_server_down, caplog
):
    with caplog.at_level(logging.ERROR):
        response = post(
            client, contact, issued_seconds_ago(client, MINIMUM_SECONDS + 5)
        )

    assert response.status_code == 200
    assert "home/form_page_landing.html" in [t.name for t in response.templates]
    assert FormSubmission.objects.filter(page=contact).count() == 1
    [failure] = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert "core.outbox.deliver" in failure.getMessage()


def test_the_admin_preview_shows_the_form(admin_client, contact):
    response = admin_client.get(
        reverse("wagtailadmin_pages:view_draft", args=[contact.pk])
    )

    assert response.status_code == 200
    assert soup(response).select_one(f"input[name={TIMESTAMP_FIELD}]")["value"]
