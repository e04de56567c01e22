import pytest


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("fr-BE,fr;q=0.9,nl;q=0.5", "/fr/"),
        ("nl-BE,nl;q=0.9", "/nl/"),
        ("de-DE", "/nl/"),
        ("", "/nl/"),
    ],
)
def test_root_redirects_by_accept_language(client, home_fr, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == expected


def test_home_pages_render_in_their_language(client, home_fr):
    for code in ("nl", "fr"):
        response = client.get(f"/{code}/")
        assert response.status_code == 200
        assert f'<html lang="{code}">' in response.content.decode()


def test_healthz_reports_database_and_search(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"database": "ok", "search": "ok"}


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/unknown/",
        "/documents/999/missing.pdf",
        "/healthz/extra",
        "/documents",
        "/api",
        "/media",
    ],
)
def test_unknown_addresses_outside_the_trees_are_404_not_redirects(
    client, home_fr, path
):
    response = client.get(path)
    assert response.status_code == 404


@pytest.mark.django_db
def test_unprefixed_page_address_redirects_into_the_dutch_tree(client, home_fr):
    response = client.get("/zoeken/")
    assert response.status_code == 302
    assert response["Location"] == "/nl/zoeken/"
