"""Redacteurs and Moderatoren, each logged in as a member (never a superuser), in
every admin area: what one may open the other may, or may not. Each refusal is
paired with the same request by someone allowed, so a broken request cannot pass."""

import importlib

import pytest
from django.apps import apps as global_apps
from django.contrib.auth.models import Group
from django.core import mail
from django.test import Client
from django.urls import reverse
from wagtail.models import Site, Workflow, WorkflowPage, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from editorial.groups import EDITORS, MODERATORS, WAGTAIL_WORKFLOW, WORKFLOW
from home.models import ContentPage, FooterText, Navigation, Partner, Person
from tests.directory.factories import EnterpriseFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def member_of(django_user_model):
    """`member_of(EDITORS)`: a client logged in as a new member of that group."""

    def log_in(group_name):
        user = django_user_model.objects.create_user(
            username=f"{group_name.lower()}-member",
            email=f"{group_name.lower()}@example.org",
        )
        user.groups.add(Group.objects.get(name=group_name))
        client = Client()
        client.force_login(user)
        return client

    return log_in


@pytest.fixture
def content_page(home_nl):
    page = home_nl.add_child(
        instance=ContentPage(title="Over ons", slug="over-ons", intro="Wie we zijn.")
    )
    page.save_revision().publish()
    return page


def snippet_urls(model, instance):
    namespace = f"wagtailsnippets_home_{model._meta.model_name}"
    return [
        reverse(f"{namespace}:list"),
        reverse(f"{namespace}:add"),
        reverse(f"{namespace}:edit", args=[instance.pk]),
    ]


@pytest.fixture
def site_snippets(home_nl):
    locale = home_nl.locale
    return {
        Navigation: Navigation.objects.create(locale=locale),
        FooterText: FooterText.objects.create(locale=locale, text="<p>Tekst</p>"),
        Person: Person.objects.create(locale=locale, name="Marc Bosschaert"),
        Partner: Partner.objects.create(locale=locale, name="Febecoop"),
    }


def refused(response):
    """Wagtail's answer to a forbidden admin area: back to the dashboard with a
    message, or a plain 403 for views that raise PermissionDenied."""
    if response.status_code == 403:
        return True
    return response.status_code == 302 and response.url == reverse("wagtailadmin_home")


def moderator_areas(site_snippets):
    site = Site.objects.get(is_default_site=True)
    return {
        **{
            model._meta.verbose_name_plural: snippet_urls(model, instance)
            for model, instance in site_snippets.items()
        },
        "site settings": [
            reverse("wagtailsettings:edit", args=["home", "sitesettings", site.pk])
        ],
        "redirects": [
            reverse("wagtailredirects:index"),
            reverse("wagtailredirects:add"),
        ],
        "import": [reverse("directory_import_enterprises")],
        "sectors": [reverse("wagtailsnippets_directory_sector:list")],
        "labels": [reverse("wagtailsnippets_directory_label:list")],
    }


def test_only_moderators_open_what_the_whole_site_shares(member_of, site_snippets):
    editor, moderator = member_of(EDITORS), member_of(MODERATORS)

    for area, urls in moderator_areas(site_snippets).items():
        for url in urls:
            assert refused(editor.get(url)), (area, url)
            assert moderator.get(url).status_code == 200, (area, url)


@pytest.mark.parametrize("group_name", [EDITORS, MODERATORS])
def test_both_groups_write_pages_enterprises_images_and_documents(
    member_of, content_page, locale_fr, group_name
):
    client = member_of(group_name)
    enterprise = EnterpriseFactory()
    urls = [
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_pages:edit", args=[content_page.pk]),
        reverse(
            "wagtailadmin_pages:add",
            args=["home", "contentpage", content_page.get_parent().pk],
        ),
        reverse("wagtailsnippets_directory_enterprise:list"),
        reverse("wagtailsnippets_directory_enterprise:add"),
        reverse("wagtailsnippets_directory_enterprise:edit", args=[enterprise.pk]),
        reverse("wagtailimages:add_multiple"),
        reverse("wagtaildocs:add_multiple"),
    ]
    for url in urls:
        assert client.get(url).status_code == 200, url


def test_only_moderators_delete_enterprises(member_of, locale_fr):
    enterprise = EnterpriseFactory()
    url = reverse("wagtailsnippets_directory_enterprise:delete", args=[enterprise.pk])

    assert refused(member_of(EDITORS).get(url))
    assert member_of(MODERATORS).get(url).status_code == 200


def test_a_page_submitted_by_an_editor_waits_for_the_moderators(
    member_of, content_page
):
    editor = member_of(EDITORS)
    member_of(MODERATORS)  # someone to tell
    url = reverse("wagtailadmin_pages:edit", args=[content_page.pk])
    data = nested_form_data(
        {
            "title": "Over Coopkracht",
            "slug": content_page.slug,
            "intro": content_page.intro,
            "body": streamfield([]),
            "comments": inline_formset([]),
        }
    )
    editor.post(url, {**data, "action-submit": "1"})

    state = WorkflowState.objects.get(object_id=str(content_page.pk))
    assert state.workflow.name == WORKFLOW
    task = state.current_task_state.task.specific
    assert [group.name for group in task.groups.all()] == [MODERATORS]
    assert [message.to for message in mail.outbox] == [
        [f"{MODERATORS.lower()}@example.org"]
    ]


def test_the_workflow_covers_every_page_and_the_enterprises(content_page, locale_fr):
    assert content_page.get_workflow().name == WORKFLOW
    assert EnterpriseFactory().get_workflow().name == WORKFLOW


def test_no_english_groups_or_workflow_remain():
    assert set(Group.objects.values_list("name", flat=True)) == {EDITORS, MODERATORS}
    assert list(Workflow.objects.values_list("name", flat=True)) == [WORKFLOW]


def test_the_migration_goes_back_to_wagtails_groups_and_forward_again():
    migration = importlib.import_module(
        "editorial.migrations.0001_groups_and_permissions"
    )
    moderators = Group.objects.get(name=MODERATORS)

    migration.backward(global_apps, None)
    assert set(Group.objects.values_list("name", flat=True)) == {
        "Editors",
        "Moderators",
    }
    assert Workflow.objects.get().name == WAGTAIL_WORKFLOW
    assert not moderators.permissions.filter(codename="change_navigation").exists()
    assert moderators.page_permissions.filter(permission__codename="publish_page")

    migration.forward(global_apps, None)
    migration.forward(global_apps, None)  # twice: nothing doubles
    assert set(Group.objects.values_list("name", flat=True)) == {EDITORS, MODERATORS}
    assert moderators.permissions.filter(codename="change_navigation").exists()
    assert Workflow.objects.get().name == WORKFLOW
    assert WorkflowPage.objects.get(page__depth=1).workflow.name == WORKFLOW
