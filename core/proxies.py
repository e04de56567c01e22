"""The visitor's address behind the proxies the operator trusts (TRUSTED_PROXY_COUNT).

Every proxy appends the address it received the request from to `X-Forwarded-For`,
so only the last `TRUSTED_PROXY_COUNT` entries were written by someone we trust;
whatever stands left of them came from the visitor and may be forged. With no trusted
proxy (the default) the header is ignored and the connection's address is the
visitor's. Rate limits and the admin's lockout all ask `client_ip`.
"""

import ipaddress

from django.conf import settings

FORWARDED_PROTO_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")


def client_ip(request) -> str:
    """The address the outermost trusted proxy saw the request come from."""
    remote = request.META.get("REMOTE_ADDR", "")
    count = settings.TRUSTED_PROXY_COUNT
    if count <= 0:
        return remote
    forwarded = [
        entry.strip()
        for entry in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if entry.strip()
    ]
    if not forwarded:
        return remote
    candidate = forwarded[-min(count, len(forwarded))]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:  # a proxy that writes no address is misconfigured
        return remote


def proxy_ssl_header(trusted_proxy_count: int) -> tuple[str, str] | None:
    """Django's SECURE_PROXY_SSL_HEADER: X-Forwarded-Proto only from a trusted proxy."""
    return FORWARDED_PROTO_HEADER if trusted_proxy_count > 0 else None
