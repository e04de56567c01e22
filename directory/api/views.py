"""The open-data API (docs/contract.md#api): thin views over the guide's query layer."""

from functools import wraps

from django.conf import settings
from django.http import QueryDict, StreamingHttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from core.site_url import absolute_url
from directory.api.docs import api_reference, docs_url
from directory.api.downloads import (
    FORMATS,
    csv_download,
    download_links,
    geojson_download,
    json_download,
    matching_ids,
)
from directory.api.openapi import openapi_document, operation
from directory.api.params import api_format, api_language, api_page_size
from directory.api.queries import (
    AutocompleteQuery,
    DetailQuery,
    DownloadQuery,
    ListQuery,
)
from directory.api.responses import CACHE_CONTROL, json_error, json_ok, read_only
from directory.api.serializers import (
    LICENSE,
    EnterpriseUrls,
    enterprise_schema,
    feature_schema,
)
from directory.exchange.columns import COLUMNS
from directory.finder import (
    GuideParamError,
    autocomplete_names,
    find_enterprises,
    parse_guide_params,
)
from directory.finder.locales import as_locale
from directory.models import Enterprise
from directory.rules.places import source_url
from directory.schemas import Enterprise as EnterpriseSchema
from directory.schemas import (
    EnterpriseDownload,
    EnterpriseList,
    Error,
    FeatureCollection,
    FeatureDownload,
    Suggestion,
    Suggestions,
)

GEOJSON = "application/geo+json"
UNKNOWN_LOCALE = {400: (Error, "Unknown locale.")}
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


@operation(
    "enterprises/",
    "listEnterprises",
    "Published enterprises of the MeMO guide, filtered and paged.",
    {
        200: (
            {"application/json": EnterpriseList, GEOJSON: FeatureCollection},
            "One page of results with the facets of all results.",
        ),
        400: (
            Error,
            "A parameter is malformed, unknown, or the page is out of range.",
        ),
    },
    query=ListQuery,
)
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
        features = (feature_schema(e, url_of(e)) for e in results.enterprises)
        collection = FeatureCollection(
            type="FeatureCollection",
            features=[feature for feature in features if feature],
            **paging,
            license=LICENSE,
        )
        return json_ok(collection.model_dump(), content_type=GEOJSON)
    answer = EnterpriseList(
        **paging,
        results=[enterprise_schema(e, url_of(e)) for e in results.enterprises],
        facets=results.facets,
        license=LICENSE,
    )
    return json_ok(answer.model_dump())


DOWNLOADS = {
    "csv": (
        "CSV",
        str,
        "The columns of the import and export format: " + ", ".join(COLUMNS) + ".",
    ),
    "json": ("JSON", EnterpriseDownload, "The enterprises as the list gives them."),
    "geojson": (
        "GeoJSON",
        FeatureDownload,
        "The enterprises with coordinates, as the list's GeoJSON gives them.",
    ),
}


def download_operations(view):
    """Declare the view's operation at each download's address."""
    for output, (name, schema, description) in DOWNLOADS.items():
        operation(
            f"enterprises/export.{output}",
            f"download{name}",
            f"Every published enterprise the filters select, as {name} in one "
            "download, by name.",
            {
                200: (
                    {FORMATS[output].split(";")[0]: schema},
                    "The file, with a `Link` header naming its licence.",
                ),
                400: (Error, "A parameter is malformed or unknown."),
                429: (
                    Error,
                    "Too many downloads from this address within the hour; "
                    "the `Retry-After` header gives the seconds to wait.",
                ),
            },
            query=DownloadQuery,
            description=description,
        )(view)
    return view


@download_operations
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


@operation(
    "enterprises/{id}/",
    "getEnterprise",
    "One published enterprise.",
    {
        200: (EnterpriseSchema, "The enterprise."),
        **UNKNOWN_LOCALE,
        404: (Error, "No published enterprise has this id."),
    },
    query=DetailQuery,
)
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
    url = EnterpriseUrls(request)(enterprise)
    return json_ok(enterprise_schema(enterprise, url).model_dump())


@operation(
    "enterprises/autocomplete/",
    "suggestEnterpriseNames",
    "Names of published enterprises that begin like `q`.",
    {
        200: (Suggestions, "At most 8 suggestions."),
        **UNKNOWN_LOCALE,
    },
    query=AutocompleteQuery,
)
@api_view
def enterprise_autocomplete(request, language):
    enterprises = autocomplete_names(request.GET.get("q") or "", locale=language)
    url_of = EnterpriseUrls(request)
    suggestions = [Suggestion(name=e.name, url=url_of(e)) for e in enterprises]
    return json_ok(Suggestions(results=suggestions).model_dump())


@operation(
    "schema/",
    "getSchema",
    "This document.",
    {200: (None, "OpenAPI 3.1 document.")},
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
