"""Imports point one way: no two apps reach each other, no two packages of one app
either, and `core`, which several apps share, imports none of them.

The arrows are those `scripts/import-arrows.py` prints for docs/architecture.md.
"""

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "import-arrows.py"


def load_script():
    spec = importlib.util.spec_from_file_location("import_arrows", SCRIPT)
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    return script


SCRIPT_MODULE = load_script()


def test_no_two_apps_import_each_other():
    between_apps, _inside = SCRIPT_MODULE.arrows()
    assert SCRIPT_MODULE.circles(between_apps) == []


def test_no_two_packages_of_an_app_import_each_other():
    _between, inside_apps = SCRIPT_MODULE.arrows()
    assert SCRIPT_MODULE.circles(inside_apps) == []


def test_core_imports_no_other_app():
    between_apps, _inside = SCRIPT_MODULE.arrows()
    assert {target for source, target in between_apps if source == "core"} == set()


def test_production_imports_no_demo():
    """Production does not install the demo app, so nothing it runs may need it."""
    between_apps, _inside = SCRIPT_MODULE.arrows()
    assert {source for source, target in between_apps if target == "demo"} <= {"bench"}


def test_nothing_the_guide_or_knowledge_needs_imports_following():
    """`following` builds on the guide, knowledge and core; they never need it (the
    guide page's follow route finds its view through `directory.routes`)."""
    between_apps, _inside = SCRIPT_MODULE.arrows()
    assert ("following", "directory") in between_apps
    assert {source for source, target in between_apps if target == "following"} == set()


def test_a_circle_is_found_when_two_apps_import_each_other():
    edges = {("home", "knowledge"): {"home.models"}, ("knowledge", "home"): {"k"}}
    assert SCRIPT_MODULE.circles(edges) == [["home", "knowledge"]]
