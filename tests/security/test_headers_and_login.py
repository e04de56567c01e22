"""Security headers on public pages, brute-force protection of the admin login, and
where logins go after an unsafe `next`."""

import pytest
from axes.models import AccessAttempt
from django.urls import reverse
from wagtail.models import PageViewRestriction


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
    assert "<title>Te veel mislukte aanmeldpogingen" in locked.content.decode()
    assert "<h1>Te veel mislukte aanmeldpogingen</h1>" in locked.content.decode()
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


UNSAFE_NEXT = "https://evil.example/"


@pytest.mark.django_db
def test_front_end_login_with_an_unsafe_next_lands_on_an_existing_page(
    client, home_nl, django_user_model
):
    django_user_model.objects.create_user("an", "an@example.org", "right-password")

    response = client.post(
        reverse("wagtailcore_login"),
        {"username": "an", "password": "right-password", "next": UNSAFE_NEXT},
        follow=True,
    )

    assert response.redirect_chain[0][0] == "/"
    assert response.status_code == 200
    assert response.request["PATH_INFO"] == "/nl/"


@pytest.mark.django_db
def test_a_failed_login_with_an_over_long_username_is_recorded_not_a_500(
    client, home_nl
):
    # The front-end login checks the username with the database before its length.
    response = client.post(
        reverse("wagtailcore_login"),
        {"username": "a" * 300, "password": "wrong-password"},
    )

    assert response.status_code == 200
    assert AccessAttempt.objects.get().username == "a" * 255


@pytest.mark.django_db
def test_page_password_with_an_unsafe_return_address_lands_on_an_existing_page(
    client, home_nl
):
    restriction = PageViewRestriction.objects.create(
        page=home_nl, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    url = reverse(
        "wagtailcore_authenticate_with_password", args=[restriction.pk, home_nl.pk]
    )

    response = client.post(
        url, {"password": "geheim", "return_url": UNSAFE_NEXT}, follow=True
    )

    assert response.redirect_chain[0][0] == "/"
    assert response.status_code == 200
