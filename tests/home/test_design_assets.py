"""The web font and the icons are the site's own copies: vendored from the npm
registry at pinned versions with their licences, and served by the site itself."""

import json
import re

import pytest
from django.conf import settings
from django.template import Context, Template, TemplateSyntaxError

VENDOR = settings.BASE_DIR / "site" / "static" / "vendor"
SITE_CSS = settings.BASE_DIR / "site" / "static" / "css" / "site.css"
VENDOR_SCRIPT = settings.BASE_DIR / "scripts" / "vendor-assets.sh"
PACKAGES = ("@fontsource-variable/source-sans-3", "lucide-static")


def font_files() -> list[str]:
    """The font files site.css's @font-face rules ask for, as static paths."""
    urls = re.findall(r'url\("\.\./(vendor/[^"]+\.woff2)"\)', SITE_CSS.read_text())
    assert urls, "site.css loads no web font"
    return urls


def icons_used() -> set[str]:
    """The names of the icons the project's templates draw."""
    names = set()
    for template in settings.BASE_DIR.glob("*/templates/**/*.html"):
        names |= set(re.findall(r'{% icon "([a-z0-9-]+)" %}', template.read_text()))
    return names


def test_the_packages_are_pinned_to_one_version():
    dependencies = json.loads((settings.BASE_DIR / "package.json").read_text())[
        "dependencies"
    ]
    for package in PACKAGES:
        assert re.fullmatch(r"\d+\.\d+\.\d+", dependencies[package]), package


def test_the_font_files_are_served_and_licensed(client):
    files = font_files()
    assert {path.rsplit("/", 1)[1] for path in files} == {
        f"source-sans-3-{subset}-wght-{style}.woff2"
        for subset in ("latin", "latin-ext")
        for style in ("normal", "italic")
    }
    for path in files:
        response = client.get(settings.STATIC_URL + path)
        assert response.status_code == 200, path
        assert response["Content-Type"] == "font/woff2"
    # Only the files the styles use are shipped, with the font's licence.
    shipped = {file.name for file in (VENDOR / "source-sans-3").iterdir()}
    assert shipped == {path.rsplit("/", 1)[1] for path in files} | {"OFL.txt"}
    assert "SIL Open Font License" in (VENDOR / "source-sans-3" / "OFL.txt").read_text()


def test_the_icons_used_are_served_and_licensed(client):
    used = icons_used()
    assert {"menu", "search", "calendar", "map-pin", "phone", "mail"} <= used
    assert "external-link" in used
    for name in used:
        response = client.get(f"{settings.STATIC_URL}vendor/lucide/{name}.svg")
        assert response.status_code == 200, name
        assert response["Content-Type"] == "image/svg+xml"
    shipped = {file.name for file in (VENDOR / "lucide").iterdir()}
    assert shipped == {f"{name}.svg" for name in used} | {"LICENSE"}
    assert "ISC License" in (VENDOR / "lucide" / "LICENSE").read_text()
    # The script that vendors them copies the same icons.
    listed = re.search(r'^ICONS="([^"]+)"', VENDOR_SCRIPT.read_text(), re.MULTILINE)
    assert set(listed.group(1).split()) == used


def test_an_icon_is_drawn_inline_and_hidden_from_screen_readers():
    html = Template('{% load icons %}{% icon "map-pin" %}').render(Context())
    assert html.startswith('<svg class="icon icon--map-pin" aria-hidden="true"')
    assert 'stroke="currentColor"' in html
    assert "<!--" not in html and "\n" not in html


def test_an_icon_that_is_not_vendored_is_an_error():
    with pytest.raises(TemplateSyntaxError):
        Template('{% load icons %}{% icon "no-such-icon" %}').render(Context())
