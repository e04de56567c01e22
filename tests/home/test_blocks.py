"""Block rules: links need one target, and follow pages into the visitor's language."""

import pytest
from django.utils import translation
from wagtail.blocks.struct_block import StructBlockValidationError

from home.blocks import LinkBlock


def link(**value):
    block = LinkBlock()
    return block, block.to_python({"page": None, "url": "", "label": "", **value})


@pytest.mark.parametrize(
    "value",
    [{}, {"url": "https://www.cera.be/"}],
    ids=["no target", "external without label"],
)
def test_link_needs_a_target_and_external_links_a_label(db, value):
    block, raw = link(**value)
    with pytest.raises(StructBlockValidationError):
        block.clean(raw)


def test_link_cannot_have_both_targets(pages_nl):
    block, raw = link(page=pages_nl["content"].id, url="https://www.cera.be/")
    with pytest.raises(StructBlockValidationError):
        block.clean(raw)


def test_page_link_follows_the_visitor_language(pages_nl, pages_fr):
    for language, title, url in [
        ("fr", "À propos", "/fr/a-propos/"),
        ("nl", "Over ons", "/nl/over-ons/"),
    ]:
        _block, value = link(page=pages_nl["content"].id)
        with translation.override(language):
            assert (value.href, value.text) == (url, title)


def test_call_to_action_button_renders_in_french(client, pages_nl, pages_fr):
    # wagtail-localize keeps page choosers pointing at the Dutch page.
    page = pages_fr["content"]
    page.body = [
        (
            "call_to_action",
            {
                "heading": "Devenez membre",
                "text": "",
                "link": {"page": pages_nl["form"], "url": "", "label": ""},
            },
        )
    ]
    page.save_revision().publish()

    html = client.get(page.url).content.decode()

    assert 'class="button button--accent" href="/fr/contact/"' in html
