"""The demo's data files (`demo/data/*.yaml`), read with the references they hold.

A reference to something another builder makes is a YAML tag: `!page contact`,
`!image home`, `!document statuten`, `!person voorzitter`, `!partner cera`. A
StreamField value is a list of blocks, each a mapping of its type to its value:
`- heading: {text: Wat we doen, level: '2'}`.
"""

from pathlib import Path

import yaml

from demo.context import Ref

DATA = Path(__file__).resolve().parent / "data"
KINDS = ("page", "image", "document", "person", "partner")


class _Loader(yaml.SafeLoader):
    """Safe YAML plus the demo's reference tags."""


def _reference(kind: str):
    return lambda loader, node: Ref(kind, loader.construct_scalar(node))


for _kind in KINDS:
    _Loader.add_constructor(f"!{_kind}", _reference(_kind))


def read(name: str):
    """The content of `demo/data/<name>.yaml`."""
    with (DATA / f"{name}.yaml").open(encoding="utf-8") as file:
        return yaml.load(file, Loader=_Loader)
