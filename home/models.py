from wagtail.models import Page


class HomePage(Page):
    """The front door of each language tree: `/nl/` and `/fr/`."""

    max_count_per_parent = 1
    parent_page_types = ["wagtailcore.Page"]

    template = "home/home_page.html"
