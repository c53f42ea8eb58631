"""The files of a release: each table extracted from the warehouse and written as CSV and Parquet, their
digests, the cells a spreadsheet could run, and the fingerprint of the warehouse they come from."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import duckdb
import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq

from pipelines.release.versions import schema_signature
from pipelines.schema import Table
from pipelines.sql import read_sql
from pipelines.store import TABLES

CSV_LIST_DELIMITER = ";"


FORMULA_PREFIXES = r"^[=+\-@\t\r]"


def extract(con: duckdb.DuckDBPyConnection, table: Table) -> pa.Table:
    """Every column of a table, ordered by its key, so the same data gives the same file."""
    return con.sql(read_sql("release/extract"), params={"table": table.name, "key": table.primary_key}).to_arrow_table()


def warehouse_fingerprint(con: duckdb.DuckDBPyConnection, catalog: dict[str, Table]) -> str:
    """A hash of what the warehouse's rows are made of (its reports, their parser, the rejected files)
    and of its schema: cheap to read, where the release's own content digest means writing every file."""
    [(rows,)] = con.execute(read_sql("release/warehouse_fingerprint")).fetchall()
    schema = json.dumps(schema_signature(catalog), sort_keys=True)
    return hashlib.sha256(f"{rows}|{schema}".encode()).hexdigest()


def longest_line(values: pl.DataFrame) -> int:
    """Bytes the longest CSV line can take (every quote doubled, and room for the other fields); at least DuckDB's default."""
    text_bytes = sum(values[name].str.len_bytes().max() or 0 for name, dtype in values.schema.items() if dtype == pl.String)
    return max(2_000_000, 2 * text_bytes + 64 * values.width)


def csv_values(frame: pl.DataFrame) -> pl.DataFrame:
    """The values as the CSV file holds them: lists joined with ';', times in UTC."""
    return frame.with_columns(
        *(pl.col(name).list.join(CSV_LIST_DELIMITER) for name, dtype in frame.schema.items() if isinstance(dtype, pl.List)),
        *(pl.col(name).dt.convert_time_zone("UTC") for name, dtype in frame.schema.items() if isinstance(dtype, pl.Datetime)),
    )


def write_csv(frame: pl.DataFrame, path: Path) -> str:
    """Write the CSV file and return its SHA-256: UTF-8 with BOM (Excel on Chinese Windows reads it
    right), RFC 4180 quoting, a header row.

    NULL is an empty field; an empty string is written "" (Parquet keeps the two
    apart; most CSV readers read both as empty). Lists are joined with ';'.
    Times are UTC in ISO 8601.
    """
    values = csv_values(frame)
    converted = values.with_columns(
        pl.col(name).dt.strftime("%Y-%m-%dT%H:%M:%S%.6fZ") for name, dtype in values.schema.items() if isinstance(dtype, pl.Datetime)
    )
    converted.write_csv(path, include_bom=True, quote_style="necessary", null_value="", line_terminator="\r\n")
    return _sha256(path)


def write_parquet(frame: pa.Table, path: Path) -> str:
    """Write the Parquet file (zstd, format 1.0 for old readers) and return its SHA-256."""
    pq.write_table(frame, path, compression="zstd", version="1.0", data_page_version="1.0")
    return _sha256(path)


def content_digest(digests: dict[str, str], schema: dict) -> str:
    """The release's data as one digest: the schema and every table's CSV file."""
    digest = hashlib.sha256(json.dumps(schema, sort_keys=True).encode())
    for table in sorted(TABLES):
        digest.update(table.encode() + b"\0" + digests[f"{table}.csv"].encode())
    return digest.hexdigest()


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def formula_cells(frame: pl.DataFrame) -> dict[str, int]:
    """Cells a spreadsheet could run as a formula (=, +, -, @, tab, CR first), per text column. Reported, not altered."""
    counts = {
        name: int(frame[name].str.contains(FORMULA_PREFIXES).sum() or 0)
        for name, dtype in frame.schema.items()
        if dtype == pl.String
    }
    return {name: count for name, count in counts.items() if count}


def write_checksums(folder: Path, digests: dict[str, str]) -> None:
    """SHA256SUMS for every file in the folder; ``digests`` holds those already computed."""
    lines = [f"{digests.get(path.name) or _sha256(path)}  {path.name}\n" for path in sorted(folder.iterdir()) if path.is_file()]
    (folder / "SHA256SUMS").write_text("".join(lines), encoding="utf-8")
