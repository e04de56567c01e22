"""Wagtail's `update_index` is the site's rebuild: on the database backend it
rewrites the index entries from the records and is recorded as a rebuild."""

import io

import pytest
from django.core.management import call_command, get_commands
from modelsearch.backends.database.postgres.postgres import IndexEntry
from modelsearch.utils import get_content_type_pk
from wagtail.models import Locale
from wagtail.search.backends import get_search_backend
from wagtail.search.index import get_indexed_models

from directory.models import Enterprise
from search.indexing import holds, indexed_objects
from search.models import IndexRebuild

pytestmark = pytest.mark.django_db

COMMANDS = ["update_index", "wagtail_update_index", "rebuild_search_index"]


def found(query: str) -> set[str]:
    dutch = Enterprise.objects.filter(locale=Locale.objects.get(language_code="nl"))
    return {enterprise.name for enterprise in dutch.search(query)}


def held_by_default() -> int:
    backend = get_search_backend("default")
    return sum(
        indexed_objects(backend, model).count()
        for model in get_indexed_models()
        if holds(backend, model)
    )


@pytest.mark.parametrize("name", COMMANDS)
def test_wagtails_names_run_the_sites_command(name):
    assert get_commands()[name] == "search"


@pytest.mark.parametrize("name", COMMANDS)
def test_the_rebuild_rewrites_the_database_index(enterprise_factory, name):
    lost = enterprise_factory(
        name="Zonnekracht", description="Wij leggen zonnepanelen."
    )
    changed = enterprise_factory(name="Broodnodig", description="Een bakkerij.")
    # Changes the index never saw: an entry gone, a record changed behind its back.
    IndexEntry.objects.filter(
        content_type_id=get_content_type_pk(Enterprise), object_id=str(lost.pk)
    ).delete()
    Enterprise.objects.filter(pk=changed.pk).update(description="Een brouwerij.")
    assert found("zonnepanelen") == set()
    assert found("brouwerij") == set()

    out = io.StringIO()
    call_command(name, stdout=out)

    assert found("zonnepanelen") == {"Zonnekracht"}
    assert found("brouwerij") == {"Broodnodig"}
    assert found("bakkerij") == set()
    run = IndexRebuild.objects.get()
    assert run.finished_at is not None
    assert run.object_count == held_by_default()
    assert out.getvalue() == f"Indexed {run.object_count} documents.\n"
