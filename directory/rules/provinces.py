"""Provinces of the guide, derived from the postcode (docs/contract.md#provinces)."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Province:
    slug: str
    name_nl: str
    name_fr: str
    ranges: tuple[tuple[int, int], ...]

    def name_in(self, language: str) -> str:
        return self.name_fr if language == "fr" else self.name_nl


PROVINCES = (
    Province("brussel", "Brussel", "Bruxelles", ((1000, 1299),)),
    Province(
        "vlaams-brabant",
        "Vlaams-Brabant",
        "Brabant flamand",
        ((1500, 1999), (3000, 3499)),
    ),
    Province("antwerpen", "Antwerpen", "Anvers", ((2000, 2999),)),
    Province("limburg", "Limburg", "Limbourg", ((3500, 3999),)),
    Province(
        "west-vlaanderen", "West-Vlaanderen", "Flandre-Occidentale", ((8000, 8999),)
    ),
    Province(
        "oost-vlaanderen", "Oost-Vlaanderen", "Flandre-Orientale", ((9000, 9999),)
    ),
)
PROVINCES_BY_SLUG = {province.slug: province for province in PROVINCES}
PROVINCE_CHOICES = [(province.slug, province.name_nl) for province in PROVINCES]

BELGIAN_POSTCODE_RANGE = (1000, 9999)


class PostcodeError(ValueError):
    """A postcode the guide cannot place, with a message for people."""


def province_for_postcode(postcode: str) -> Province:
    """The province of a Flemish or Brussels postcode; PostcodeError otherwise."""
    value = (postcode or "").strip()
    if not (len(value) == 4 and value.isdigit()):
        raise PostcodeError(_("A Belgian postcode has four digits."))
    number = int(value)
    low, high = BELGIAN_POSTCODE_RANGE
    if not low <= number <= high:
        raise PostcodeError(_("A Belgian postcode has four digits."))
    for province in PROVINCES:
        if any(start <= number <= end for start, end in province.ranges):
            return province
    raise PostcodeError(
        _(
            "This postcode lies in Wallonia: the MeMO guide covers Flanders "
            "and Brussels only."
        )
    )
