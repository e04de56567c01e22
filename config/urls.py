from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from config import throttles
from config import views as site_views
from core import sitemaps
from directory.sitemap import EnterpriseSitemap
from directory.views.embed import embed_guide
from home.sitemap import PageSitemap

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
    path("", include(wagtail_urls)),
)

handler400 = "config.errors.bad_request"
handler404 = "config.views.page_not_found"
handler500 = "config.errors.server_error"
