"""Enterprises as open data, in JSON and GeoJSON (docs/contract.md#api-responses).

Every answer is built through its Schema (`directory.api.schemas`), the one the
OpenAPI document shows.
"""

from core.site_url import absolute_url
from directory import schemas
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


class EnterpriseFromModel(schemas.Enterprise):
    """`Enterprise` read from the model, given its `url` in the context."""

    # Where the model's attribute has another name, or the request has the value.
    @staticmethod
    def resolve_url(enterprise, context) -> str | None:
        return context["url"]

    @staticmethod
    def resolve_enterprise_number(enterprise) -> str | None:
        return enterprise.display_enterprise_number

    @staticmethod
    def resolve_municipality(enterprise) -> str:
        return enterprise.municipality_name

    @staticmethod
    def resolve_description(enterprise) -> str:
        return enterprise.source_description

    @staticmethod
    def resolve_description_locale(enterprise) -> str:
        """A translation without a description of its own shows the Dutch one."""
        if enterprise.description or not enterprise.source_description:
            return enterprise.locale.language_code
        return SOURCE_LANGUAGE

    @staticmethod
    def resolve_locale(enterprise) -> str:
        return enterprise.locale.language_code


def enterprise_schema(enterprise, url: str | None) -> schemas.Enterprise:
    return EnterpriseFromModel.model_validate(enterprise, context={"url": url})


def enterprise_json(enterprise, url: str | None) -> dict:
    """One enterprise; a translation without a description shows the Dutch one."""
    return enterprise_schema(enterprise, url).model_dump()


def feature_schema(enterprise, url: str | None) -> schemas.Feature | None:
    """A GeoJSON Point feature, or None for an enterprise without coordinates."""
    if enterprise.latitude is None or enterprise.longitude is None:
        return None
    return schemas.Feature(
        type="Feature",
        id=enterprise.pk,
        geometry=schemas.Point(
            type="Point", coordinates=[enterprise.longitude, enterprise.latitude]
        ),
        properties=schemas.FeatureProperties(
            id=enterprise.pk,
            name=enterprise.name,
            url=url,
            municipality=enterprise.municipality_name,
        ),
    )


def enterprise_feature(enterprise, url: str | None) -> dict | None:
    feature = feature_schema(enterprise, url)
    return None if feature is None else feature.model_dump()
