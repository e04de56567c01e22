"""The open-data API (docs/contract.md#api): thin views over the guide's query layer."""

from functools import wraps

from django.conf import settings
from django.http import QueryDict, StreamingHttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from config.site_url import absolute_url
from directory.api.docs import api_reference, docs_url
from directory.api.downloads import (
    FORMATS,
    csv_download,
    download_links,
    geojson_download,
    json_download,
    matching_ids,
)
from directory.api.params import api_format, api_language, api_page_size
from directory.api.responses import CACHE_CONTROL, json_error, json_ok, read_only
from directory.api.schema import openapi_document
from directory.api.serializers import (
    LICENSE,
    EnterpriseUrls,
    enterprise_feature,
    enterprise_json,
)
from directory.finder import (
    GuideParamError,
    autocomplete_names,
    find_enterprises,
    parse_guide_params,
)
from directory.finder.locales import as_locale
from directory.models import Enterprise
from directory.rules.places import source_url

GEOJSON = "application/geo+json"
# A urlconf without language prefixes; see `not_found`.
API_URLCONF = "directory.api.urls"


def api_view(view):
    """GET only; a bad parameter is a JSON 400, in the requested language if known."""

    @read_only
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        try:
            language = api_language(request.GET)
        except GuideParamError as error:
            return json_error(error)
        with translation.override(language):
            try:
                return view(request, language, *args, **kwargs)
            except GuideParamError as error:
                return json_error(error)

    return wrapper


def _page_link(request, page: int | None) -> str | None:
    if page is None:
        return None
    query: QueryDict = request.GET.copy()
    if page == 1:
        query.pop("page", None)
    else:
        query["page"] = str(page)
    suffix = f"?{query.urlencode()}" if query else ""
    return absolute_url(request.path + suffix)


def not_found(request, message: str):
    """A JSON 404 that stays one.

    LocaleMiddleware answers a 404 outside i18n_patterns with a redirect to the
    same path under /nl/ when that path resolves, and Wagtail's catch-all route
    resolves every path. It only does so when the request's urlconf has
    language prefixes, so this answer names one without them.
    """
    request.urlconf = API_URLCONF
    return json_error(message, status=404)


@api_view
def enterprise_list(request, language):
    output = api_format(request.GET)
    page_size = api_page_size(request.GET)
    locale = as_locale(language)
    filters = parse_guide_params(request.GET, locale=locale)
    results = find_enterprises(filters, locale=locale, page_size=page_size)
    url_of = EnterpriseUrls(request)
    paging = {
        "count": results.count,
        "next": _page_link(request, results.page + 1 if results.has_next else None),
        "previous": _page_link(
            request, results.page - 1 if results.has_previous else None
        ),
    }
    if output == "geojson":
        features = (enterprise_feature(e, url_of(e)) for e in results.enterprises)
        collection = {
            "type": "FeatureCollection",
            "features": [feature for feature in features if feature],
            **paging,
            "license": LICENSE,
        }
        return json_ok(collection, content_type=GEOJSON)
    return json_ok(
        {
            **paging,
            "results": [enterprise_json(e, url_of(e)) for e in results.enterprises],
            "facets": results.facets,
            "license": LICENSE,
        }
    )


@api_view
def enterprise_download(request, language, output):
    """The whole guide, or the enterprises the guide parameters select, as one file."""
    locale = as_locale(language)
    filters = parse_guide_params(request.GET, locale=locale)
    ids = matching_ids(filters, locale, located=output == "geojson")
    if output == "csv":
        pieces = csv_download(ids)
    else:
        write = geojson_download if output == "geojson" else json_download
        pieces = write(ids, locale, EnterpriseUrls(request))
    response = StreamingHttpResponse(pieces, content_type=FORMATS[output])
    response["Content-Disposition"] = (
        f'attachment; filename="memo-guide-{language}.{output}"'
    )
    response["Link"] = f'<{LICENSE["url"]}>; rel="license"'
    response["Cache-Control"] = CACHE_CONTROL
    return response


@api_view
def enterprise_detail(request, language, pk):
    """One published enterprise; `locale`, when given, picks its language version."""
    published = Enterprise.objects.filter(live=True).select_related("locale")
    enterprise = published.filter(pk=pk).first()
    if enterprise is not None and "locale" in request.GET:
        enterprise = published.filter(
            translation_key=enterprise.translation_key,
            locale__language_code=language,
        ).first()
    if enterprise is None:
        return not_found(request, _("No published enterprise has this id."))
    return json_ok(enterprise_json(enterprise, EnterpriseUrls(request)(enterprise)))


@api_view
def enterprise_autocomplete(request, language):
    enterprises = autocomplete_names(request.GET.get("q") or "", locale=language)
    url_of = EnterpriseUrls(request)
    return json_ok(
        {"results": [{"name": e.name, "url": url_of(e)} for e in enterprises]}
    )


@read_only
def schema(request):
    return json_ok(openapi_document(absolute_url("/")))


@api_view
def docs(request, language):
    """The OpenAPI document as a page, in the site's chrome of `locale`."""
    codes = [code for code, _name in settings.LANGUAGES]
    return render(
        request,
        "directory/api_docs.html",
        {
            "reference": api_reference(openapi_document(absolute_url("/"))),
            "schema_url": reverse("api:schema"),
            "downloads": download_links(language),
            "alternates": {code: docs_url(code) for code in codes},
            "places_source_url": source_url(language),
        },
    )
