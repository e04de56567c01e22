"""Following the MeMO guide: a weekly e-mail of what is new in a guide search or the agenda."""
