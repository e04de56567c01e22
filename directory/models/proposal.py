"""Who proposed an enterprise, for the moderators only."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ProposalContact(models.Model):
    """A public proposal: the name and e-mail address its visitor left, if any.

    Its existence marks an enterprise as proposed (the moderators' queue).
    Moderators need them to ask questions; nobody else sees them. They live apart
    from the enterprise so that no page, API answer or export can show them, and
    they are deleted with the proposal (or when it is merged into its original).
    """

    enterprise = models.OneToOneField(
        "directory.Enterprise",
        verbose_name=_("Enterprise"),
        on_delete=models.CASCADE,
        related_name="proposal_contact",
    )
    name = models.CharField(_("Name"), max_length=200, blank=True)
    email = models.EmailField(_("E-mail"), blank=True)
    created_at = models.DateTimeField(_("Proposed at"), auto_now_add=True)

    class Meta:
        verbose_name = _("Proposer")
        verbose_name_plural = _("Proposers")

    def __str__(self):
        return f"{self.name} <{self.email}>"
