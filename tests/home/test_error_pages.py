"""Friendly error pages in the visitor's language; the 500 page needs no database."""

import pytest
from django.test import RequestFactory

from config.errors import server_error
from tests.home.conftest import hreflangs, switcher_href


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_not_found_page_in_both_languages(client, home_fr, language):
    response = client.get(f"/{language}/bestaat-niet/")

    assert response.status_code == 404
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert f'href="/{language}/"' in html
    assert "404.html" in [template.name for template in response.templates]


@pytest.mark.parametrize("path", ["/nl/bestaat-niet/", "/nl/zoeken/x/y/z/"])
def test_not_found_page_has_no_alternates_and_switches_home(client, home_fr, path):
    response = client.get(path)

    assert response.status_code == 404
    assert hreflangs(response) == {}
    assert switcher_href(response, "fr") == "/fr/"


@pytest.mark.parametrize(
    ("path", "language"),
    [("/fr/guide-memo/x/", "fr"), ("/nl/memo-gids/", "nl"), ("/api/v1/x", "nl")],
)
def test_server_error_page_renders_without_database(path, language):
    # No database fixture: pytest-django makes any query raise here.
    response = server_error(RequestFactory().get(path))

    assert response.status_code == 500
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert f'href="/{language}/"' in html
