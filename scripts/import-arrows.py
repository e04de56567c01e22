#!/usr/bin/env python3
"""Print the import arrows between the project's apps, and the circles among them.

    python3 scripts/import-arrows.py

Reads every `import` of the apps' Python files (deferred ones inside functions
too; migrations and tests left out) and prints, as Markdown for
docs/architecture.md: each arrow from one app to another with the modules that
make it, the apps that reach each other in a circle, and the circles between
the packages inside one app (`directory.models` and `directory.views`, say).
"""

import ast
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APPS = (
    "config",
    "core",
    "home",
    "knowledge",
    "directory",
    "following",
    "search",
    "caching",
    "editorial",
    "demo",
    "bench",
)


def imported_names(path: Path) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.append(node.module)
    return names


def source_files():
    for app in APPS:
        for path in sorted((ROOT / app).rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            if "migrations" not in parts:
                yield path, [part for part in parts if part != "__init__"]


def part_of(parts) -> str:
    """`directory.models` for directory/models/…, `directory.forms` for directory/forms.py."""
    return ".".join(parts[:2])


def arrows():
    """({(app, app): {module, ...}}, {(package, package): {module, ...}})."""
    between_apps = defaultdict(set)
    inside_apps = defaultdict(set)
    for path, parts in source_files():
        module = ".".join(parts)
        for name in imported_names(path):
            target = name.split(".")
            if target[0] not in APPS:
                continue
            if target[0] != parts[0]:
                between_apps[parts[0], target[0]].add(module)
            elif (
                len(parts) > 1 and len(target) > 1 and part_of(target) != part_of(parts)
            ):
                inside_apps[part_of(parts), part_of(target)].add(module)
    return between_apps, inside_apps


def circles(edges) -> list[list[str]]:
    """The groups of nodes that all reach each other (Tarjan), largest first."""
    graph = defaultdict(set)
    for source, target in edges:
        graph[source].add(target)
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in sorted(graph[node]):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(set(graph) | {t for targets in graph.values() for t in targets}):
        if node not in index:
            visit(node)
    return sorted(found, key=len, reverse=True)


def main() -> int:
    between_apps, inside_apps = arrows()
    print("| from | to | made by |")
    print("| --- | --- | --- |")
    for (source, target), modules in sorted(between_apps.items()):
        print(
            f"| {source} | {target} | {', '.join(f'`{m}`' for m in sorted(modules))} |"
        )
    print()
    print("Apps in a circle:")
    for group in circles(between_apps) or [["none"]]:
        pairs = [
            f"{a} ↔ {b}"
            for a in group
            for b in group
            if a < b and (a, b) in between_apps and (b, a) in between_apps
        ]
        print(
            f"- {', '.join(group)}"
            + (f" (both ways: {'; '.join(pairs)})" if pairs else "")
        )
    print()
    print("Packages in a circle inside an app:")
    for group in circles(inside_apps) or [["none"]]:
        print(f"- {', '.join(group)}")
        for a in group:
            for b in group:
                if (a, b) in inside_apps and (b, a) in inside_apps and a < b:
                    print(f"  - {a} → {b}: {', '.join(sorted(inside_apps[a, b]))}")
                    print(f"  - {b} → {a}: {', '.join(sorted(inside_apps[b, a]))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
