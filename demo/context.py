"""What the builders share: stable keys, the two locales, references and counts."""

import uuid
from collections import Counter
from dataclasses import dataclass, field

from wagtail.models import Locale, Page

LANGUAGES = ("nl", "fr")
SOURCE_LANGUAGE = "nl"

# Translation keys of demo objects derive from their demo key, so that a second
# run finds what the first one made.
DEMO_NAMESPACE = uuid.UUID("6f0d3c2e-5b7a-4c1e-9a4f-2d8b1e0c7a55")


def demo_key(name: str) -> uuid.UUID:
    return uuid.uuid5(DEMO_NAMESPACE, name)


@dataclass(frozen=True)
class Ref:
    """A reference in the data files to something another builder makes.

    `kind` is "page", "image", "document" or a snippet kind ("person",
    "partner"). Pages and snippets resolve to the version in the language
    being built; images and documents are shared by both languages.
    """

    kind: str
    key: str


@dataclass
class DemoContext:
    """The locales, everything built or found so far, and what was created."""

    locales: dict[str, Locale]
    root: Page
    objects: dict[tuple[str, str, str | None], object] = field(default_factory=dict)
    created: Counter = field(default_factory=Counter)
    fresh_pages: set[int] = field(default_factory=set)

    @classmethod
    def start(cls) -> "DemoContext":
        locales = {
            code: Locale.objects.get_or_create(language_code=code)[0]
            for code in LANGUAGES
        }
        return cls(locales=locales, root=Page.get_first_root_node())

    def remember(self, kind: str, key: str, obj, language: str | None = None):
        self.objects[(kind, key, language)] = obj
        return obj

    def get(self, kind: str, key: str, language: str | None = None):
        return self.objects.get((kind, key, language))

    def lookup(self, ref: Ref, language: str):
        shared = self.get(ref.kind, ref.key)
        found = shared if shared is not None else self.get(ref.kind, ref.key, language)
        if found is None:
            raise LookupError(f"demo content refers to unknown {ref.kind} {ref.key!r}")
        return found

    def resolve(self, value, language: str, *, as_pk: bool = False):
        """`value` with every Ref replaced by its object (or its pk, for StreamFields)."""
        if isinstance(value, Ref):
            found = self.lookup(value, language)
            return found.pk if as_pk else found
        if isinstance(value, dict):
            return {k: self.resolve(v, language, as_pk=as_pk) for k, v in value.items()}
        if isinstance(value, list):
            return [self.resolve(v, language, as_pk=as_pk) for v in value]
        return value
