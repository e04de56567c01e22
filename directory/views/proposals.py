"""The guide's public proposal form, limits and thanks (docs/contract.md#proposals)."""

from django.core.exceptions import ValidationError
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from directory.forms import ProposalForm
from directory.links import guide_urls
from directory.proposals import create_proposal, notify_moderators
from directory.routes import PROPOSAL_SLUGS
from directory.views.rate_limit import RateLimit

PROPOSALS_PER_HOUR = RateLimit("proposal", limit=5, window=60 * 60)
SESSION_KEY = "directory_proposal_name"
THANKS_QUERY = "thanks"


def proposal_alternates(request) -> dict[str, str]:
    """The proposal form in each language whose guide is live."""
    return {
        code: f"{url}{PROPOSAL_SLUGS[code]}/"
        for code, url in guide_urls(request).items()
        if code in PROPOSAL_SLUGS
    }


def propose(request, page):
    """Show the form, take a proposal, or thank the visitor after the redirect.

    A robot that filled in the trap (`core.honeypot`) is thanked like a person;
    nothing is stored or sent and no slot of the hourly limit is taken."""
    context = page.get_context(request)
    context["alternates"] = proposal_alternates(request)
    form_url = page.proposal_url(request)
    context.update(form_url=form_url, guide_url=page.get_url(request))

    if request.method != "POST":
        if THANKS_QUERY in request.GET:
            context["proposed_name"] = request.session.pop(SESSION_KEY, "")
            return TemplateResponse(request, "directory/proposal_thanks.html", context)
        context["form"] = ProposalForm(locale=page.locale)
        return _form_response(request, context)

    form = ProposalForm(request.POST, locale=page.locale)
    context["form"] = form
    if form.is_trapped:
        return HttpResponseRedirect(f"{form_url}?{THANKS_QUERY}")
    # The slot is taken before the work and given back if the form is invalid.
    if not PROPOSALS_PER_HOUR.acquire(request):
        context["refusal"] = _(
            "You have sent several proposals in a short time. Please wait an "
            "hour before you send another one."
        )
        return _form_response(request, context, status=429)

    if not form.is_valid():
        PROPOSALS_PER_HOUR.release(request)
        return _form_response(request, context)
    try:
        proposal = create_proposal(form, page.locale)
    except ValidationError as error:
        PROPOSALS_PER_HOUR.release(request)
        _add_model_errors(form, error)
        return _form_response(request, context)
    notify_moderators(proposal)
    request.session[SESSION_KEY] = proposal.draft.name
    return HttpResponseRedirect(f"{form_url}?{THANKS_QUERY}")


def _form_response(request, context, status=200):
    return TemplateResponse(
        request, "directory/proposal_form.html", context, status=status
    )


def _add_model_errors(form, error: ValidationError) -> None:
    for field, messages in error.message_dict.items():
        for message in messages:
            form.add_error(field if field in form.fields else None, message)
