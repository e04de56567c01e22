"""The guide page's routes call its views; neither the views nor the addresses they
use import the page's model module back (what both need is in directory.routes)."""

import ast
from pathlib import Path

import pytest

import directory

APP = Path(directory.__file__).parent
CALLED_BY_THE_ROUTES = sorted(
    [*APP.joinpath("views").glob("*.py"), APP / "links.py", APP / "routes.py"]
)
PAGE_MODEL = "directory.models.guide"


def imported_names(path: Path) -> set[str]:
    """Every module and module attribute the file imports, at the top or inside."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


@pytest.mark.parametrize("path", CALLED_BY_THE_ROUTES, ids=lambda path: path.name)
def test_what_the_routes_call_never_imports_the_page_model(path):
    imported = imported_names(path)
    assert PAGE_MODEL not in imported
    assert not any(name.startswith(f"{PAGE_MODEL}.") for name in imported)
    assert "directory.models.GuidePage" not in imported
