"""The data rules of the MeMO guide (docs/contract.md#data-rules), in one place.

The admin form, the CSV import and the public proposal form all call these
functions, so a rule changes once and holds everywhere.
"""
