"""The admin history of enterprises written in bulk: a revision and log entries each.

An editor who opens an imported enterprise sees who published it and when, and can
compare later edits with what the import wrote, as after a publish in the admin.
Wagtail writes these records one object at a time (`save_revision().publish()`,
about twenty queries each); here they go in with the import's bulk writer, a few
statements per batch of versions.
"""

import uuid
from collections.abc import Iterable
from typing import NamedTuple

from django.contrib.contenttypes.models import ContentType
from wagtail.models import ModelLogEntry, Revision

from directory.exchange import bulk
from directory.models import Enterprise

BATCH_SIZE = 2000
RELATIONS = ("sectors", "labels")


class Reserved(NamedTuple):
    """A revision id taken before the enterprise was written with it, and the
    enterprise's revisions before (which its revision's content keeps, as Wagtail's)."""

    revision_id: int
    latest_before: int | None
    live_before: int | None


def reserve_revisions(count: int) -> list[int] | None:
    """Ids for `count` revisions, so enterprises can be written pointing at them
    before they exist; None when the database cannot (see `bulk.new_ids`)."""
    return bulk.new_ids(Revision, count)


def record_published(
    versions: Iterable[tuple[int, bool]],
    *,
    user=None,
    now=None,
    steps=None,
    reserved: dict[int, Reserved] | None = None,
    written: dict[int, dict] | None = None,
) -> None:
    """Give each (enterprise id, is new) a published revision and its log entries.

    New versions are logged as created and published, changed ones as published.
    An enterprise in `reserved` already points at its revision, which gets the
    reserved id; the others are pointed at their new revision here. An enterprise
    in `written` ({id: `content(...)`}) was just written with that content; the
    others are read back.
    `steps` wraps the batches' starts, to report progress.
    """
    versions = sorted(set(versions))
    reserved = reserved or {}
    written = written or {}
    content_type = ContentType.objects.get_for_model(Enterprise)
    user_id = getattr(user, "pk", None)
    pk_name = Revision._meta.pk.attname
    starts = range(0, len(versions), BATCH_SIZE)
    for start in steps(starts) if steps else starts:
        batch = dict(versions[start : start + BATCH_SIZE])
        enterprises = {pk: written[pk] for pk in batch if pk in written}
        enterprises.update(_serialised([pk for pk in batch if pk not in written]))
        revisions, unreserved = [], []
        for pk, data in enterprises.items():
            if pk in reserved:
                data["latest_revision"] = reserved[pk].latest_before
                data["live_revision"] = reserved[pk].live_before
            row = bulk.complete_row(
                Revision,
                {
                    "content_type_id": content_type.pk,
                    "base_content_type_id": content_type.pk,
                    "object_id": str(pk),
                    "created_at": now,
                    "user_id": user_id,
                    "object_str": data["name"],
                    "content": data,
                },
            )
            if pk in reserved:
                revisions.append({pk_name: reserved[pk].revision_id, **row})
            else:
                unreserved.append(row)
        bulk.insert(Revision, revisions)
        bulk.insert(Revision, unreserved, with_ids=True)
        revision_of = {int(row["object_id"]): row[pk_name] for row in revisions}
        pointed = {int(row["object_id"]): row[pk_name] for row in unreserved}
        bulk.update(
            Enterprise,
            [
                {"id": pk, "latest_revision_id": rid, "live_revision_id": rid}
                for pk, rid in pointed.items()
            ],
            ["latest_revision_id", "live_revision_id"],
        )
        revision_of.update(pointed)
        entries = []
        for pk, revision_id in revision_of.items():
            group = uuid.uuid4()
            actions = ["wagtail.create", "wagtail.publish"] if batch[pk] else []
            for action in actions or ["wagtail.publish"]:
                entries.append(
                    bulk.complete_row(
                        ModelLogEntry,
                        {
                            "content_type_id": content_type.pk,
                            "object_id": str(pk),
                            "label": enterprises[pk]["name"],
                            "action": action,
                            "data": {},
                            "timestamp": now,
                            "uuid": group,
                            "user_id": user_id,
                            "revision_id": revision_id,
                            "content_changed": True,
                        },
                    )
                )
        bulk.insert(ModelLogEntry, entries)


def content(row: dict, terms: dict[str, list[int]]) -> dict:
    """What a revision keeps of an enterprise: its row ({attname: value}, with its
    id) and its term ids by relation, in the shape of `serializable_data()`."""
    return {
        "pk": row["id"],
        **{field.name: row[field.attname] for field in _serialised_fields()},
        **{relation: list(terms.get(relation, ())) for relation in RELATIONS},
    }


def _serialised_fields() -> list:
    return [field for field in Enterprise._meta.fields if field.serialize]


def _serialised(ids: list[int]) -> dict[int, dict]:
    """The revision content of these enterprises as the database has them, by id.

    Read as values rather than through model instances, which cost most of the
    time at tens of thousands of rows.
    """
    if not ids:
        return {}
    rows = Enterprise.objects.filter(pk__in=ids).values(
        "id", *(field.attname for field in _serialised_fields())
    )
    terms = {pk: {relation: [] for relation in RELATIONS} for pk in ids}
    for relation in RELATIONS:
        field = Enterprise._meta.get_field(relation)
        column = f"{field.related_model._meta.model_name}_id"
        for enterprise_id, term_id in (
            field.remote_field.through.objects.filter(enterprise_id__in=ids)
            .order_by("pk")
            .values_list("enterprise_id", column)
        ):
            terms[enterprise_id][relation].append(term_id)
    return {row["id"]: content(row, terms[row["id"]]) for row in rows}
