"""The enterprises of the MeMO guide."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import (
    DraftStateMixin,
    Locale,
    LockableMixin,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin
from wagtail.search.tasks import insert_or_update_object_task
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.prefetch import related, with_related
from directory.rules.enterprise_number import format_enterprise_number
from directory.rules.legal_forms import LegalForm
from directory.rules.places import municipality_in, other_names
from directory.rules.provinces import (
    PROVINCE_CHOICES,
    PROVINCES_BY_SLUG,
    PostcodeError,
    province_for_postcode,
)
from directory.rules.records import check_record

# Everything but the description (and opening hours) is the same in every language.
SHARED_FIELDS = (
    "name",
    "slug",
    "enterprise_number",
    "legal_form",
    "cooperative",
    "nrc_accredited",
    "street",
    "postcode",
    "municipality",
    "province",
    "latitude",
    "longitude",
    "website",
    "email",
    "phone",
    "logo",
)
TRANSLATED_FIELDS = ("description", "opening_hours")

RULE_CHECKED_FIELDS = (
    "enterprise_number",
    "name",
    "legal_form",
    "street",
    "postcode",
    "municipality",
    "latitude",
    "longitude",
    "website",
    "email",
    "phone",
)
# The checked fields a visitor's proposal fills in: all but the coordinates.
PROPOSED_FIELDS = tuple(
    name for name in RULE_CHECKED_FIELDS if name not in ("latitude", "longitude")
)


class EnterpriseQuerySet(SearchableQuerySetMixin, models.QuerySet):
    """Enterprises that can be searched with `.search()` and `.autocomplete()`."""


class Enterprise(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    TranslatableMixin,
    index.Indexed,
    ClusterableModel,
):
    """A people- and environment-friendly enterprise listed in the MeMO guide.

    It exists once per language (the guide is bilingual); only the description and
    opening hours are translated, everything else is shared between the languages
    (see `directory.sharing`). Editors publish it through moderation; visitors see
    published enterprises only.
    """

    # Columns without an index of their own (an import keeps every index up to date
    # for each row it writes): the language is the first column of the indexes in
    # Meta and of the unique constraints, which answer any query by language; the
    # slug is looked up with the language (unique constraint); no query filters or
    # orders enterprises by their first publication, lock owner or logo (a deleted
    # user or image clears theirs with one scan).
    locale = models.ForeignKey(
        Locale,
        on_delete=models.PROTECT,
        related_name="+",
        editable=False,
        verbose_name=_("locale"),
        db_index=False,
    )
    locale.wagtail_reference_index_ignore = True
    first_published_at = models.DateTimeField(
        verbose_name=_("first published at"), blank=True, null=True
    )
    locked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("locked by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="locked_%(class)ss",
        db_index=False,
    )
    locked_by.wagtail_reference_index_ignore = True

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(
        _("slug"),
        max_length=220,
        blank=True,
        db_index=False,
        help_text=_("The last part of the enterprise's address; made from the name."),
    )
    enterprise_number = models.CharField(  # noqa: DJ001 (NULL keeps unique numbers optional)
        _("enterprise number"),
        max_length=10,
        null=True,
        blank=True,
        help_text=_("KBO/BCE number, e.g. 0123.456.749. Leave empty if unknown."),
    )
    legal_form = models.CharField(
        _("legal form"), max_length=20, choices=LegalForm.choices, default=LegalForm.CV
    )
    cooperative = models.BooleanField(_("cooperative"), default=False)
    nrc_accredited = models.BooleanField(
        _("NRC accredited"),
        default=False,
        help_text=_("Recognised by the National Council for Cooperation (NRC/CNC)."),
    )
    sectors = ParentalManyToManyField(
        "directory.Sector", related_name="enterprises", blank=True
    )
    labels = ParentalManyToManyField(
        "directory.Label", related_name="enterprises", blank=True
    )
    street = models.CharField(_("street and number"), max_length=200, blank=True)
    postcode = models.CharField(_("postcode"), max_length=4)
    municipality = models.CharField(_("municipality"), max_length=100)
    province = models.CharField(
        _("province"), max_length=20, choices=PROVINCE_CHOICES, editable=False
    )
    latitude = models.FloatField(_("latitude"), null=True, blank=True)
    longitude = models.FloatField(_("longitude"), null=True, blank=True)
    website = models.URLField(_("website"), max_length=300, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    description = models.TextField(_("description"), blank=True)
    opening_hours = models.TextField(_("opening hours"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        db_index=False,
    )
    possible_duplicate_of = models.ForeignKey(
        "self",
        verbose_name=_("possible duplicate of"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Set when a public proposal matches this existing enterprise by number "
            "or by name and postcode. Merge or reject the proposal, then clear it."
        ),
    )
    last_confirmed = models.DateField(
        _("last confirmed"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("When the enterprise last confirmed its entry or had it updated."),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = EnterpriseQuerySet.as_manager()

    override_translatable_fields = [
        *(SynchronizedField(name, overridable=False) for name in SHARED_FIELDS),
        *(TranslatableField(name) for name in TRANSLATED_FIELDS),
    ]

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("name"),
                FieldPanel("slug"),
                FieldRowPanel(
                    [FieldPanel("enterprise_number"), FieldPanel("legal_form")]
                ),
                FieldRowPanel(
                    [FieldPanel("cooperative"), FieldPanel("nrc_accredited")]
                ),
                FieldPanel("description"),
                FieldPanel("logo"),
            ],
            heading=_("Enterprise"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("sectors", heading=_("Sectors")),
                FieldPanel("labels", heading=_("Labels")),
            ],
            heading=_("Sectors and labels"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("street"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("municipality")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Address"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("website"),
                FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]),
                FieldPanel("opening_hours"),
            ],
            heading=_("Contact"),
        ),
        FieldPanel("possible_duplicate_of"),
    ]

    search_fields = [
        index.SearchField("name", boost=4),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        index.SearchField("municipality", boost=2),
        index.SearchField("other_place_names", boost=2),
        # The beginning of a word typed matches ("zon" finds "zonnepanelen").
        index.AutocompleteField("description"),
        index.AutocompleteField("municipality"),
        index.AutocompleteField("other_place_names"),
        index.RelatedFields("sectors", [index.SearchField("name")]),
        index.RelatedFields("labels", [index.SearchField("name")]),
        index.FilterField("locale"),
        index.FilterField("live"),
        index.FilterField("province"),
        index.FilterField("cooperative"),
        index.FilterField("nrc_accredited"),
        index.FilterField("legal_form"),
        index.FilterField("enterprise_number"),
        index.FilterField("postcode"),
        index.FilterField("name"),
        # The guide's facets and distance on the engine (search.engines.faceted).
        index.FilterField("sector_slugs"),
        index.FilterField("label_slugs"),
        index.FilterField("location", es_extra={"type": "geo_point"}),
    ]

    # The columns the methods named in search_fields read (sectors and labels come
    # prefetched), so indexing loads only the indexed columns.
    search_method_columns = {
        "sector_slugs": (),
        "label_slugs": (),
        "location": ("latitude", "longitude"),
        "other_place_names": ("postcode", "municipality"),
    }

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("enterprise")
        verbose_name_plural = _("enterprises")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "enterprise_number"],
                name="unique_enterprise_number_per_locale",
            ),
            models.UniqueConstraint(
                fields=["locale", "slug"], name="unique_enterprise_slug_per_locale"
            ),
        ]
        indexes = [
            models.Index(fields=["locale", "live", "province"]),
            models.Index(fields=["locale", "name", "postcode"]),
        ]

    def __init__(self, *args, **kwargs):
        if kwargs:
            super().__init__(*args, **kwargs)
        else:
            # Loaded from the database (values by position, never child objects):
            # modelcluster would look the model's child relations up for every
            # row, a third of the time spent building tens of thousands of them.
            models.Model.__init__(self, *args)

    def __str__(self):
        return self.name

    @classmethod
    def get_indexed_objects(cls):
        # One query for all sectors and one for all labels, not two per record.
        return with_related(super().get_indexed_objects(), "sectors", "labels")

    def sector_slugs(self) -> list[str]:
        return [sector.slug for sector in related(self, "sectors")]

    def label_slugs(self) -> list[str]:
        return [label.slug for label in related(self, "labels")]

    def other_place_names(self) -> str:
        """The municipality's official names in the other language ("Ixelles")."""
        return other_names(self.postcode, self.municipality)

    @property
    def municipality_name(self) -> str:
        """The municipality in the record's language: "Bruxelles" on French pages."""
        return municipality_in(
            self.locale.language_code, self.postcode, self.municipality
        )

    def location(self) -> dict | None:
        """The coordinates as an engine's geo_point, or None without them."""
        if self.latitude is None or self.longitude is None:
            return None
        return {"lat": self.latitude, "lon": self.longitude}

    @property
    def display_enterprise_number(self) -> str | None:
        return format_enterprise_number(self.enterprise_number)

    @property
    def province_name(self) -> str:
        province = PROVINCES_BY_SLUG.get(self.province)
        return province.name_in(self.locale.language_code) if province else ""

    def full_clean(self, *args, **kwargs):
        self.derive_fields()
        super().full_clean(*args, **kwargs)
        checked = check_record({f: getattr(self, f) for f in RULE_CHECKED_FIELDS})
        if checked.errors:
            raise ValidationError(checked.errors)
        self.enterprise_number = checked.values["enterprise_number"]

    def derive_fields(self):
        """Fill what is derived, never typed: the province and the slug."""
        try:
            self.province = province_for_postcode(self.postcode).slug
        except PostcodeError:
            self.province = ""
        if not self.slug:
            self.slug = slugify(self.name)[:200] or "enterprise"

    def save(self, *args, **kwargs):
        self.derive_fields()
        super().save(*args, **kwargs)
        # The index update post_save queued may have run at once (tasks run inside
        # the request in dev and tests), before ClusterableModel wrote the sectors
        # and labels: queue one more, which reads the record as stored (never the
        # in-memory draft of a revision). The task worker runs both after commit.
        insert_or_update_object_task.enqueue(
            self._meta.app_label, self._meta.model_name, str(self.pk)
        )

    @cached_property
    def source_description(self) -> str:
        """The Dutch description, shown (marked lang="nl") when no translation exists."""
        if self.description or self.locale.language_code == "nl":
            return self.description
        source = (
            Enterprise.objects.filter(
                translation_key=self.translation_key, locale__language_code="nl"
            )
            .values_list("description", flat=True)
            .first()
        )
        return source or ""

    def with_content_json(self, content):
        # The date belongs to the enterprise, not to a revision: publishing an
        # older revision must not bring back an older date.
        obj = super().with_content_json(content)
        obj.last_confirmed = self.last_confirmed
        return obj

    def get_preview_template(self, request, mode_name):
        return "directory/enterprise_detail.html"

    def get_preview_context(self, request, mode_name):
        return {"enterprise": self, "description": self.description}
