"""How long work reports its progress: the import and the search upkeep alike.

A progress callable wraps an iterable and yields its items, told what they are with
tqdm's keywords: `progress(items, desc="Indexing", total=None, unit="batches")`.
`no_progress` reports nothing; `terminal_progress()` draws a bar when its stream is
a terminal and stays silent in logs and pipes. Other callers report elsewhere (the
admin's import page follows a background import this way).
"""

import sys
from collections.abc import Callable, Iterable

from tqdm import tqdm

Progress = Callable[..., Iterable]


def no_progress(iterable: Iterable, **description) -> Iterable:
    return iterable


def terminal_progress(stream=None) -> Progress:
    """A bar on `stream` (standard error by default) if it is a terminal."""
    stream = stream or sys.stderr
    if not stream.isatty():
        return no_progress

    def progress(iterable: Iterable, **description) -> Iterable:
        return tqdm(iterable, file=stream, **description)

    return progress
