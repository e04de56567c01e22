"""Every label an editor sees on the site's own edit forms and the enterprise
listing is in the editor's language and starts with a capital: each form field,
block and panel heading, the listing's filters and columns, in Dutch and French."""

import pytest
from bs4 import BeautifulSoup
from django.apps import apps
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import translation
from django.utils.functional import Promise
from django.utils.text import capfirst
from django.utils.translation import trans_real
from wagtail import blocks
from wagtail.admin.panels import get_edit_handler
from wagtail.models import Page
from wagtail.snippets.models import get_snippet_models
from wagtail.users.models import UserProfile

from directory.admin.filters import EnterpriseFilterSet
from editorial.groups import MODERATORS
from home.models import SiteSettings
from home.models.settings import SOCIAL_NETWORKS
from tests.directory.factories import EnterpriseFactory

SITE_APPS = {"home", "knowledge", "directory", "editorial"}
BRAND_NAMES = {name for _field, name in SOCIAL_NETWORKS}  # Facebook is Facebook


def site_models():
    pages = [
        model
        for model in apps.get_models()
        if issubclass(model, Page) and model._meta.app_label in SITE_APPS
    ]
    snippets = [
        model for model in get_snippet_models() if model._meta.app_label in SITE_APPS
    ]
    return [*pages, *snippets, SiteSettings]


def edit_handler(model):
    if issubclass(model, Page):
        return model.get_edit_handler()
    viewset = getattr(model, "snippet_viewset", None)
    return viewset.get_edit_handler() if viewset else get_edit_handler(model)


def shown_fields(panel):
    """(name, heading) of the fields the panel and its children show."""
    if getattr(panel, "field_name", None):
        yield panel.field_name, panel.heading
    for child in getattr(panel, "children", ()):
        yield from shown_fields(child)


def panel_headings(panel, path):
    """(where, heading) of the panels that group fields: sections, rows, tabs."""
    for child in getattr(panel, "children", ()):
        if getattr(child, "field_name", None):
            continue
        where = f"{path} > {child.__class__.__name__}"
        if getattr(child, "relation_name", None):  # an inline panel
            where = f"{path}.{child.relation_name}"
        yield where, child.heading
        yield from panel_headings(child, where)


def walk_blocks(block, path):
    children = dict(getattr(block, "child_blocks", {}))
    if isinstance(block, blocks.ListBlock):
        children["item"] = block.child_block
    for name, child in children.items():
        yield f"{path}.{name}", child.label
        yield from walk_blocks(child, f"{path}.{name}")


def labels(model):
    """(where, label) of every field and block of the model's edit form."""
    handler = edit_handler(model)
    form_class = handler.get_form_class()
    for name, heading in shown_fields(handler):
        field = form_class.base_fields.get(name)
        if field is None:  # an inline panel: its form set is below
            continue
        yield f"{model.__name__}.{name}", heading or field.label
        block = getattr(getattr(field, "block", None), "child_blocks", None)
        if block is not None:
            yield from walk_blocks(field.block, f"{model.__name__}.{name}")
    formsets = getattr(form_class._meta, "formsets", None) or {}
    for relation, options in formsets.items():
        inline_model = getattr(model, relation).rel.related_model
        if inline_model._meta.app_label not in SITE_APPS:  # Wagtail's comments
            continue
        for name in options.get("fields", ()):
            label = inline_model._meta.get_field(name).verbose_name
            yield f"{model.__name__}.{relation}.{name}", capfirst(label)


def translated(label, language) -> bool:
    """True if `label` is looked up in the catalogues and reads differently in
    `language` than in English, or is the same word there (Logo, Website)."""
    if not label or label in BRAND_NAMES:
        return True
    if not isinstance(label, Promise):  # a field or block named after itself
        return False
    with translation.override("en"):
        english = str(label)
    with translation.override(language):
        local = str(label)
    if local != english:
        return True
    catalog = trans_real.translation(language)._catalog
    return any(key in catalog for key in (english, english.lower()))


def filter_labels():
    """(where, label) of the enterprise listing's filters."""
    for name, listing_filter in EnterpriseFilterSet.base_filters.items():
        yield f"EnterpriseFilterSet.{name}", listing_filter.label


def every_label():
    for model in site_models():
        yield from labels(model)
        yield from panel_headings(edit_handler(model), model.__name__)
    yield from filter_labels()


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_every_field_and_block_label_is_translated(language):
    english = sorted(
        {
            f"{where}: {label}"
            for where, label in every_label()
            if not translated(label, language)
        }
    )
    assert english == []


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_labels_start_with_a_capital(language):
    with translation.override(language):
        lowercase = sorted(
            f"{where}: {label}"
            for where, label in every_label()
            if label and str(label)[0].islower()
        )
    assert lowercase == []


@pytest.fixture
def editor_in(client, django_user_model, locale_nl, locale_fr):
    """Log a moderator in whose admin speaks `language`."""

    def log_in(language):
        user = django_user_model.objects.create_user(f"moderator-{language}")
        user.groups.add(Group.objects.get(name=MODERATORS))
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
        client.force_login(user)
        return client

    return log_in


def page_texts(response, selector):
    page = BeautifulSoup(response.content, "html.parser")
    return [" ".join(tag.get_text().split()) for tag in page.select(selector)]


# What an editor sees on the enterprise listing and edit form, as rendered: labels
# fixed when Wagtail builds a column or panel would show in one language only.
SEEN = {
    "nl": {
        "columns": [
            "Naam",
            "Gemeente",
            "Provincie",
            "Coöperatie",
            "Status",
            "Talen",
            "Voorstel",
        ],
        "panels": [
            "Onderneming",
            "Sectoren en labels",
            "Adres",
            "Contact",
            "Mogelijk duplicaat van",
        ],
    },
    "fr": {
        "columns": [
            "Nom",
            "Commune",
            "Province",
            "Coopérative",
            "Statut",
            "Langues",
            "Proposition",
        ],
        "panels": [
            "Entreprise",
            "Secteurs et labels",
            "Adresse",
            "Contact",
            "Doublon possible de",
        ],
    },
}


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["nl", "fr"])
def test_enterprise_listing_and_form_headings_in_the_editors_language(
    editor_in, language
):
    client = editor_in(language)
    enterprise = EnterpriseFactory()
    listing = client.get(reverse("wagtailsnippets_directory_enterprise:list"))
    edit_url = reverse(
        "wagtailsnippets_directory_enterprise:edit", args=[enterprise.pk]
    )
    seen = {
        "columns": [text for text in page_texts(listing, "thead th") if text],
        "panels": page_texts(client.get(edit_url), ".w-panel__heading"),
    }
    assert seen == SEEN[language]
