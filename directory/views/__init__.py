"""Public views of the MeMO guide, called by the routes of `GuidePage`."""
