"""A "did you mean …?" for a search that found nothing.

Where there is an engine, its phrase suggester answers, from the titles of the
pages in the visitor's language (`search.engines.spelling`). On the database,
and when the engine fails, each word of the query that is not a word the site
uses is replaced by the closest one it does use (page titles and the names the
caller adds, such as the guide's sectors), accents and case aside.
"""

import difflib
from collections.abc import Callable, Iterable

from search.engines.spelling import title_spelling
from search.fallback import available_engine, engine_failed
from search.snippets import WORD, fold

# How alike a word must be to be offered instead (difflib's ratio, 0 to 1).
CLOSENESS = 0.75
SHORTEST_WORD = 3


def vocabulary(texts) -> dict[str, str]:
    """Folded word → the word as first written, for every word in `texts`."""
    words: dict[str, str] = {}
    for text in texts:
        for word in WORD.findall(text):
            if len(word) >= SHORTEST_WORD:
                words.setdefault(fold(word), word.lower())
    return words


def did_you_mean(query: str, words: dict[str, str]) -> str | None:
    """The query with its unknown words replaced by known ones, or None."""
    known = list(words)
    suggested, changed = [], False
    for word in query.split():
        folded = fold(word)
        if folded in words or len(folded) < SHORTEST_WORD:
            suggested.append(word)
            continue
        closest = difflib.get_close_matches(folded, known, n=1, cutoff=CLOSENESS)
        if closest:
            suggested.append(words[closest[0]])
            changed = True
        else:
            suggested.append(word)
    return " ".join(suggested) if changed else None


def spelling_for(query: str, locale, texts: Callable[[], Iterable[str]]) -> str | None:
    """The engine's suggestion for `query`, else `did_you_mean` over the words of
    `texts()` (read only then)."""
    alias = available_engine(locale.language_code)
    if alias is not None:
        try:
            return title_spelling(query, locale)
        except Exception:  # the engine clients raise errors of many kinds
            engine_failed(alias)
    return did_you_mean(query, vocabulary(texts()))
