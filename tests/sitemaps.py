"""Reading the whole sitemap as a search engine does: the index, then each file."""

import re
from urllib.parse import urlsplit


def sitemap_files(client, **headers) -> list[str]:
    """The XML of `/sitemap.xml` followed by that of every file it lists."""
    index = client.get("/sitemap.xml", **headers).content.decode()
    files = [index]
    for location in re.findall(r"<loc>([^<]+)</loc>", index):
        parts = urlsplit(location.replace("&amp;", "&"))
        path = f"{parts.path}?{parts.query}" if parts.query else parts.path
        files.append(client.get(path, **headers).content.decode())
    return files


def sitemap_text(client, **headers) -> str:
    return "\n".join(sitemap_files(client, **headers))
