"""The home page's news and events, with or without the knowledge app."""

from django.apps import apps

from home.listings import latest_news, upcoming_events


def test_listings_are_empty_without_news_and_event_models(monkeypatch, home_nl):
    real_get_model = apps.get_model

    def without_knowledge(app_label, model_name=None, **kwargs):
        if app_label == "knowledge":
            raise LookupError(f"No installed app with label '{app_label}'.")
        return real_get_model(app_label, model_name, **kwargs)

    monkeypatch.setattr(apps, "get_model", without_knowledge)

    assert latest_news(home_nl.locale) == []
    assert upcoming_events(home_nl.locale) == []
