"""Test modules stand alone: none imports another, none re-exports through `__all__`.

Shared fixtures live in conftest.py files, shared helpers in modules not named test_*.
"""

import ast
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parents[1]


def is_test_module(dotted: str) -> bool:
    return dotted.rsplit(".", 1)[-1].startswith("test_")


def imported_test_modules(source: str, package: str) -> list[str]:
    """The test modules (named test_*) that `source`, a module of `package`, imports."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names if is_test_module(alias.name)]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.rsplit(".", node.level - 1)[0]
                base = f"{parent}.{base}" if base else parent
            if is_test_module(base):
                found.append(base)
            # `from tests.home import test_pages` imports a module too.
            found += [
                f"{base}.{alias.name}"
                for alias in node.names
                if alias.name.startswith("test_")
            ]
    return found


def re_exports(source: str) -> bool:
    return any(
        isinstance(node, ast.Assign | ast.AnnAssign | ast.AugAssign)
        and any(
            isinstance(target, ast.Name) and target.id == "__all__"
            for target in (
                node.targets if isinstance(node, ast.Assign) else [node.target]
            )
        )
        for node in ast.walk(ast.parse(source))
    )


def all_test_modules() -> list[Path]:
    return sorted(TESTS.rglob("test_*.py"))


def package_of(path: Path) -> str:
    return ".".join(path.relative_to(TESTS.parent).parent.parts)


def test_no_test_module_imports_another():
    offenders = {
        str(path.relative_to(TESTS.parent)): imported
        for path in all_test_modules()
        if (imported := imported_test_modules(path.read_text(), package_of(path)))
    }
    assert offenders == {}


def test_no_test_module_re_exports_through_all():
    offenders = [
        str(path.relative_to(TESTS.parent))
        for path in all_test_modules()
        if re_exports(path.read_text())
    ]
    assert offenders == []


@pytest.mark.parametrize(
    ("source", "imported"),
    [
        ("from tests.home.test_pages import soup", ["tests.home.test_pages"]),
        ("import tests.home.test_pages", ["tests.home.test_pages"]),
        ("from tests.home import test_pages", ["tests.home.test_pages"]),
        ("from .test_pages import soup", ["tests.home.test_pages"]),
        ("from ..knowledge.test_news import x", ["tests.knowledge.test_news"]),
        ("from . import test_pages", ["tests.home.test_pages"]),
        ("from tests.home.conftest import soup", []),
        ("from tests.directory.support import proposal", []),
        ("import pytest", []),
    ],
)
def test_the_check_recognises_every_form_of_import(source, imported):
    assert imported_test_modules(source, "tests.home") == imported


@pytest.mark.parametrize(
    ("source", "exports"),
    [
        ('__all__ = ["guide_pages"]', True),
        ('__all__: list[str] = ["guide_pages"]', True),
        ('__all__ += ["sample"]', True),
        ('FIXTURES = ["guide_pages"]', False),
    ],
)
def test_the_check_recognises_a_re_export(source, exports):
    assert re_exports(source) is exports
