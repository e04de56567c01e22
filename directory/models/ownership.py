"""What owners of an enterprise use to keep its entry current, without an account.

`OwnerLink`: a one-time link sent by e-mail (only its hash is stored), to update
the entry or, in the yearly freshness letter, also to confirm it or report it
closed. `OwnerClaim`: someone asks to update an enterprise without an e-mail
address; a moderator decides. `OwnerUpdate`: a change an owner sent, waiting in
moderation, so the owner can be told the outcome.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class OwnerLink(models.Model):
    """A single-use, expiring link for one language version of an enterprise.

    `email` is where the link went and where the outcome of an update goes; it is
    blanked once it is no longer needed (see `directory.ownership.updates`).
    """

    class Purpose(models.TextChoices):
        UPDATE = "update", _("Update")
        FRESHNESS = "freshness", _("Yearly check")

    enterprise = models.ForeignKey(
        "directory.Enterprise",
        verbose_name=_("Enterprise"),
        on_delete=models.CASCADE,
        related_name="owner_links",
    )
    purpose = models.CharField(_("Purpose"), max_length=20, choices=Purpose.choices)
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    email = models.EmailField(_("E-mail"), blank=True)
    language = models.CharField(_("Language"), max_length=10)
    created_at = models.DateTimeField(_("Sent at"), default=timezone.now)
    expires_at = models.DateTimeField(_("Expires at"))
    used_at = models.DateTimeField(_("Used at"), null=True, blank=True)

    class Meta:
        verbose_name = _("Owner link")
        verbose_name_plural = _("Owner links")
        indexes = [models.Index(fields=["purpose", "created_at"])]

    def __str__(self):
        return f"{self.enterprise} ({self.get_purpose_display()})"


class OwnerClaim(models.Model):
    """A request to update an enterprise that has no e-mail address of its own.

    Deleted once a moderator approves (the link then goes to `email`) or rejects it.
    """

    enterprise = models.ForeignKey(
        "directory.Enterprise",
        verbose_name=_("Enterprise"),
        on_delete=models.CASCADE,
        related_name="owner_claims",
    )
    name = models.CharField(_("Name"), max_length=200)
    email = models.EmailField(_("E-mail"))
    message = models.TextField(_("Message"), max_length=2000, blank=True)
    language = models.CharField(_("Language"), max_length=10)
    created_at = models.DateTimeField(_("Sent at"), auto_now_add=True)

    class Meta:
        verbose_name = _("Owner claim")
        verbose_name_plural = _("Owner claims")
        ordering = ["created_at"]

    def __str__(self):
        return f"{self.name} <{self.email}>: {self.enterprise}"


class OwnerUpdate(models.Model):
    """An owner's change in moderation; deleted once the owner has been told."""

    link = models.OneToOneField(
        OwnerLink, on_delete=models.CASCADE, related_name="update"
    )
    workflow_state = models.OneToOneField(
        "wagtailcore.WorkflowState",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("Owner's change")
        verbose_name_plural = _("Owners' changes")

    def __str__(self):
        return str(self.link.enterprise)
