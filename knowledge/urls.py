"""Included inside `i18n_patterns`. Empty on purpose: the feeds (news `feed/`,
events `ical/`) are routes of the index and event pages, so that each language's
pages serve their own."""

app_name = "knowledge"
urlpatterns = []
