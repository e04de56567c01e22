"""The demo site of `manage.py load_demo`, for development and tests only.

Its content is in data files (`demo/data/*.yaml`, Dutch and French texts written
for the demo); the modules read them and write the records through the site's
own code, one module per area. Builders create what is missing and leave what
exists alone, matched by a stable demo key, so loading twice changes nothing and
never overwrites an editor's changes. Production settings do not install the app.
"""
