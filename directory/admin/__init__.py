"""The MeMO guide in the Wagtail admin: snippets, filters, exports and the CSV upload.

Registered from `directory.wagtail_hooks`.
"""
