"""One enterprise's public page, below the guide of its language.

See docs/contract.md#enterprise-pages.
"""

from django.conf import settings
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse

from core.site_url import absolute_url
from directory.links import enterprise_path, guide_urls
from directory.models.enterprise import Enterprise

TEMPLATE = "directory/enterprise_detail.html"


def enterprise_alternates(enterprise: Enterprise, request) -> dict[str, str]:
    """Language code → address of each live version of `enterprise` (two queries)."""
    guides = guide_urls(request)
    versions = (
        Enterprise.objects.filter(translation_key=enterprise.translation_key, live=True)
        .select_related("locale")
        .only("slug", "locale__language_code")
    )
    by_language = {
        version.locale.language_code: enterprise_path(
            guides[version.locale.language_code], version
        )
        for version in versions
        if version.locale.language_code in guides
    }
    return {
        code: by_language[code] for code, _ in settings.LANGUAGES if code in by_language
    }


def enterprise_detail(request, page, slug):
    """A published enterprise of the guide's language; 404 for anything else."""
    enterprise = get_object_or_404(
        Enterprise.objects.filter(locale=page.locale, live=True)
        .select_related("locale", "logo")
        .prefetch_related("sectors", "labels"),
        slug=slug,
    )
    guide_url = page.get_url(request)
    context = page.get_context(request)
    context.update(
        enterprise=enterprise,
        description=enterprise.source_description,
        guide_url=guide_url,
        page_url=absolute_url(enterprise_path(guide_url, enterprise)),
        alternates=enterprise_alternates(enterprise, request),
    )
    return TemplateResponse(request, TEMPLATE, context)
