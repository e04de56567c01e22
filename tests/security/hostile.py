"""What hostile visitors send, as hypothesis strategies shared by the hostile tests:
any unicode, very long values, the search engines' query syntax, markup, null
bytes, repeated and unknown parameters."""

import json
from urllib.parse import urlencode

from hypothesis import strategies as st

ENGINE_SYNTAX = [
    '"',
    '"unclosed phrase',
    "*",
    "zon*",
    "~",
    "energie~2",
    "AND",
    "energie AND",
    "OR NOT",
    "\\",
    "energie\\",
    "(",
    ")",
    "[a TO z]",
    "name:x",
    "/.*/",
    "&&",
    "||",
    "!",
    "^2",
    "'; DROP TABLE directory_enterprise; --",
    "%",
    "%00",
]
MARKUP = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(2)>',
    "</textarea><svg onload=alert(3)>",
]
KNOWN_PARAMETERS = [
    "q",
    "sector",
    "province",
    "label",
    "cooperative",
    "nrc",
    "near",
    "km",
    "page",
    "page_size",
    "locale",
    "format",
]

hostile_text = st.one_of(
    st.text(max_size=50),
    st.sampled_from(ENGINE_SYNTAX + MARKUP),
    st.text(max_size=20).map(lambda text: f"{text}\x00{text}"),
    st.integers().map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
    st.just("x" * 10_000),
    st.just("é" * 10_000),
    st.just(",".join(["51.05"] * 3)),
)
parameters = st.lists(
    st.tuples(st.sampled_from(KNOWN_PARAMETERS) | st.text(max_size=10), hostile_text),
    max_size=6,
)

METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD", "TRACE", "BREW"]
FORM = "application/x-www-form-urlencoded"
CONTENT_TYPES = [
    FORM,
    f"{FORM}; charset=utf-8",
    f"{FORM}; charset=utf-16",
    f"{FORM}; charset=latin-1",
    f"{FORM}; charset=no-such-charset",
    f"{FORM}; charset=utf-8; charset=utf-16",
    "multipart/form-data; boundary=grens",
    "multipart/form-data",
    "multipart/form-data; boundary=",
    "application/json",
    "application/json; charset=utf-32",
    "text/plain",
    "application/xml",
    "text/csv",
    "",
    "\x00/\x00",
]
FIELD_NAMES = [
    "name",
    "naam",
    "e-mail",
    "bericht",
    "postcode",
    "municipality",
    "sectors",
    "labels",
    "email",
    "password",
    "username",
    "next",
    "return_url",
    "csrfmiddlewaretoken",
    "form_token",
    "homepage",
    "q",
    "contact_email",
    "description",
]

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | hostile_text,
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)
form_pairs = st.lists(
    st.tuples(st.sampled_from(FIELD_NAMES) | st.text(max_size=10), hostile_text),
    max_size=8,
)


def _multipart(pairs) -> bytes:
    parts = [
        f'--grens\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'
        for name, value in pairs
    ]
    return ("".join(parts) + "--grens--\r\n").encode("utf-8", "surrogatepass")


bodies = st.one_of(
    st.binary(max_size=2000),
    form_pairs.map(lambda pairs: urlencode(pairs).encode()),
    form_pairs.map(lambda pairs: urlencode(pairs).encode("utf-16")),
    form_pairs.map(_multipart),
    json_values.map(lambda value: json.dumps(value).encode()),
    st.integers(1_000, 100_000).map(lambda depth: b"[" * depth + b"]" * depth),
    st.just(b"\xff\xfe\x00\x00" * 500),
    st.just(b"x" * 200_000),
)
header_values = st.one_of(st.sampled_from(ENGINE_SYNTAX + MARKUP), hostile_text)


def as_wsgi_header(text: str) -> str:
    """A header as a WSGI server hands it on: its UTF-8 bytes read as latin-1."""
    raw = text.encode("utf-8", "surrogatepass")
    return bytes(b for b in raw if b not in b"\x00\r\n").decode("latin-1")


@st.composite
def requests(draw) -> dict:
    """One request's method, query, body, content type and odd headers."""
    headers = {}
    for header in ("accept-language", "cookie", "x-forwarded-for", "referer"):
        if draw(st.booleans()):
            headers[header] = as_wsgi_header(draw(header_values))
    return {
        # POST, the method forms read, about half the time.
        "method": draw(st.just("POST") | st.sampled_from(METHODS)),
        "query": urlencode(draw(parameters)),
        "content_type": draw(st.sampled_from(CONTENT_TYPES)),
        "data": draw(bodies),
        "headers": headers,
    }
