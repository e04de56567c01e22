from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from caching import serving
from config import throttles
from config import views as site_views
from core import sitemaps
from directory.sitemap import EnterpriseSitemap
from directory.views.embed import embed_guide
from home.sitemap import PageSitemap

_wagtail_routes = [
    pattern
    for pattern in wagtail_urls.urlpatterns
    if getattr(pattern, "name", None) != "wagtail_serve"
]
SITEMAP_SECTIONS = {"pages": PageSitemap, "enterprises": EnterpriseSitemap}

urlpatterns = [
    path("", site_views.language_redirect, name="language_redirect"),
    path("healthz", site_views.healthz, name="healthz"),
    path("robots.txt", site_views.robots_txt, name="robots_txt"),
    path("favicon.ico", site_views.favicon, name="favicon"),
    path("manifest.webmanifest", site_views.web_manifest, name="web_manifest"),
    path(
        "sitemap.xml",
        sitemaps.index,
        {"sections": SITEMAP_SECTIONS},
        name="sitemap",
    ),
    path(
        "sitemap-<slug:name>.xml",
        sitemaps.section,
        {"sections": SITEMAP_SECTIONS},
        name="sitemap_section",
    ),
    # Throttled versions of Wagtail's views, matched before Wagtail's own.
    path("admin/password_reset/", throttles.password_reset),
    path(
        "documents/authenticate_with_password/<int:restriction_id>/",
        throttles.document_password,
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v1/", include("directory.api.urls")),
    # The only address other sites may frame (docs/contract.md#embedding).
    path("embed/guide/", embed_guide, name="embed_guide"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("", include("search.urls")),
    path("", include("following.urls")),
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        throttles.page_password,
    ),
    # Wagtail's own routes, then its pages served with their route kept per
    # process until content changes (`caching.serving`).
    path("", include(_wagtail_routes)),
    re_path(wagtail_urls.serve_pattern, serving.serve, name="wagtail_serve"),
)

handler400 = "config.errors.bad_request"
handler404 = "config.views.page_not_found"
handler500 = "config.errors.server_error"
