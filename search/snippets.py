"""A result's text around the words the visitor searched for, those words marked.

The same on every backend: the text comes from the page's own searchable fields
and the marking is done here, so the engine and the database show alike snippets.
A word of the text matches a searched word when it begins like it, accents and
case aside, with a short ending dropped from longer words ("coöperaties" marks
"coöperatie" and "cooperatief"; "coop" marks "coöperatie").
"""

import re
import unicodedata

from django.utils.html import escape, strip_tags
from django.utils.safestring import SafeString, mark_safe
from modelsearch import index

SNIPPET_LETTERS = 220
WORD = re.compile(r"\w+")
# Dropped from searched words this long or longer: plurals and other inflections.
INFLECTED_FROM = 6
INFLECTION_LETTERS = 2


def _fold_letter(letter: str) -> str:
    decomposed = unicodedata.normalize("NFKD", letter)
    base = "".join(c for c in decomposed if not unicodedata.combining(c)) or letter
    return base[0].lower()[0]


def fold(text: str) -> str:
    """`text` lowercased without accents, letter for letter (same length)."""
    return "".join(_fold_letter(letter) for letter in text)


def word_beginnings(query: str) -> list[str]:
    """The beginnings a word of the text must start with to match the query."""
    beginnings = []
    for word in WORD.findall(fold(query)):
        if len(word) >= INFLECTED_FROM:
            word = word[:-INFLECTION_LETTERS]
        if len(word) >= 2 and word not in beginnings:
            beginnings.append(word)
    return beginnings


def page_text(page) -> str:
    """The search description and the text of the page's searchable fields."""
    parts = [page.search_description or ""]
    for field in page.get_search_fields():
        if isinstance(field, index.SearchField) and field.field_name != "title":
            value = field.get_value(page)
            values = value if isinstance(value, list | tuple) else [value]
            parts.extend(str(v) for v in values if v)
    return " ".join(" ".join(strip_tags(part).split()) for part in parts if part)


def _window(text: str, first_match: int, letters: int) -> tuple[int, int]:
    start = max(0, first_match - letters // 3)
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < first_match else start
    end = min(len(text), start + letters)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > first_match else end
    return start, end


def highlight(text: str, query: str, letters: int = SNIPPET_LETTERS) -> SafeString:
    """About `letters` of `text` around its first match, matches in `<mark>`."""
    beginnings = word_beginnings(query)
    folded = fold(text)
    matches = [
        m.span()
        for m in WORD.finditer(folded)
        if any(m.group().startswith(beginning) for beginning in beginnings)
    ]
    start, end = _window(text, matches[0][0] if matches else 0, letters)
    pieces = ["… " if start else ""]
    position = start
    for match_start, match_end in matches:
        if match_start < start or match_end > end:
            continue
        pieces.append(escape(text[position:match_start]))
        pieces.append(f"<mark>{escape(text[match_start:match_end])}</mark>")
        position = match_end
    pieces.append(escape(text[position:end]))
    pieces.append(" …" if end < len(text) else "")
    return mark_safe("".join(pieces))
