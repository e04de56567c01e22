"""`{% enterprise_json_ld %}`: an enterprise as schema.org JSON-LD for search engines."""

import json

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

register = template.Library()

# Keep the JSON from closing the <script> element or opening markup.
JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def enterprise_schema(enterprise, *, description: str = "", url: str = "") -> dict:
    """Organization (LocalBusiness when it has a place) with address, geo and labels."""
    located = bool(enterprise.street) or enterprise.latitude is not None
    data = {
        "@context": "https://schema.org",
        "@type": "LocalBusiness" if located else "Organization",
        "name": enterprise.name,
    }
    if url:
        data["@id"] = f"{url}#enterprise"
        data["url"] = url
    if description:
        data["description"] = description
    data["address"] = {
        "@type": "PostalAddress",
        "streetAddress": enterprise.street,
        "postalCode": enterprise.postcode,
        "addressLocality": enterprise.municipality_name,
        "addressRegion": enterprise.province_name,
        "addressCountry": "BE",
    }
    if enterprise.latitude is not None and enterprise.longitude is not None:
        data["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": enterprise.latitude,
            "longitude": enterprise.longitude,
        }
    if enterprise.website:
        data["sameAs"] = [enterprise.website]
    if enterprise.email:
        data["email"] = enterprise.email
    if enterprise.phone:
        data["telephone"] = enterprise.phone
    if enterprise.enterprise_number:
        data["vatID"] = f"BE{enterprise.enterprise_number}"
    sectors = [sector.name for sector in enterprise.sectors.all()]
    if sectors:
        data["knowsAbout"] = sectors
    labels = [label.name for label in enterprise.labels.all()]
    if labels:
        data["hasCredential"] = [
            {"@type": "EducationalOccupationalCredential", "name": name}
            for name in labels
        ]
    return data


@register.simple_tag
def enterprise_json_ld(enterprise, description="", url=""):
    text = json.dumps(
        enterprise_schema(enterprise, description=description, url=url),
        ensure_ascii=False,
    ).translate(JSON_SCRIPT_ESCAPES)
    return format_html(
        '<script type="application/ld+json">{}</script>', mark_safe(text)
    )
