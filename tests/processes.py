"""Code run in a fresh Django process, for what only start-up decides (settings)."""

import os
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]


def in_fresh_process(code: str, *, unset: tuple[str, ...] = (), **env: str) -> str:
    """Run `code` after `django.setup()` in a new process with this run's
    environment, `env` added and `unset` removed; its printed output."""
    environment = {k: v for k, v in os.environ.items() if k not in unset}
    environment.update(env)
    result = subprocess.run(
        [sys.executable, "-c", "import django\ndjango.setup()\n" + code],
        cwd=PROJECT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()
