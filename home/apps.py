from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Coopkracht"

    def ready(self):
        from home.chosen_snippets import connect

        connect()
