"""The files of a release: each table written from the warehouse by DuckDB as CSV and Parquet, streaming
(no table is held in Python), their digests, the cells a spreadsheet could run, and the fingerprint of the
warehouse they come from."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import duckdb
from duckdb import ColumnExpression, ConstantExpression, FunctionExpression

from pipelines.release.versions import schema_signature
from pipelines.schema import Table
from pipelines.sql import read_sql

CSV_LIST_DELIMITER = ";"
CSV_TIME_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"
"""Times in the CSV files: UTC, ISO 8601, microseconds."""
UTF8_BOM = b"\xef\xbb\xbf"
"""Before every CSV file, so Excel on Chinese Windows reads it as UTF-8."""

FORMULA_PREFIXES = r"^[=+\-@\t\r]"


def csv_cells(table: Table, times_as_text: bool = True) -> list[duckdb.Expression]:
    """A table's columns as its CSV file holds them: lists joined with ';', times in UTC as ISO 8601
    (kept as times with ``times_as_text`` off, as the file reads back with its schema's types)."""
    cells = []
    for column in table.columns:
        cell = ColumnExpression(column.name)
        if column.data_type.endswith("[]"):
            cell = FunctionExpression("array_to_string", cell, ConstantExpression(CSV_LIST_DELIMITER)).alias(column.name)
        elif column.data_type == "TIMESTAMP WITH TIME ZONE" and times_as_text:
            utc = FunctionExpression("timezone", ConstantExpression("UTC"), cell)
            cell = FunctionExpression("strftime", utc, ConstantExpression(CSV_TIME_FORMAT)).alias(column.name)
        cells.append(cell)
    return cells


ROWS_PER_PART = 20_000
"""Rows of a table sorted at once for its release files: what DuckDB sorts stays well within its memory limit
(20,000 reports, texts and all, are about 90 MB) however large the table grows."""


def write_sorted_parts(con: duckdb.DuckDBPyConnection, table: Table, folder: Path) -> list[Path]:
    """A table's released columns, its rows sorted by its key, in Parquet files of about :data:`ROWS_PER_PART`
    rows each, hidden in ``folder``: read in the order returned, they hold the whole table in key order. A view
    is written whole, as one part."""
    column = table.sort_key[0]
    # A view is a query: cut into parts it would be computed once per part (at 200,000 reports meeting_people's
    # 88 parts, two views at a time, ran DuckDB out of its 512 MB). Its rows are narrow: DuckDB sorts them whole,
    # spilling as it needs.
    bounds = [] if table.is_view else [
        bound for (bound,) in con.execute(read_sql("release/part_bounds"), {"table": table.name, "column": column, "rows": ROWS_PER_PART}).fetchall()
    ]
    parts = []
    for index, lower in enumerate(bounds or [None]):
        upper = bounds[index + 1] if index + 1 < len(bounds) else None
        path = folder / f".{table.name}.part-{index:05d}.parquet"
        params = {
            "table": table.name, "columns": [c.name for c in table.columns], "column": column, "key": table.sort_key,
            "lower": lower, "upper": upper, "path": str(path),
        }
        con.execute(read_sql("release/sorted_part"), params)
        parts.append(path)
    return parts


def write_csv(con: duckdb.DuckDBPyConnection, table: Table, parts: list[Path], path: Path) -> str:
    """Write the CSV file from the table's sorted ``parts`` and return its SHA-256: UTF-8 with BOM, RFC 4180
    quoting, a header row, CRLF.

    NULL is an empty field; an empty string is written "" (Parquet keeps the two
    apart; most CSV readers read both as empty). Lists are joined with ';'.
    Times are UTC in ISO 8601. DuckDB writes each part's rows beside the file (one CSV
    of the whole table had it hold the whole table); they are then streamed after the
    BOM, part after part, while the digest is taken.
    """
    rows_view = f"{table.name}_csv_rows"
    rows = path.with_name(f".{path.name}.rows")
    digest = hashlib.sha256(UTF8_BOM)
    try:
        with path.open("wb") as target:
            target.write(UTF8_BOM)
            for index, part in enumerate(parts):
                con.register(rows_view, con.read_parquet(str(part)).project(*csv_cells(table)))
                con.execute(read_sql("release/csv_file"), {"rows": rows_view, "header": index == 0, "path": str(rows)})
                with rows.open("rb") as source:
                    for block in iter(lambda: source.read(1 << 20), b""):
                        digest.update(block)
                        target.write(block)
    finally:
        rows.unlink(missing_ok=True)
    return digest.hexdigest()


def write_parquet(con: duckdb.DuckDBPyConnection, parts: list[Path], path: Path, metadata: dict[str, str]) -> str:
    """Write the Parquet file from a table's sorted ``parts`` (zstd, the warehouse's types, ``metadata`` as
    key-value metadata) and return its SHA-256."""
    con.execute(read_sql("release/parquet_file"), {"parts": [str(part) for part in parts], "path": str(path), "metadata": metadata})
    return _sha256(path)


def released_rows(con: duckdb.DuckDBPyConnection, table: Table, parts: list[Path]) -> duckdb.DuckDBPyRelation:
    """A resource's rows as its files must hold them: a table's released columns, read from the warehouse; a
    view's rows from the part it was computed into (:func:`write_sorted_parts`), since computing a view again
    costs as much as the first time (people_directory 2–3 s at 200,000 reports)."""
    if table.is_view:
        return con.read_parquet([str(part) for part in parts])
    return con.table(table.name).project(*(ColumnExpression(c.name) for c in table.columns))


def text_profile(con: duckdb.DuckDBPyConnection, table: Table, rows: duckdb.DuckDBPyRelation) -> tuple[int, dict[str, int]]:
    """(the bytes of the longest value of each text column of ``rows``, summed; the cells a spreadsheet could
    run as a formula, per text column that has any). Reported, not altered."""
    columns = [c.name for c in table.columns if c.data_type == "VARCHAR"]
    if not columns:
        return 0, {}
    measures = []
    for name in columns:
        longest = FunctionExpression("max", FunctionExpression("strlen", ColumnExpression(name)))
        formulas = FunctionExpression("count_if", FunctionExpression("regexp_matches", ColumnExpression(name), ConstantExpression(FORMULA_PREFIXES)))
        measures += [longest, formulas]
    [values] = rows.aggregate(measures).fetchall()
    longest, formulas = values[0::2], values[1::2]
    return sum(length or 0 for length in longest), {name: count for name, count in zip(columns, formulas) if count}


def warehouse_fingerprint(content: str, catalog: dict[str, Table]) -> str:
    """A hash of what the warehouse's rows are made of (its :func:`~pipelines.store.content_fingerprint`: its
    reports, their parser, the rejected files) and of its schema: cheap to read, where the release's own content
    digest means writing every file."""
    schema = json.dumps(schema_signature(catalog), sort_keys=True)
    return hashlib.sha256(f"{content}|{schema}".encode()).hexdigest()


def content_digest(digests: dict[str, str], schema: dict) -> str:
    """The release's data as one digest: the schema and every resource's CSV file."""
    digest = hashlib.sha256(json.dumps(schema, sort_keys=True).encode())
    for table in sorted(schema):
        digest.update(table.encode() + b"\0" + digests[f"{table}.csv"].encode())
    return digest.hexdigest()


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_checksums(folder: Path, digests: dict[str, str]) -> None:
    """SHA256SUMS for every file in the folder; ``digests`` holds those already computed."""
    lines = [f"{digests.get(path.name) or _sha256(path)}  {path.name}\n" for path in sorted(folder.iterdir()) if path.is_file()]
    (folder / "SHA256SUMS").write_text("".join(lines), encoding="utf-8")
