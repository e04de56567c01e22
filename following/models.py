"""Who follows what: an e-mail address, a saved guide search or the agenda, a language."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Subscription(models.Model):
    """One address following one guide search (or the agenda), double opt-in.

    Only the address, what it follows and its language are kept. Until the link of
    the confirmation e-mail is used the subscription is unconfirmed and only the hash
    of that link's token is stored; unconfirmed ones are deleted after
    `following.subscriptions.CONFIRMATION_DAYS`. Unsubscribing deletes the row.
    """

    class Kind(models.TextChoices):
        GUIDE = "guide", _("guide search")
        AGENDA = "agenda", _("agenda")

    email = models.EmailField(_("e-mail address"))
    kind = models.CharField(_("follows"), max_length=10, choices=Kind.choices)
    # The guide's query string, normalised (`GuideFilters.to_querydict`); empty
    # for the agenda and for the whole guide.
    search = models.TextField(_("search"), blank=True)
    language = models.CharField(
        _("language"), max_length=10, choices=settings.LANGUAGES
    )
    token_hash = models.CharField(max_length=64, blank=True, editable=False)
    # When the address last asked for it: the confirmation link expires from here.
    requested_at = models.DateTimeField(_("requested at"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    last_sent_at = models.DateTimeField(_("last digest sent at"), null=True, blank=True)

    class Meta:
        verbose_name = _("subscription")
        verbose_name_plural = _("subscriptions")
        constraints = [
            models.UniqueConstraint(
                fields=["email", "kind", "search"], name="one_subscription_per_search"
            )
        ]
        indexes = [models.Index(fields=["token_hash"])]

    def __str__(self):
        return f"{self.email} ({self.get_kind_display()})"

    @property
    def is_confirmed(self) -> bool:
        return self.confirmed_at is not None
