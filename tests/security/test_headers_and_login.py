"""Security headers on public pages and brute-force protection of the admin login."""

import pytest
from django.urls import reverse


@pytest.mark.django_db
def test_public_pages_send_security_headers(client, home_fr):
    response = client.get("/nl/", secure=True)
    assert response.status_code == 200
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "max-age=31536000" in response["Strict-Transport-Security"]
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "script-src 'self'" in policy
    assert "object-src 'none'" in policy
    assert "'unsafe-inline'" not in policy


@pytest.mark.django_db
def test_public_pages_have_no_inline_scripts(client, home_fr):
    html = client.get("/nl/").content.decode()
    for chunk in html.split("<script")[1:]:
        opening = chunk.split(">", 1)[0]
        assert (
            "src=" in opening
            or 'type="application/ld+json"' in opening
            or ('type="application/json"' in opening)
        ), f"inline script: <script{opening}>"


@pytest.mark.django_db
def test_admin_login_locks_out_after_repeated_failures(client, django_user_model):
    django_user_model.objects.create_superuser(
        "admin", "a@example.org", "right-password"
    )
    login = reverse("wagtailadmin_login")
    for _ in range(4):
        response = client.post(login, {"username": "admin", "password": "wrong"})
        assert response.status_code == 200
    fifth = client.post(login, {"username": "admin", "password": "wrong"})
    assert fifth.status_code == 429
    locked = client.post(login, {"username": "admin", "password": "right-password"})
    assert locked.status_code == 429
    assert "Too many failed logins" in locked.content.decode() or "Te veel" in (
        locked.content.decode()
    )
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_a_correct_login_still_works(client, django_user_model):
    django_user_model.objects.create_superuser(
        "admin", "a@example.org", "right-password"
    )
    response = client.post(
        reverse("wagtailadmin_login"),
        {"username": "admin", "password": "right-password"},
    )
    assert response.status_code == 302
    assert client.session["_auth_user_id"]
