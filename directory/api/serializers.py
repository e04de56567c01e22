"""Enterprises as open data, in JSON and GeoJSON (docs/contract.md#api-responses)."""

from config.site_url import absolute_url
from directory.finder.query import SOURCE_LANGUAGE
from directory.links import enterprise_path, guide_urls

LICENSE = {
    "name": "CC BY 4.0",
    "url": "https://creativecommons.org/licenses/by/4.0/",
}


class EnterpriseUrls:
    """Absolute addresses of enterprise pages, from the live guide of each language."""

    def __init__(self, request):
        self.request = request
        self.guides = guide_urls(request)

    def __call__(self, enterprise) -> str | None:
        guide = self.guides.get(enterprise.locale.language_code)
        if guide is None:
            return None
        return absolute_url(enterprise_path(guide, enterprise))


def _terms(terms) -> list[dict]:
    return [{"slug": term.slug, "name": term.name} for term in terms]


def enterprise_json(enterprise, url: str | None) -> dict:
    """One enterprise; a translation without a description shows the Dutch one."""
    language = enterprise.locale.language_code
    description = enterprise.source_description
    described_in = (
        language if enterprise.description or not description else SOURCE_LANGUAGE
    )
    return {
        "id": enterprise.pk,
        "name": enterprise.name,
        "url": url,
        "enterprise_number": enterprise.display_enterprise_number,
        "legal_form": enterprise.legal_form,
        "cooperative": enterprise.cooperative,
        "nrc_accredited": enterprise.nrc_accredited,
        "sectors": _terms(enterprise.sectors.all()),
        "labels": _terms(enterprise.labels.all()),
        "street": enterprise.street,
        "postcode": enterprise.postcode,
        "municipality": enterprise.municipality_name,
        "province": enterprise.province,
        "latitude": enterprise.latitude,
        "longitude": enterprise.longitude,
        "website": enterprise.website,
        "email": enterprise.email,
        "phone": enterprise.phone,
        "description": description,
        "description_locale": described_in,
        "locale": language,
    }


def enterprise_feature(enterprise, url: str | None) -> dict | None:
    """A GeoJSON Point feature, or None for an enterprise without coordinates."""
    if enterprise.latitude is None or enterprise.longitude is None:
        return None
    return {
        "type": "Feature",
        "id": enterprise.pk,
        "geometry": {
            "type": "Point",
            "coordinates": [enterprise.longitude, enterprise.latitude],
        },
        "properties": {
            "id": enterprise.pk,
            "name": enterprise.name,
            "url": url,
            "municipality": enterprise.municipality_name,
        },
    }
