"""The follow page below the guide, and the pages behind the e-mails' links.

See docs/contract.md#following.
"""

from django.conf import settings
from django.http import HttpResponseRedirect, QueryDict
from django.shortcuts import render
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt

from directory.finder import GuideParamError, parse_guide_params
from directory.links import guide_urls
from directory.routes import follow_slug
from directory.views.rate_limit import RateLimit
from following import subscriptions
from following.forms import FollowForm
from following.models import Subscription
from following.searches import saved_search, search_in_words

FOLLOWS_PER_HOUR = RateLimit("follow", limit=5, window=60 * 60)
SENT_QUERY = "sent"
TEMPLATE = "following/follow.html"


def follow(request, page):
    """Show what the guide's parameters select and the form; take a request."""
    guide_url = page.get_url(request)
    follow_url = f"{guide_url}{page.follow_slug}/"
    query = request.GET.urlencode()
    context = page.get_context(request)
    context.update(
        guide_url=guide_url,
        follow_url=follow_url,
        alternates={
            code: f"{url}{follow_slug(code)}/"
            for code, url in guide_urls(request).items()
        },
        language_queries={code: query for code, _name in settings.LANGUAGES},
    )
    if request.method == "POST":
        return _take_request(request, page, context)
    if SENT_QUERY in request.GET:
        return TemplateResponse(request, "following/follow_sent.html", context)
    filters = _read_search(context, request.GET, page)
    if filters is None:
        context["form"] = FollowForm(initial={"kind": Subscription.Kind.AGENDA})
        return _form_response(request, context, status=400)
    context["form"] = FollowForm(initial={"search": saved_search(filters)})
    return _form_response(request, context)


def _read_search(context, params, page):
    """The guide's filters in `params`, put in words in `context`; None, and the
    reason in `context["error"]`, when the guide would refuse them."""
    try:
        filters = parse_guide_params(params, locale=page.locale)
    except GuideParamError as error:
        context["error"] = str(error)
        return None
    search = saved_search(filters)
    guide_url = context["guide_url"]
    context.update(
        description=search_in_words(filters, locale=page.locale),
        guide_search_url=f"{guide_url}?{search}" if search else guide_url,
    )
    return filters


def _take_request(request, page, context):
    form = FollowForm(request.POST)
    context["form"] = form
    sent = HttpResponseRedirect(f"{context['follow_url']}?{SENT_QUERY}")
    if form.is_trapped:
        return sent
    # The slot is taken before the work and given back if the form is invalid.
    if not FOLLOWS_PER_HOUR.acquire(request):
        context["refusal"] = _(
            "You have asked several times in a short time. Please wait an hour "
            "before you try again."
        )
        return _form_response(request, context, status=429)
    filters = _read_search(
        context, QueryDict(request.POST.get("search", "")[:2000]), page
    )
    # A search the guide refuses is explained above the form (`error`).
    if not form.is_valid() or (
        form.cleaned_data["kind"] == Subscription.Kind.GUIDE and filters is None
    ):
        FOLLOWS_PER_HOUR.release(request)
        return _form_response(request, context)
    kind = form.cleaned_data["kind"]
    subscriptions.request_subscription(
        email=form.cleaned_data["email"],
        kind=kind,
        search=saved_search(filters) if kind == Subscription.Kind.GUIDE else "",
        language=page.locale.language_code,
    )
    return sent


def _form_response(request, context, status=200):
    return TemplateResponse(request, TEMPLATE, context, status=status)


def _token_page(request, template, context, status=200):
    # No language versions of a personal link: the switcher leads home.
    return render(
        request,
        f"following/{template}.html",
        {**context, "alternates": {}},
        status=status,
    )


@never_cache
def confirm(request, token):
    """GET: a button to confirm (mail scanners open links); POST: confirmed."""
    subscription = subscriptions.pending_subscription(token)
    if subscription is None:
        return _token_page(request, "link_invalid", {}, status=404)
    if request.method == "POST":
        subscriptions.confirm(subscription)
        return _token_page(request, "confirmed", {"subscription": subscription})
    return _token_page(request, "confirm", {"subscription": subscription})


@csrf_exempt  # One-click unsubscribe (RFC 8058) posts without a form's token.
@never_cache
def unsubscribe(request, token):
    """GET: a button to unsubscribe; POST: the subscription is deleted."""
    genuine, subscription = subscriptions.subscription_for_unsubscribe(token)
    if not genuine:
        return _token_page(request, "link_invalid", {}, status=404)
    if request.method == "POST":
        if subscription is not None:
            subscription.delete()
        return _token_page(request, "unsubscribed", {})
    if subscription is None:
        return _token_page(request, "unsubscribed", {})
    return _token_page(request, "unsubscribe", {"subscription": subscription})
