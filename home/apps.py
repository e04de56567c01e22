from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Coopkracht"

    def ready(self):
        from home import translated_slugs  # noqa: F401 (connects its receiver)
        from home.chosen_snippets import connect

        connect()
