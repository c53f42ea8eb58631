"""Parquet and CSV extracts of the warehouse tables, each written atomically.

DuckDB's ``COPY … TO`` writes into a temporary file in the same folder, which is
then renamed over the old extract, so a download never sees a half-written file.
"""
from __future__ import annotations

import os
import uuid
from pathlib import Path

import duckdb

from pipelines.store import TABLES, read_sql

FORMATS = {"parquet": "(FORMAT parquet, COMPRESSION zstd)", "csv": "(FORMAT csv, HEADER true)"}


def write_extracts(con: duckdb.DuckDBPyConnection, folder: Path) -> dict[str, Path]:
    """Write one Parquet and one CSV file per warehouse table into ``folder``; return them by file name."""
    folder.mkdir(parents=True, exist_ok=True)
    written = {}
    for table in TABLES:
        query = read_sql(f"extracts/{table}").strip().rstrip(";")
        for extension, options in FORMATS.items():
            final = folder / f"{table}.{extension}"
            temporary = folder / f".{final.name}.{uuid.uuid4().hex}.tmp"
            try:
                con.execute(f"COPY ({query}) TO ? {options}", [str(temporary)])
                os.replace(temporary, final)
            finally:
                temporary.unlink(missing_ok=True)
            written[final.name] = final
    return written
