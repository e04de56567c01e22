"""A progress bar on a terminal, silence elsewhere."""

import sys

from tqdm import tqdm


def terminal_progress(stream=None):
    stream = stream or sys.stderr
    enabled = stream.isatty()

    def progress(iterable, total, description):
        return tqdm(
            iterable, total=total, desc=description, file=stream, disable=not enabled
        )

    return progress
