"""Factories for the MeMO guide: published enterprises in Dutch with their French version."""

import factory
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Locale

from directory.models import Enterprise, GuidePage, Label, ProposalContact, Sector
from directory.sharing import share_with_translations
from tests.conftest import publish_translation


def valid_enterprise_number(n: int) -> str:
    """A 10-digit KBO/BCE number that passes the check digits, unique per `n`."""
    first_eight = f"{2_000_000 + n:08d}"
    return f"{first_eight}{97 - int(first_eight) % 97:02d}"


def nl_locale() -> Locale:
    return Locale.objects.get_or_create(language_code="nl")[0]


class EnterpriseFactory(factory.django.DjangoModelFactory):
    """A published Dutch enterprise; after creation its French version exists too.

    `sectors=["energie"]`, `labels=["bio"]` take slugs; `description_fr="…"` fills
    the French description (empty by default, so the French page falls back to Dutch).
    `live=False` gives a draft in both languages.
    """

    class Meta:
        model = Enterprise
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Coöperatie {n}")
    locale = factory.LazyFunction(nl_locale)
    enterprise_number = factory.Sequence(valid_enterprise_number)
    legal_form = "cv"
    cooperative = True
    nrc_accredited = False
    street = "Veldstraat 1"
    postcode = "9000"
    municipality = "Gent"
    latitude = 51.05
    longitude = 3.72
    website = "https://example.org"
    email = "info@example.org"
    phone = "09 123 45 67"
    description = factory.LazyAttribute(lambda o: f"Beschrijving van {o.name}.")
    live = True
    first_published_at = factory.LazyAttribute(
        lambda o: timezone.now() if o.live else None
    )
    last_published_at = factory.SelfAttribute("first_published_at")

    @factory.post_generation
    def sectors(self, create, slugs, **kwargs):
        if create and slugs:
            self.sectors.set(Sector.objects.filter(locale=self.locale, slug__in=slugs))
            self.save()

    @factory.post_generation
    def labels(self, create, slugs, **kwargs):
        if create and slugs:
            self.labels.set(Label.objects.filter(locale=self.locale, slug__in=slugs))
            self.save()

    @factory.post_generation
    def description_fr(self, create, text, **kwargs):
        # Declared last: the French version copies the sectors and labels set above.
        if not create:
            return
        for other in share_with_translations(self):
            if other.locale.language_code == "fr" and text:
                other.description = text
                other.save()


def french_version(enterprise: Enterprise) -> Enterprise:
    return Enterprise.objects.get(
        translation_key=enterprise.translation_key, locale__language_code="fr"
    )


def make_guides(home_nl, home_fr) -> dict[str, GuidePage]:
    """The live Dutch guide at /nl/memo-gids/ and its French translation."""
    guide_nl = home_nl.add_child(
        instance=GuidePage(title="MeMO-gids", slug="memo-gids", locale=home_nl.locale)
    )
    guide_nl.save_revision().publish()
    guide_fr = publish_translation(
        guide_nl, home_fr.locale, title="Guide MeMO", slug="guide-memo"
    )
    return {"nl": guide_nl, "fr": guide_fr}


def visitor_proposal(locale, name, **fields) -> Enterprise:
    """What the public proposal form makes: a draft in the visitor's language
    only, and its proposer."""
    draft = Enterprise.objects.create(
        locale=locale,
        name=name,
        slug=slugify(name),
        postcode="9000",
        municipality="Gent",
        live=False,
        **fields,
    )
    ProposalContact.objects.create(enterprise=draft, name="An", email="an@example.org")
    return draft
