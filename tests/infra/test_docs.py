"""The project documents itself: no citation of a document that is not in the
repository, and every `docs/<page>.md#<anchor>` it cites leads to a heading there.

Anchors are computed as GitHub computes them for Markdown headings, so a citation
that works here works when the file is read on GitHub too.
"""

import re
import subprocess
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
# Documents the code once cited that no clone of the repository holds: numbered
# sections of a contract, or Markdown files by name.
OUTSIDE_DOCUMENTS = re.compile(
    r"\bSPEC\s*§|§\s*\d|\b(?:SPEC|DESIGN|FACTS|SEARCH-NOTES|LOCALIZE-NOTES)\.md\b"
)
CITATION = re.compile(r"(?<![\w./-])docs/([\w-]+\.md)(?:#([\w-]+))?")
# Links between the pages of docs/: `[text](page.md#anchor)` or `[text](#anchor)`.
RELATIVE_LINK = re.compile(r"\]\(([\w-]+\.md)?(?:#([\w-]+))?\)")
HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*\s*$")
FENCE = re.compile(r"^\s*(```|~~~)")
LINK_TEXT = re.compile(r"\[([^\]]*)\]\([^)]*\)")


def project_files() -> list[Path]:
    """Tracked files, and new ones git does not ignore, that are text."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode()
    files = []
    for name in sorted(set(filter(None, listed.split("\0")))):
        path = ROOT / name
        if path.is_file() and not path.is_symlink():
            files.append(path)
    return files


def text_of(path: Path) -> str | None:
    data = path.read_bytes()
    if b"\0" in data:
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def anchor(heading: str) -> str:
    """GitHub's anchor of a heading: its text, lower case, punctuation dropped,
    each space a hyphen."""
    text = LINK_TEXT.sub(r"\1", heading).replace("`", "").replace("*", "")
    kept = "".join(
        char
        for char in text.strip().lower()
        if char in " -_" or unicodedata.category(char)[0] in "LNM"
    )
    return kept.replace(" ", "-")


def anchors(markdown: str) -> set[str]:
    """Every heading's anchor; repeated headings get `-1`, `-2`… as on GitHub."""
    found, seen, in_code = set(), {}, False
    for line in markdown.splitlines():
        if FENCE.match(line):
            in_code = not in_code
            continue
        match = HEADING.match(line)
        if in_code or not match:
            continue
        base = anchor(match.group(1))
        count = seen.get(base, 0)
        seen[base] = count + 1
        found.add(base if count == 0 else f"{base}-{count}")
    return found


def citations(path: Path, text: str, root: Path):
    """(line number, page, anchor or None) for each docs/ page `text` cites."""
    for number, line in enumerate(text.splitlines(), start=1):
        for match in CITATION.finditer(line):
            yield number, root / "docs" / match.group(1), match.group(2)
        if path.parent == root / "docs" and path.suffix == ".md":
            for match in RELATIVE_LINK.finditer(line):
                page = path.parent / match.group(1) if match.group(1) else path
                if match.group(1) or match.group(2):
                    yield number, page, match.group(2)


def broken_citations(files, root: Path) -> list[str]:
    """Citations of a docs/ page that does not exist or of a heading it lacks."""
    broken = []
    for path in files:
        text = text_of(path)
        if text is None:
            continue
        for number, page, wanted in citations(path, text, root):
            where = f"{path.relative_to(root)}:{number}"
            if not page.is_file():
                broken.append(f"{where}: no page {page.relative_to(root)}")
            elif wanted and wanted not in anchors(page.read_text(encoding="utf-8")):
                broken.append(f"{where}: no heading #{wanted} in {page.name}")
    return broken


def test_nothing_cites_a_document_outside_the_repository():
    found = []
    for path in project_files():
        text = text_of(path)
        if text is None:
            continue
        for number, line in enumerate(text.splitlines(), start=1):
            if OUTSIDE_DOCUMENTS.search(line):
                found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert found == []


def test_every_cited_docs_heading_exists():
    # This module's own examples cite pages that exist only in a test's tmp_path.
    files = [path for path in project_files() if path != Path(__file__).resolve()]
    cited = [
        citation
        for path in files
        if (text := text_of(path)) is not None
        for citation in citations(path, text, ROOT)
    ]
    assert len(cited) > 20, "the code cites its docs/ pages by path"
    assert broken_citations(files, ROOT) == []


def test_the_docs_pages_exist():
    pages = {path.name for path in DOCS.glob("*.md")}
    assert {"contract.md", "architecture.md", "operations.md", "editors.md"} <= pages


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("CSV format", "csv-format"),
        ("`make run`", "make-run"),
        ("The editors' guide", "the-editors-guide"),
        ("API errors (400, 404)", "api-errors-400-404"),
        ("Café & co", "café--co"),
        ("[Link](other.md) here", "link-here"),
        ("SITE_URL", "site_url"),
    ],
)
def test_anchors_are_githubs(heading, expected):
    assert anchor(heading) == expected


def test_a_missing_heading_or_page_is_reported(tmp_path):
    (tmp_path / "docs").mkdir()
    page = tmp_path / "docs" / "guide.md"
    page.write_text(
        "# Guide\n\n## Steps\n\n```\n## Not a heading\n```\n\n## Steps\n"
        "See [the steps](#steps-1) and [the rest](#rest).\n",
        encoding="utf-8",
    )
    code = tmp_path / "module.py"
    code.write_text(
        '"""See docs/guide.md#steps, docs/guide.md#not-a-heading and docs/gone.md."""\n',
        encoding="utf-8",
    )
    assert broken_citations([code, page], tmp_path) == [
        "module.py:1: no heading #not-a-heading in guide.md",
        "module.py:1: no page docs/gone.md",
        "docs/guide.md:10: no heading #rest in guide.md",
    ]
