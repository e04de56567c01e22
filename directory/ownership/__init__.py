"""Owners keep their enterprise's entry current, without an account.

A one-time link to the enterprise's own e-mail address (or, without one, a claim
a moderator approves) opens a form prefilled with the entry; the change goes to
moderation as a new revision and the owner is told the outcome. Once a year the
enterprise is asked whether its entry is still right. See docs/contract.md#owners.
"""
