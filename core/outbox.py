"""E-mails leave through the task queue, so a slow or failing mail server never holds
up a visitor's request; the worker retries nothing but logs what failed."""

from django.core.mail import EmailMultiAlternatives
from django_tasks import task


def send_in_background(message: EmailMultiAlternatives) -> None:
    """Queue `message` (plain text, optional HTML alternatives) for the task worker."""
    deliver.enqueue(
        subject=message.subject,
        body=message.body,
        from_email=message.from_email,
        to=list(message.to),
        cc=list(message.cc),
        reply_to=list(message.reply_to),
        headers=dict(message.extra_headers),
        alternatives=[
            [content, mimetype]
            for content, mimetype in getattr(message, "alternatives", [])
        ],
    )


@task()
def deliver(
    *, subject, body, from_email, to, cc, reply_to, headers, alternatives
) -> int:
    message = EmailMultiAlternatives(
        subject=subject,
        body=body,
        from_email=from_email,
        to=to,
        cc=cc,
        reply_to=reply_to,
        headers=headers,
    )
    for content, mimetype in alternatives:
        message.attach_alternative(content, mimetype)
    return message.send()
