"""The demo content of `manage.py load_demo`, one module per area.

Each module holds its data (Dutch and French texts written for the demo) and one
builder function. Builders create what is missing and leave what exists alone,
matched by a stable demo key, so loading twice changes nothing and never
overwrites an editor's changes.
"""
