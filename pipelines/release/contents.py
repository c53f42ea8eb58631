"""What a release holds: every table of the warehouse and the analysts' views, each a resource documented
from the same catalog; the articles' own texts only where the deployment's sources allow it.

The articles belong to their publishers. The facts extracted from them, and the short quotation each row
carries as its evidence, are the data set's to publish; the full texts go out only with ``RELEASE_TEXT=full``.
"""
from __future__ import annotations

from dataclasses import replace

import duckdb

from pipelines.schema import Table, read_catalog, read_views

ARTICLE_TEXTS = {"reports": ("text_original", "text_clean")}
"""The columns holding an article's text, by table: left out of a release unless RELEASE_TEXT=full."""

RELEASE_TEXT_CHOICES = ("none", "full")


def released_catalog(con: duckdb.DuckDBPyConnection, full_texts: bool) -> dict[str, Table]:
    """The resources of a release of the warehouse behind ``con``: its tables (without the articles' texts
    unless ``full_texts``), then its views."""
    tables = read_catalog(con)
    if not full_texts:
        for name, texts in ARTICLE_TEXTS.items():
            tables[name] = replace(tables[name], columns=[c for c in tables[name].columns if c.name not in texts])
    return {**tables, **read_views(con)}
