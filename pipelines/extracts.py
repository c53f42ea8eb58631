"""Parquet and CSV extracts of the warehouse tables, each written atomically.

DuckDB writes each file (its ``COPY … TO`` behind the relation writers) into a
temporary file in the same folder, which is then renamed over the old extract,
so a download never sees a half-written file.
"""
from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from pathlib import Path

import duckdb

from pipelines.store import TABLES, read_sql

WRITERS: dict[str, Callable[[duckdb.DuckDBPyRelation, str], None]] = {
    "parquet": lambda relation, path: relation.write_parquet(path, compression="zstd"),
    "csv": lambda relation, path: relation.write_csv(path, header=True),
}


def write_extracts(con: duckdb.DuckDBPyConnection, folder: Path) -> dict[str, Path]:
    """Write one Parquet and one CSV file per warehouse table into ``folder``; return them by file name."""
    folder.mkdir(parents=True, exist_ok=True)
    written = {}
    for table in TABLES:
        query = read_sql(f"extracts/{table}")
        for extension, write in WRITERS.items():
            final = folder / f"{table}.{extension}"
            temporary = folder / f".{final.name}.{uuid.uuid4().hex}.tmp"
            try:
                write(con.sql(query), str(temporary))
                os.replace(temporary, final)
            finally:
                temporary.unlink(missing_ok=True)
            written[final.name] = final
    return written
