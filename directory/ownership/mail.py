"""The owners' e-mails, each in its recipient's language, and the moderators'.

Plain text: names and messages typed by visitors arrive as text, never as markup.
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.admin.admin_url_finder import AdminURLFinder

from core.outbox import send_in_background
from core.site_url import absolute_url
from directory.links import enterprise_path, guide_urls
from directory.models import Enterprise, OwnerClaim, OwnerLink
from directory.routes import owner_actions, owner_slug


def link_url(link: OwnerLink, token: str, action: str = "") -> str:
    """The absolute address of a link's form, or of one of its actions."""
    enterprise, language = link.enterprise, link.language
    path = enterprise_path(guide_urls()[language], enterprise)
    path += f"{owner_slug(language)}/{token}/"
    if action:
        path += f"{owner_actions(language)[action]}/"
    return absolute_url(path)


def enterprise_url(enterprise: Enterprise) -> str:
    guide = guide_urls().get(enterprise.locale.language_code)
    return absolute_url(enterprise_path(guide, enterprise)) if guide else ""


def admin_url(path: str) -> str:
    return f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{path}" if path else ""


def _send(subject: str, paragraphs: list[str], to: list[str], **kwargs) -> None:
    body = "\n\n".join(p for p in paragraphs if p) + "\n"
    send_in_background(EmailMultiAlternatives(subject, body, to=to, **kwargs))


def send_update_link(link: OwnerLink, token: str) -> None:
    with translation.override(link.language):
        name = link.enterprise.name
        _send(
            _("Update %(name)s in the MeMO guide") % {"name": name},
            [
                _(
                    "Someone asked to update the entry of %(name)s in the MeMO "
                    "guide. Use this link to open the entry and send your changes:"
                )
                % {"name": name},
                link_url(link, token),
                _(
                    "The link works once and for %(days)d days. A moderator checks "
                    "the change before it appears in the guide; you will hear the "
                    "outcome by e-mail."
                )
                % {"days": (link.expires_at - link.created_at).days},
                _("Did you not ask for this? Then you can ignore this e-mail."),
            ],
            [link.email],
        )


def send_freshness_request(link: OwnerLink, token: str) -> None:
    with translation.override(link.language):
        name = link.enterprise.name
        _send(
            _("Is the entry of %(name)s in the MeMO guide still correct?")
            % {"name": name},
            [
                _(
                    "Once a year we ask every enterprise in the MeMO guide to check "
                    "its entry: %(url)s"
                )
                % {"url": enterprise_url(link.enterprise)},
                _("Everything is still correct:")
                + "\n"
                + link_url(link, token, "confirm"),
                _("Something has changed:") + "\n" + link_url(link, token),
                _("The enterprise has closed:")
                + "\n"
                + link_url(link, token, "closed"),
                _("The links work for %(days)d days.")
                % {"days": (link.expires_at - link.created_at).days},
            ],
            [link.email],
        )


def send_outcome(link: OwnerLink, approved: bool, comment: str = "") -> None:
    with translation.override(link.language):
        name = link.enterprise.name
        if approved:
            subject = _("Your change to %(name)s is in the MeMO guide") % {"name": name}
            paragraphs = [
                _(
                    "A moderator approved your change to %(name)s. The guide now "
                    "shows it: %(url)s"
                )
                % {"name": name, "url": enterprise_url(link.enterprise)}
            ]
        else:
            subject = _("Your change to %(name)s was not accepted") % {"name": name}
            paragraphs = [
                _(
                    "A moderator did not accept your change to %(name)s; the guide "
                    "keeps the entry as it was."
                )
                % {"name": name}
            ]
            if comment:
                paragraphs.append(_("The moderator's comment:") + "\n" + comment)
        paragraphs.append(_("Thank you for helping to keep the MeMO guide current."))
        _send(subject, paragraphs, [link.email])


def send_claim_rejected(claim: OwnerClaim) -> None:
    with translation.override(claim.language):
        name = claim.enterprise.name
        _send(
            _("Your request to update %(name)s") % {"name": name},
            [
                _(
                    "A moderator could not confirm that you represent %(name)s, so "
                    "we cannot send you a link to update its entry. Please contact "
                    "us if you think this is a mistake."
                )
                % {"name": name},
            ],
            [claim.email],
        )


def _edit_url(enterprise: Enterprise) -> str:
    return admin_url(AdminURLFinder().get_edit_url(enterprise))


def notify_moderators_of_update(enterprise: Enterprise) -> None:
    with translation.override(settings.LANGUAGE_CODE):
        _send(
            _("MeMO guide: an owner updated %(name)s") % {"name": enterprise.name},
            [
                _(
                    "The owner of %(name)s sent a change through the guide. It "
                    "waits in moderation as a new revision; the published entry "
                    "stays as it is until you approve it."
                )
                % {"name": enterprise.name},
                _("Moderate the change:") + " " + _edit_url(enterprise),
            ],
            settings.MODERATORS_EMAIL,
        )


def notify_moderators_of_claim(claim: OwnerClaim, claims_url: str) -> None:
    with translation.override(settings.LANGUAGE_CODE):
        _send(
            _("MeMO guide: someone wants to update %(name)s")
            % {"name": claim.enterprise.name},
            [
                _(
                    "%(name)s has no e-mail address in the guide. Someone asks for "
                    "a link to update its entry. Approve the request only if you "
                    "are sure they represent the enterprise."
                )
                % {"name": claim.enterprise.name},
                f"{_('Name')}: {claim.name}\n{_('E-mail')}: {claim.email}",
                claim.message,
                _("Approve or reject the request:") + " " + admin_url(claims_url),
            ],
            settings.MODERATORS_EMAIL,
            reply_to=[claim.email],
        )


def notify_moderators_of_closure(enterprise: Enterprise) -> None:
    with translation.override(settings.LANGUAGE_CODE):
        _send(
            _("MeMO guide: %(name)s reports it has closed") % {"name": enterprise.name},
            [
                _(
                    "Through the yearly check, %(name)s reported that it has "
                    "closed. The entry stays published until a moderator "
                    "unpublishes it."
                )
                % {"name": enterprise.name},
                _("The entry in the admin:") + " " + _edit_url(enterprise),
            ],
            settings.MODERATORS_EMAIL,
        )
