"""The admin history of enterprises written in bulk: a revision and log entries each.

An editor who opens an imported enterprise sees who published it and when, and can
compare later edits with what the import wrote, as after a publish in the admin.
Wagtail writes these records one object at a time (`save_revision().publish()`,
about twenty queries each); here they go in with the import's bulk writer, a few
statements per batch of versions.
"""

import uuid
from collections.abc import Iterable

from django.contrib.contenttypes.models import ContentType
from wagtail.models import ModelLogEntry, Revision

from directory.exchange import bulk
from directory.models import Enterprise

BATCH_SIZE = 2000
RELATIONS = ("sectors", "labels")


def record_published(
    versions: Iterable[tuple[int, bool]], *, user=None, now=None, steps=None
) -> None:
    """Give each (enterprise id, is new) a published revision and its log entries.

    New versions are logged as created and published, changed ones as published.
    `steps` wraps the batches' starts, to report progress.
    """
    versions = sorted(set(versions))
    content_type = ContentType.objects.get_for_model(Enterprise)
    user_id = getattr(user, "pk", None)
    starts = range(0, len(versions), BATCH_SIZE)
    for start in steps(starts) if steps else starts:
        batch = dict(versions[start : start + BATCH_SIZE])
        enterprises = _serialised(list(batch))
        revisions = [
            bulk.complete_row(
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
            for pk, data in enterprises.items()
        ]
        bulk.insert(Revision, revisions, with_ids=True)
        revision_of = {
            int(row["object_id"]): row[Revision._meta.pk.attname] for row in revisions
        }
        bulk.update(
            Enterprise,
            [
                {"id": pk, "latest_revision_id": rid, "live_revision_id": rid}
                for pk, rid in revision_of.items()
            ],
            ["latest_revision_id", "live_revision_id"],
        )
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


def _serialised(ids: list[int]) -> dict[int, dict]:
    """The enterprises' data as a revision keeps it, with their terms, by id.

    The same shape as `serializable_data()`, read as values rather than through
    model instances, which cost most of the time at tens of thousands of rows.
    """
    fields = [field for field in Enterprise._meta.fields if field.serialize]
    rows = Enterprise.objects.filter(pk__in=ids).values(
        "pk", *(field.attname for field in fields)
    )
    data = {
        row["pk"]: {
            "pk": row["pk"],
            **{field.name: row[field.attname] for field in fields},
            **{relation: [] for relation in RELATIONS},
        }
        for row in rows
    }
    for relation in RELATIONS:
        field = Enterprise._meta.get_field(relation)
        column = f"{field.related_model._meta.model_name}_id"
        for enterprise_id, term_id in (
            field.remote_field.through.objects.filter(enterprise_id__in=ids)
            .order_by("pk")
            .values_list("enterprise_id", column)
        ):
            data[enterprise_id][relation].append(term_id)
    return data
