"""Legal forms of enterprises in the guide, named in the visitor's language."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class LegalForm(models.TextChoices):
    CV = "cv", _("cooperative company (cv)")
    BV = "bv", _("private limited company (bv)")
    NV = "nv", _("public limited company (nv)")
    VZW = "vzw", _("non-profit association (vzw)")
    VOF = "vof", _("general partnership (vof)")
    COMMV = "commv", _("limited partnership (commv)")
    EENMANSZAAK = "eenmanszaak", _("sole proprietorship")
    OTHER = "other", _("other legal form")
