"""The production settings (`config.settings.base`) as the benchmark serves them.

Only one thing moves: collected static files go to a folder of the benchmark's
own (BENCH_STATIC_ROOT), so a run never touches the project's `staticfiles/`.
Everything else (DEBUG off, whitenoise, security, caches) is production's.
"""

import os
from pathlib import Path

from config.settings.base import *  # noqa: F403

# The demo content the benchmark loads (`load_demo`); production has no demo.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405

STATIC_ROOT = Path(os.environ["BENCH_STATIC_ROOT"])
