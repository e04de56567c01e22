"""Writing checked rows: matched, compared, written in bulk in one transaction, indexed.

Every row becomes a published Dutch enterprise and its French version (with
shared fields equal, description translated). A row is matched to an enterprise by
its number, else by name and postcode. A row whose values are already in the
database is left alone, so importing the same file twice writes nothing.
"""

import contextlib
import gc
import logging
import uuid
import zlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db import IntegrityError, connection, transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.models import Locale
from wagtail.search.backends import get_search_backend

from core.prefetch import attach
from core.progress import Progress, no_progress
from directory.changes import enterprises_written
from directory.exchange import bulk, history
from directory.exchange.reader import (
    FILE_LEVEL,
    HEADER_ROW,
    Problem,
    ReadResult,
    Row,
    check_records,
    read_exchange_file,
)
from directory.finder.facet_cache import forget_cached_facets
from directory.models import Enterprise, Label, Sector
from directory.models.enterprise import SHARED_FIELDS
from directory.sharing import forget_translation_sources
from search.engines.lifecycle import refresh_paused
from search.indexing import BATCH_SIZE as INDEX_BATCH_SIZE
from search.indexing import Written, index_objects

logger = logging.getLogger(__name__)

# Shared fields the file does not carry, copied from the Dutch version.
NOT_IN_FILE = {"slug": "slug", "logo": "logo_id"}
SHARED_COLUMNS = tuple(name for name in SHARED_FIELDS if name not in NOT_IN_FILE)
KEPT_IN_STEP = tuple(NOT_IN_FILE.values())
PUBLISHED = {"live": True, "has_unpublished_changes": False}
# What decides whether a version changes ...
COMPARED_FIELDS = [*SHARED_COLUMNS, *KEPT_IN_STEP, "description", *PUBLISHED]
# ... and what is written when it does (first_published_at only where it is empty).
WRITTEN_FIELDS = [*COMPARED_FIELDS, "last_published_at", "updated_at"]
RELATIONS = {"sectors": Sector, "labels": Label}
# PostgreSQL keeps each enterprise's term ids in these columns too (kept in step by
# triggers on the link tables, see migration 0006); a new row is written with them.
TERM_ARRAYS = {"sectors": "sector_ids", "labels": "label_ids"}
REVISION_FIELDS = ["latest_revision_id", "live_revision_id"]
BATCH_SIZE = 2000
SLUG_LENGTH = 200
IMPORT_LOCK = zlib.crc32(b"directory.exchange.importer")


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    problems: list[Problem] = field(default_factory=list)
    dry_run: bool = False
    indexing_failed: bool = False

    @property
    def is_valid(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        counts = {
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
        }
        if self.dry_run:
            return (
                _(
                    "Dry run, nothing written: %(created)d would be created, "
                    "%(updated)d updated, %(unchanged)d unchanged."
                )
                % counts
            )
        return (
            _("%(created)d created, %(updated)d updated, %(unchanged)d unchanged.")
            % counts
        )


def import_exchange_file(
    data: bytes,
    *,
    dry_run: bool = False,
    user=None,
    progress: Progress = no_progress,
) -> ImportReport:
    """Check the whole file, then import it all or, on any problem, nothing."""
    return _import_checked(
        read_exchange_file(data), dry_run=dry_run, user=user, progress=progress
    )


def import_records(
    records: Iterable[dict], *, user=None, progress: Progress = no_progress
) -> ImportReport:
    """Write enterprises given as dicts of the file's columns, as an import does.

    For callers that build records in code (the benchmark's generator): they are
    checked by the same rules and written, recorded and indexed the same way.
    """
    read = check_records(enumerate(records, start=1))
    return _import_checked(read, dry_run=False, user=user, progress=progress)


def _import_checked(
    read: ReadResult, *, dry_run: bool, user, progress: Progress
) -> ImportReport:
    if not read.is_valid:
        return ImportReport(problems=read.problems, dry_run=dry_run)
    return import_rows(read.rows, dry_run=dry_run, user=user, progress=progress)


def import_rows(
    rows: list[Row],
    *,
    dry_run: bool = False,
    user=None,
    progress: Progress = no_progress,
) -> ImportReport:
    try:
        with _collector_paused(), transaction.atomic():
            _one_import_at_a_time()
            plan = ImportPlan(rows, progress)
            report = plan.report(dry_run)
            if report.is_valid and not dry_run:
                plan.write(user)
                forget_cached_facets()
    except IntegrityError:
        # Someone saved a clashing enterprise between our reading and writing.
        logger.exception("Enterprise import rolled back")
        return ImportReport(
            problems=[
                Problem(
                    HEADER_ROW,
                    FILE_LEVEL,
                    _(
                        "the guide changed during the import; nothing was imported, try again"
                    ),
                )
            ],
            dry_run=dry_run,
        )
    if report.is_valid and not dry_run:
        enterprises_written.send(sender=Enterprise, ids=plan.touched_ids)
        with _collector_paused():
            report.indexing_failed = not index_enterprises(
                plan.touched_ids, progress, written=plan.written()
            )
    return report


@contextlib.contextmanager
def _collector_paused():
    """Python's cyclic garbage collector off while an import runs.

    An import makes millions of short-lived objects (rows, dicts, model instances)
    that form no cycles; the collector's passes over them took a sixth of the
    import's time. Reference counting still frees them as they go.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class ImportPlan:
    """What the rows change: loaded with a handful of queries, compared in memory.

    Versions (one per language) are plain {attname: value} dicts, the way
    `directory.exchange.bulk` writes them.
    """

    def __init__(self, rows: list[Row], progress: Progress):
        self.progress = progress
        self.now = timezone.now()
        self.nl = Locale.objects.get(language_code="nl").pk
        self.fr = Locale.objects.get(language_code="fr").pk
        self.problems: list[Problem] = []
        self.created = self.updated = self.unchanged = 0
        self.to_create: list[dict] = []
        self.to_update: list[dict] = []
        # (version, {relation: term ids}) for every version whose terms change
        self.relations: list[tuple[dict, dict[str, set[int]]]] = []
        # The rows of the enterprises created, as written, and their term ids.
        self.new_rows: list[dict] = []
        self._load()
        for row in progress(rows, desc=_("Checking"), unit=_("rows")):
            self._plan_row(row)

    def _load(self):
        existing = list(
            Enterprise.objects.filter(locale__in=[self.nl, self.fr]).values(
                "id", "locale_id", "translation_key", *COMPARED_FIELDS, *REVISION_FIELDS
            )
        )
        dutch = [e for e in existing if e["locale_id"] == self.nl]
        dutch_keys = {e["translation_key"] for e in dutch}
        self.french = {
            e["translation_key"]: e for e in existing if e["locale_id"] == self.fr
        }
        self.french_only = {
            e["enterprise_number"]: e
            for e in self.french.values()
            if e["translation_key"] not in dutch_keys and e["enterprise_number"]
        }
        self.by_number = {
            e["enterprise_number"]: e for e in dutch if e["enterprise_number"]
        }
        self.by_name = defaultdict(list)
        for enterprise in dutch:
            key = _name_key(enterprise["name"], enterprise["postcode"])
            self.by_name[key].append(enterprise)
        self.slugs_taken = {e["slug"] for e in existing}
        self.matched_rows: dict[int, int] = {}

        self.term_ids = {}
        self.current_terms = {}
        for relation, model in RELATIONS.items():
            self.term_ids[relation] = {
                (locale_id, slug): pk
                for pk, locale_id, slug in model.objects.values_list(
                    "pk", "locale_id", "slug"
                )
            }
            through = getattr(Enterprise, relation).through
            current = defaultdict(set)
            for enterprise_id, term_id in through.objects.filter(
                enterprise__locale__in=[self.nl, self.fr]
            ).values_list("enterprise_id", _term_column(relation)):
                current[enterprise_id].add(term_id)
            self.current_terms[relation] = current

    def _match(self, row: Row) -> dict | None:
        number = row.values["enterprise_number"]
        if number and number in self.by_number:
            return self.by_number[number]
        candidates = self.by_name.get(
            _name_key(row.values["name"], row.values["postcode"]), []
        )
        if len(candidates) > 1:
            self.problems.append(
                Problem(
                    row.number,
                    "name",
                    _(
                        "%(count)d enterprises have this name and postcode; "
                        "give the enterprise number"
                    )
                    % {"count": len(candidates)},
                )
            )
            return None
        return candidates[0] if candidates else None

    def _plan_row(self, row: Row):
        values = row.values
        shared = {column: values[column] for column in SHARED_COLUMNS}
        dutch = self._match(row)
        if dutch is not None:
            first_row = self.matched_rows.setdefault(dutch["id"], row.number)
            if first_row != row.number:
                self.problems.append(
                    Problem(
                        row.number,
                        "enterprise_number",
                        _("this row and row %(row)d are the same enterprise")
                        % {"row": first_row},
                    )
                )
                return
        if self.problems:
            return  # Only looking for more problems now; nothing will be written.

        is_new = dutch is None
        if is_new:
            french = self.french_only.get(values["enterprise_number"])
            dutch = {
                "locale_id": self.nl,
                "translation_key": (
                    french["translation_key"] if french else uuid.uuid4()
                ),
                "slug": self._new_slug(values["name"]),
                "first_published_at": self.now,
            }
        else:
            french = self.french.get(dutch["translation_key"])
        changed = self._apply(
            dutch, {**shared, "description": values["description_nl"]}
        )
        changed |= self._relate(dutch, values)

        if french is None:
            french = {
                "locale_id": self.fr,
                "translation_key": dutch["translation_key"],
                "first_published_at": self.now,
            }
        french_values = {
            **shared,
            **{name: dutch.get(name) for name in KEPT_IN_STEP},
            "description": values["description_fr"],
        }
        changed |= self._apply(french, french_values)
        changed |= self._relate(french, values)

        if is_new:
            self.created += 1
        elif changed:
            self.updated += 1
        else:
            self.unchanged += 1

    def _apply(self, version: dict, values: dict) -> bool:
        """Set the values and publish; True when something was different.

        Each version passes here once, so it is queued for writing at most once.
        """
        changed = {
            name: value
            for name, value in {**values, **PUBLISHED}.items()
            if version.get(name) != value
        }
        if "id" not in version:
            self.to_create.append(version)
        elif changed:
            self.to_update.append(version)
        else:
            return False
        version.update(changed)
        version["last_published_at"] = self.now
        version["updated_at"] = self.now
        return True

    def _relate(self, version: dict, values: dict) -> bool:
        locale = version["locale_id"]
        wanted = {
            relation: {
                self.term_ids[relation][(locale, slug)] for slug in values[relation]
            }
            for relation in RELATIONS
        }
        if "id" in version and all(
            self.current_terms[relation].get(version["id"], set()) == wanted[relation]
            for relation in RELATIONS
        ):
            return False
        self.relations.append((version, wanted))
        return True

    def _new_slug(self, name: str) -> str:
        base = slugify(name)[:SLUG_LENGTH] or "enterprise"
        slug, suffix = base, 1
        while slug in self.slugs_taken:
            suffix += 1
            slug = f"{base}-{suffix}"
        self.slugs_taken.add(slug)
        return slug

    def report(self, dry_run: bool) -> ImportReport:
        if self.problems:
            return ImportReport(problems=self.problems, dry_run=dry_run)
        return ImportReport(
            created=self.created,
            updated=self.updated,
            unchanged=self.unchanged,
            dry_run=dry_run,
        )

    def write(self, user=None):
        """Write the planned changes and their history, inside the import's transaction.

        Each enterprise row is written once: on PostgreSQL a new one comes with its
        revision (whose id is taken beforehand) and its term arrays, a changed one
        gets its revision in the same update as its values.
        """
        relinked = [version for version, _wanted in self.relations if "id" in version]
        replaced = [version["id"] for version in relinked]
        reserved = self._reserve_revisions()
        new_rows = [
            bulk.complete_row(Enterprise, version) for version in self.to_create
        ]
        terms = {id(version): wanted for version, wanted in self.relations}
        if reserved is not None:
            for row, version in zip(new_rows, self.to_create, strict=True):
                for relation, column in TERM_ARRAYS.items():
                    row[column] = sorted(terms[id(version)][relation])
        for start in self._steps(new_rows, _("Creating")):
            bulk.insert(Enterprise, new_rows[start : start + BATCH_SIZE], with_ids=True)
        for row, version in zip(new_rows, self.to_create, strict=True):
            version["id"] = row["id"]
        self.new_rows = new_rows
        updated_ids = [version["id"] for version in self.to_update]
        written_fields = WRITTEN_FIELDS
        if reserved is not None:
            written_fields = [*WRITTEN_FIELDS, *REVISION_FIELDS]
            # A version whose terms alone change is pointed at its revision here.
            updated = set(updated_ids)
            bulk.update(
                Enterprise,
                [version for version in relinked if version["id"] not in updated],
                REVISION_FIELDS,
            )
        for start in self._steps(self.to_update, _("Updating")):
            bulk.update(
                Enterprise, self.to_update[start : start + BATCH_SIZE], written_fields
            )
            Enterprise.objects.filter(
                pk__in=updated_ids[start : start + BATCH_SIZE],
                first_published_at__isnull=True,
            ).update(first_published_at=self.now)
        changed_keys = sorted(
            {version["translation_key"] for version in self.to_update}
        )
        for start in range(0, len(changed_keys), BATCH_SIZE):
            forget_translation_sources(changed_keys[start : start + BATCH_SIZE])
        for relation in RELATIONS:
            through = getattr(Enterprise, relation).through
            for start in range(0, len(replaced), BATCH_SIZE):
                through.objects.filter(
                    enterprise_id__in=replaced[start : start + BATCH_SIZE]
                ).delete()
            links = [
                {"enterprise_id": version["id"], _term_column(relation): term_id}
                for version, wanted in self.relations
                for term_id in sorted(wanted[relation])
            ]
            for start in self._steps(links, _("Linking")):
                bulk.insert(through, links[start : start + BATCH_SIZE])
        created = {version["id"] for version in self.to_create}
        history.record_published(
            [(pk, pk in created) for pk in self.touched_ids],
            user=user,
            now=self.now,
            reserved=(
                {version["id"]: revision for version, revision in reserved}
                if reserved is not None
                else None
            ),
            written={
                row["id"]: history.content(
                    row,
                    {
                        relation: sorted(ids)
                        for relation, ids in terms[id(version)].items()
                    },
                )
                for row, version in zip(new_rows, self.to_create, strict=True)
            },
            steps=lambda starts: self.progress(
                starts, desc=_("Recording history"), unit=_("batches")
            ),
        )

    def _reserve_revisions(self) -> list[tuple[dict, history.Reserved]] | None:
        """Each written version with the id of its coming revision, set on it as its
        latest and live revision; None where revisions cannot be reserved."""
        versions = list(
            {
                id(version): version
                for version in (
                    *self.to_create,
                    *self.to_update,
                    *(version for version, _wanted in self.relations),
                )
            }.values()
        )
        revision_ids = history.reserve_revisions(len(versions))
        if revision_ids is None:
            return None
        reserved = []
        for version, revision_id in zip(versions, revision_ids, strict=True):
            reserved.append(
                (
                    version,
                    history.Reserved(
                        revision_id,
                        version.get("latest_revision_id"),
                        version.get("live_revision_id"),
                    ),
                )
            )
            for name in REVISION_FIELDS:
                version[name] = revision_id
        return reserved

    def written(self) -> Written:
        """The enterprises created, to index without reading them back."""
        terms = {
            version["id"]: wanted
            for version, wanted in self.relations
            if "id" in version
        }
        loaded = {}

        def build(rows: list[dict]) -> list[Enterprise]:
            columns = [field.attname for field in Enterprise._meta.concrete_fields]
            using = connection.alias
            objects = [
                Enterprise.from_db(using, columns, [row[c] for c in columns])
                for row in rows
            ]
            for relation, model in RELATIONS.items():
                if relation not in loaded:
                    loaded[relation] = _terms_in_order(model)
                ranked = loaded[relation]
                linked = {
                    obj.pk: [
                        term
                        for _rank, term in sorted(
                            ranked[pk] for pk in terms[obj.pk][relation]
                        )
                    ]
                    for obj in objects
                }
                attach(objects, relation, linked, using)
            return objects

        return Written({row["id"]: row for row in self.new_rows}, build)

    def _steps(self, items: list, description: str):
        starts = range(0, len(items), BATCH_SIZE)
        return self.progress(starts, desc=description, unit=_("batches"))

    @property
    def touched_ids(self) -> list[int]:
        return [
            version["id"]
            for version in (*self.to_create, *self.to_update)
            + tuple(version for version, _wanted in self.relations)
        ]


def _terms_in_order(model) -> dict:
    """Every term of `model` by id, with its rank in the order the database gives
    related terms (`core.prefetch`)."""
    ordered = model.objects.order_by(*model._meta.ordering, "pk")
    return {term.pk: (rank, term) for rank, term in enumerate(ordered)}


def _term_column(relation: str) -> str:
    return f"{RELATIONS[relation]._meta.model_name}_id"


def _one_import_at_a_time():
    """Imports wait for each other, so two cannot create the same enterprise."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [IMPORT_LOCK])


def _name_key(name: str, postcode: str) -> tuple[str, str]:
    return (name.strip().casefold(), postcode.strip())


def index_enterprises(
    ids: Iterable[int], progress: Progress = no_progress, written: Written | None = None
) -> bool:
    """Bring the search index up to date with these enterprises; False if it failed.

    An unreachable search engine does not undo an import: the index catches up when
    it is rebuilt.
    """

    def failed(name, error):
        if not get_search_backend(name).catch_indexing_errors:
            raise error
        logger.error("Indexing enterprises in %r failed", name, exc_info=error)

    ids = set(ids)
    pause = refresh_paused if len(ids) > INDEX_BATCH_SIZE else contextlib.nullcontext
    with pause(Enterprise):
        return index_objects(
            Enterprise, ids, on_error=failed, progress=progress, written=written
        )
