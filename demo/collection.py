"""The collection that holds the demo's images and documents."""

from wagtail.models import Collection

DEMO_COLLECTION = "Demo-inhoud"


def demo_collection() -> Collection:
    root = Collection.get_first_root_node()
    found = root.get_children().filter(name=DEMO_COLLECTION).first()
    return found or root.add_child(name=DEMO_COLLECTION)
