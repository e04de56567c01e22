"""Machine translation is optional: DeepL in the translation editor only when keyed."""

import os
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
# What the translation editor's machine translator is under the given environment:
# its name and the address it sends texts to, or None.
SHOW_TRANSLATOR = (
    "import django; django.setup(); "
    "from wagtail_localize.machine_translators import get_machine_translator; "
    "translator = get_machine_translator(); "
    "print(translator.display_name, translator.get_api_endpoint()) "
    "if translator else print(None)"
)


def machine_translator_under(**env) -> str:
    environment = {
        key: value for key, value in os.environ.items() if key != "DEEPL_API_KEY"
    }
    environment.update(DJANGO_SETTINGS_MODULE="config.settings.test", **env)
    result = subprocess.run(
        [sys.executable, "-c", SHOW_TRANSLATOR],
        cwd=PROJECT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_without_a_key_no_machine_translator_is_configured():
    assert machine_translator_under() == "None"
    assert machine_translator_under(DEEPL_API_KEY=" ") == "None"


def test_a_deepl_key_configures_deepl():
    assert machine_translator_under(DEEPL_API_KEY="0123-abcd:fx") == (
        "DeepL https://api-free.deepl.com/v2/translate"
    )
    assert machine_translator_under(DEEPL_API_KEY="0123-abcd") == (
        "DeepL https://api.deepl.com/v2/translate"
    )
