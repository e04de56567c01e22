"""The owners' pages below an enterprise (docs/contract.md#owners).

`<slug>/bijwerken/` asks for a link (or, without an e-mail address, sends a
claim); `<slug>/bijwerken/<token>/` is the prefilled form; the freshness letter's
`<token>/klopt/` and `<token>/gesloten/` show one button each, so that a mail
scanner following the links changes nothing.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache

from core.honeypot import honeypot_field, is_filled_in
from directory.links import enterprise_path
from directory.models import Enterprise, OwnerClaim, OwnerLink
from directory.ownership.mail import (
    notify_moderators_of_claim,
    notify_moderators_of_closure,
    send_update_link,
)
from directory.ownership.tokens import LinkProblem, find_link, issue_link, use_link
from directory.ownership.updates import (
    AlreadyInModeration,
    OwnerUpdateForm,
    confirm,
    submit_update,
)
from directory.views.rate_limit import RateLimit

LINKS_PER_ADDRESS = RateLimit("owner-link", limit=5, window=60 * 60)
LINKS_PER_ENTERPRISE = RateLimit("owner-link-enterprise", limit=3, window=24 * 60 * 60)
SENT_QUERY = "sent"


class LinkRequestForm(forms.Form):
    """One button; the trap is its only field."""

    homepage = honeypot_field()


class ClaimForm(forms.Form):
    """Who asks to update an enterprise that has no e-mail address."""

    name = forms.CharField(label=gettext_lazy("Your name"), max_length=200)
    email = forms.EmailField(label=gettext_lazy("Your e-mail address"))
    message = forms.CharField(
        label=gettext_lazy("How are you connected to the enterprise?"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=gettext_lazy(
            "A moderator reads this to check that you represent the enterprise."
        ),
    )
    homepage = honeypot_field()


def masked_email(address: str) -> str:
    """i***@example.be"""
    local, _at, domain = address.partition("@")
    return f"{local[:1]}***@{domain}"


def _enterprise(page, slug) -> Enterprise:
    return get_object_or_404(
        Enterprise.objects.filter(locale=page.locale, live=True).select_related(
            "locale"
        ),
        slug=slug,
    )


def _context(request, page, enterprise) -> dict:
    guide_url = page.get_url(request)
    enterprise_url = enterprise_path(guide_url, enterprise)
    context = page.get_context(request)
    context.update(
        enterprise=enterprise,
        guide_url=guide_url,
        enterprise_url=enterprise_url,
        owner_url=f"{enterprise_url}{page.owner_slug}/",
    )
    return context


def _notice(request, context, title, paragraphs, status=200, role="status"):
    context.update(title=title, paragraphs=paragraphs, role=role)
    return TemplateResponse(
        request, "directory/ownership/notice.html", context, status=status
    )


def _acquire(request, enterprise) -> bool:
    if not LINKS_PER_ADDRESS.acquire(request):
        return False
    subject = f"enterprise:{enterprise.translation_key}"
    if not LINKS_PER_ENTERPRISE.acquire(request, subject):
        LINKS_PER_ADDRESS.release(request)
        return False
    return True


def _release(request, enterprise) -> None:
    LINKS_PER_ADDRESS.release(request)
    LINKS_PER_ENTERPRISE.release(request, f"enterprise:{enterprise.translation_key}")


@never_cache
def owner_request(request, page, slug):
    """Explain, then send a link to the enterprise's address or take a claim."""
    enterprise = _enterprise(page, slug)
    context = _context(request, page, enterprise)
    form_class = LinkRequestForm if enterprise.email else ClaimForm
    sent_url = f"{context['owner_url']}?{SENT_QUERY}"

    if request.method != "POST":
        if SENT_QUERY in request.GET:
            return _sent(request, context, enterprise)
        context["form"] = form_class()
        return _request_page(request, context)

    form = form_class(request.POST)
    context["form"] = form
    if is_filled_in(form, "homepage"):
        return HttpResponseRedirect(sent_url)
    if not _acquire(request, enterprise):
        context["refusal"] = _(
            "Several requests were made for this enterprise in a short time. "
            "Please try again later."
        )
        return _request_page(request, context, status=429)
    if not form.is_valid():
        _release(request, enterprise)
        return _request_page(request, context)
    language = page.locale.language_code
    if enterprise.email:
        link, token = issue_link(
            enterprise, OwnerLink.Purpose.UPDATE, enterprise.email, language
        )
        send_update_link(link, token)
    else:
        claim = OwnerClaim.objects.create(
            enterprise=enterprise,
            name=form.cleaned_data["name"],
            email=form.cleaned_data["email"],
            message=form.cleaned_data["message"],
            language=language,
        )
        notify_moderators_of_claim(claim, reverse("directory_owner_claims"))
    return HttpResponseRedirect(sent_url)


def _request_page(request, context, status=200):
    return TemplateResponse(
        request, "directory/ownership/request.html", context, status=status
    )


def _sent(request, context, enterprise):
    if enterprise.email:
        return _notice(
            request,
            context,
            _("Check the enterprise's mailbox"),
            [
                _(
                    "We sent a link to the e-mail address of %(name)s in the "
                    "guide, %(address)s. It works once, for seven days."
                )
                % {"name": enterprise.name, "address": masked_email(enterprise.email)},
                _("No e-mail? Look in the spam folder, or ask who reads that mailbox."),
            ],
        )
    return _notice(
        request,
        context,
        _("Thank you for your request"),
        [
            _(
                "A moderator will check your request. If it is approved, you will "
                "receive a link by e-mail to update the entry."
            )
        ],
    )


def _problem(request, context, problem: LinkProblem):
    if problem is LinkProblem.UNKNOWN:
        title, status = _("This link is not valid"), 404
        text = _("Check that you copied the whole link from the e-mail.")
    elif problem is LinkProblem.USED:
        title, status = _("This link has already been used"), 410
        text = _("Each link works only once.")
    else:
        title, status = _("This link has expired"), 410
        text = _("Links work for a limited time only.")
    return _notice(
        request,
        context,
        title,
        [text, _("You can ask for a new link on the owners' page.")],
        status=status,
        role="alert",
    )


@never_cache
def owner_update(request, page, slug, token):
    """The prefilled form of a valid link; a sent form goes to moderation."""
    enterprise = _enterprise(page, slug)
    context = _context(request, page, enterprise)
    link = find_link(token, enterprise)
    if isinstance(link, LinkProblem):
        return _problem(request, context, link)

    if request.method != "POST":
        context["form"] = OwnerUpdateForm(enterprise=enterprise)
        return _form_page(request, context)

    form = OwnerUpdateForm(request.POST, enterprise=enterprise)
    context["form"] = form
    if not form.is_valid():
        return _form_page(request, context)
    try:
        submitted = submit_update(enterprise, form, link)
    except ValidationError as error:
        for field, messages in error.message_dict.items():
            for message in messages:
                form.add_error(field if field in form.fields else None, message)
        return _form_page(request, context)
    except AlreadyInModeration:
        context["refusal"] = _(
            "An earlier change to this enterprise is still waiting for a moderator. "
            "Please try again once it has been handled; your link stays valid."
        )
        return _form_page(request, context, status=409)
    if not submitted:
        return _problem(request, context, LinkProblem.USED)
    return _notice(
        request,
        context,
        _("Thank you for your update"),
        [
            _(
                "A moderator will check your change. Until then the guide shows the "
                "entry as it was. We will tell you the outcome by e-mail."
            )
        ],
    )


def _form_page(request, context, status=200):
    return TemplateResponse(
        request, "directory/ownership/update_form.html", context, status=status
    )


ACTION_TEXTS = {
    "confirm": (
        gettext_lazy("Is the entry still correct?"),
        gettext_lazy(
            "Confirm that everything the guide shows about this enterprise is still "
            "correct."
        ),
        gettext_lazy("Yes, everything is still correct"),
    ),
    "closed": (
        gettext_lazy("Has the enterprise closed?"),
        gettext_lazy(
            "Tell the moderators that the enterprise has closed. They will check "
            "it and take the entry out of the guide."
        ),
        gettext_lazy("Yes, the enterprise has closed"),
    ),
}


@never_cache
def owner_action(request, page, slug, token, action):
    """A freshness letter's one-click action: a button, then the action on POST."""
    enterprise = _enterprise(page, slug)
    context = _context(request, page, enterprise)
    link = find_link(token, enterprise)
    if (
        not isinstance(link, LinkProblem)
        and link.purpose != OwnerLink.Purpose.FRESHNESS
    ):
        link = LinkProblem.UNKNOWN
    if isinstance(link, LinkProblem):
        return _problem(request, context, link)
    if request.method != "POST":
        title, text, button = ACTION_TEXTS[action]
        context.update(title=title, text=text, button=button)
        return TemplateResponse(request, "directory/ownership/action.html", context)
    if not use_link(link):
        return _problem(request, context, LinkProblem.USED)
    if action == "confirm":
        confirm(enterprise)
        return _notice(
            request,
            context,
            _("Thank you for confirming"),
            [_("The guide now shows that the entry was checked today.")],
        )
    notify_moderators_of_closure(enterprise)
    return _notice(
        request,
        context,
        _("Thank you for letting us know"),
        [_("A moderator will check it and take the entry out of the guide.")],
    )
