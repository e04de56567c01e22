"""Friendly error pages in the visitor's language; the 400 and 500 pages need no database."""

import pytest
from django.test import Client, RequestFactory

from config.errors import bad_request, server_error
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


@pytest.mark.parametrize(
    ("path", "language"),
    [
        ("/nl/", "nl"),
        ("/fr/", "fr"),
        ("/admin/login/", "nl"),
    ],
)
def test_a_form_body_in_another_charset_is_a_bad_request(home_fr, path, language):
    # With a CSRF cookie the middleware reads the body, which Django refuses.
    client = Client(enforce_csrf_checks=True, raise_request_exception=False)
    client.cookies["csrftoken"] = "a" * 32
    response = client.generic(
        "POST",
        path,
        data="naam=Zoë".encode("utf-16"),
        content_type="application/x-www-form-urlencoded; charset=utf-16",
    )

    assert response.status_code == 400
    assert f'<html lang="{language}">' in response.content.decode()


def test_the_api_refuses_a_form_post_in_another_charset_with_its_json_405(home_fr):
    # The API takes no form, so it never reads the body: its own refusal, as JSON.
    client = Client(enforce_csrf_checks=True, raise_request_exception=False)
    client.cookies["csrftoken"] = "a" * 32
    response = client.generic(
        "POST",
        "/api/v1/enterprises/",
        data="naam=Zoë".encode("utf-16"),
        content_type="application/x-www-form-urlencoded; charset=utf-16",
    )

    assert response.status_code == 405
    assert response["Content-Type"] == "application/json"
    assert "error" in response.json()


def test_bad_request_page_renders_without_database():
    response = bad_request(RequestFactory().get("/fr/"))

    assert response.status_code == 400
    assert '<html lang="fr">' in response.content.decode()
