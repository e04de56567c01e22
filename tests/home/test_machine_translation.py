"""Machine translation is optional: DeepL in the translation editor only when keyed."""

from tests.processes import in_fresh_process

# What the translation editor's machine translator is under the given environment:
# its name and the address it sends texts to, or None.
SHOW_TRANSLATOR = (
    "from wagtail_localize.machine_translators import get_machine_translator; "
    "translator = get_machine_translator(); "
    "print(translator.display_name, translator.get_api_endpoint()) "
    "if translator else print(None)"
)


def machine_translator_under(**env) -> str:
    return in_fresh_process(
        SHOW_TRANSLATOR,
        unset=("DEEPL_API_KEY",),
        DJANGO_SETTINGS_MODULE="config.settings.test",
        **env,
    )


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
