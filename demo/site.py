"""The site around the pages: its root, and the menus, footer text and contact
settings of `data/site.yaml`."""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, Site

from core.site_url import site_host_and_port
from demo.context import SOURCE_LANGUAGE, DemoContext
from demo.files import read
from demo.translated import ensure_snippet
from home.models import FooterText, HomePage, Navigation, SiteSettings
from home.site_address import sync_default_site


def find_existing_home(ctx: DemoContext) -> None:
    """Reuse the home page the default site already serves, if there is one."""
    site = Site.objects.filter(is_default_site=True).first()
    if site and isinstance(site.root_page.specific, HomePage):
        ctx.remember("page", "home", site.root_page.specific, SOURCE_LANGUAGE)


def serve_home(ctx: DemoContext) -> None:
    """Make the Dutch home the default site's root and drop Wagtail's welcome page."""
    home = ctx.get("page", "home", SOURCE_LANGUAGE)
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        hostname, port = site_host_and_port()
        Site.objects.create(
            hostname=hostname,
            port=port,
            root_page=home,
            is_default_site=True,
            site_name="Coopkracht",
        )
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.site_name = site.site_name or "Coopkracht"
        site.save()
    sync_default_site()
    plain_page = ContentType.objects.get_for_model(Page)
    Page.objects.filter(
        depth=2, slug="home", content_type=plain_page, numchild=0
    ).exclude(sites_rooted_here__isnull=False).delete()


def build_site(ctx: DemoContext) -> None:
    serve_home(ctx)
    data = read("site")
    ensure_snippet(
        ctx,
        Navigation,
        "navigation",
        "menus",
        {"nl": data["menus"], "fr": data["menus"]},
        one_per_locale=True,
    )
    ensure_snippet(
        ctx, FooterText, "footer", "text", data["footer_text"], one_per_locale=True
    )
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    if not settings.email:
        for name, value in data["settings"].items():
            setattr(settings, name, value)
        settings.save()
        ctx.created["settings"] += 1
