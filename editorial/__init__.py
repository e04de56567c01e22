"""Who does what in the admin: the editors' and moderators' groups and their workflow."""
