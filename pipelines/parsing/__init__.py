"""The pure core of meeting-reports: decoding, cleaning, script conversion and parsing.

Nothing in this package imports Dagster; every function takes and returns plain data.
"""

PARSER_VERSION = "0.1.0"
"""Bump whenever cleaning or parsing would give different rows: every report is then parsed again."""
