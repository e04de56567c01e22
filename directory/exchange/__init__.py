"""Enterprises in and out of the guide as CSV or JSON (docs/contract.md#csv-format).

The management commands and the admin upload share this package, so both check,
import and report exactly alike.
"""
