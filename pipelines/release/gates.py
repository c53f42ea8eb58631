"""The gates a staged release passes before ``latest`` points at it: every file read back against the
warehouse, and the Data Package validated."""
from __future__ import annotations

import json
from concurrent.futures import Executor, wait
from dataclasses import dataclass
from pathlib import Path

import duckdb

from pipelines.release.description import FIELD_TYPES
from pipelines.release.files import csv_cells, released_rows
from pipelines.schema import Table
from pipelines.sql import read_sql
from pipelines.store import Finding

@dataclass(frozen=True)
class Gate:
    name: str
    description: str


GATES = (
    Gate("no_unannounced_breaking_change", "A column removed or retyped is published only on purpose (ALLOW_MAJOR_RELEASE=1)."),
    Gate("files_hold_the_warehouse_rows", "Every Parquet and CSV file reads back to exactly the rows of its warehouse table or view, with its schema's types."),
    Gate("valid_data_package", "datapackage.json and a sample of every CSV file pass Frictionless validation."),
)
"""The checks a staged release passes before ``latest`` points at it."""


class ReleaseBlocked(RuntimeError):
    """A gate refused the release; nothing was published. ``findings`` holds what each gate found."""

    def __init__(self, message: str, findings: list[Finding] | None = None) -> None:
        super().__init__(message)
        self.findings = findings or []


def check_gates(
    con: duckdb.DuckDBPyConnection,
    staging: Path,
    catalog: dict[str, Table],
    parts: dict[str, list[Path]],
    warehouse_rows: dict[str, int],
    longest_text: dict[str, int],
    pool: Executor,
) -> list[Finding]:
    """What the staged files hold against the warehouse, and whether the package is valid.

    Each Parquet file is read back by DuckDB and compared with the warehouse table by its
    row count and the sum of a hash of every row (any order, duplicates counted); each CSV
    file is read back with its schema's types (every cell must parse) and compared the
    same way. Since the warehouse enforces its keys, equal files hold no duplicate key
    and no dangling reference.
    Frictionless checks the Data Package itself and the first ``RELEASE_SAMPLE_ROWS``
    rows of every CSV against its Table Schema; a full Frictionless pass (ten times the
    whole run's publishing time) is left to the tests. ``warehouse_rows`` holds each table's row
    count; ``longest_text``, per table, the bytes its longest text values take, which bounds a CSV line.
    """
    rows = {table: con.read_parquet(str(staging / f"{table}.parquet")).shape[0] for table in catalog}
    # Frictionless is Python, the read-backs native: they overlap. Each thread reads through a cursor of its own.
    validation = pool.submit(package_errors, staging)
    cursors = {table: con.cursor() for table in catalog}
    read_backs = [
        pool.submit(read_back_mismatches, cursors[table], staging, catalog[table], parts[table], longest_text[table]) for table in catalog
    ]
    try:
        invalid = validation.result()
        mismatches = [problem for read_back in read_backs for problem in read_back.result()]
    finally:
        wait(read_backs)  # when one failed, the others are still reading through their cursors
        for cursor in cursors.values():
            cursor.close()
    if rows != warehouse_rows:
        mismatches.insert(0, f"row counts differ from the warehouse: files {rows}, warehouse {warehouse_rows}")
    return [
        Finding("files_hold_the_warehouse_rows", "release", not mismatches, {"rows": rows, "problems": mismatches}),
        Finding("valid_data_package", "release", not invalid, {"problems": invalid}),
    ]


RELEASE_SAMPLE_ROWS = 1_000
"""Rows of each CSV file Frictionless validates before a release; the read-back covers every row."""


def package_errors(staging: Path) -> list[str]:
    import frictionless  # here, not at the top: importing it takes 0.2 s, which runs that publish nothing skip

    descriptor = json.loads((staging / "datapackage.json").read_text(encoding="utf-8"))
    for resource in descriptor["resources"]:
        # Frictionless would read every referenced file whole to check these; the read-back covers them.
        resource["schema"].pop("foreignKeys", None)
    report = frictionless.Package(descriptor, basepath=str(staging)).validate(limit_rows=RELEASE_SAMPLE_ROWS)
    errors = [error.message for error in report.errors]
    return errors + [f"{task.name}: {error.message}" for task in report.tasks for error in task.errors]


def read_back_mismatches(con: duckdb.DuckDBPyConnection, staging: Path, table: Table, parts: list[Path], longest_text: int) -> list[str]:
    """How a table's staged files differ from the warehouse table (a view's, from the part it was computed into:
    :func:`released_rows`): an empty list when they hold its rows.

    The CSV file is read with its schema's types (lists as their joined text), strictly, NULL only from an
    empty unquoted field; its lines may be as long as every quote doubled and room for the other fields.
    """
    problems = []
    parquet_view, parquet_expected, csv_view, csv_expected = (
        f"{table.name}_{kind}" for kind in ("parquet_file", "parquet_expected", "csv_file", "csv_expected")
    )
    con.register(parquet_view, con.read_parquet(str(staging / f"{table.name}.parquet")))
    expected = released_rows(con, table, parts)
    con.register(parquet_expected, expected)
    if _rows_differing(con, parquet_view, parquet_expected):
        problems.append(f"{table.name}.parquet does not hold the warehouse's rows")
    csv_types = {c.name: "VARCHAR" if FIELD_TYPES[c.data_type] == "list" else c.data_type for c in table.columns}
    try:
        read_back = con.read_csv(
            str(staging / f"{table.name}.csv"), header=True, columns=csv_types, sep=",", quotechar='"', escapechar='"',
            na_values=[""], allow_quoted_nulls=False, strict_mode=True,
            max_line_size=max(2_000_000, 2 * longest_text + 64 * len(table.columns)),
        )
        con.register(csv_view, read_back)
        con.register(csv_expected, expected.project(*csv_cells(table, times_as_text=False)))
        if _rows_differing(con, csv_view, csv_expected):
            problems.append(f"{table.name}.csv does not hold the warehouse's rows")
    except duckdb.Error as error:
        problems.append(f"{table.name}.csv does not read back with its schema's types: {error}")
    return problems


def _rows_differing(con: duckdb.DuckDBPyConnection, file_rows: str, expected_rows: str) -> bool:
    """Whether two relations hold other rows: their counts or the sums of their rows' hashes differ."""
    fingerprint = read_sql("release/rows_fingerprint")
    return con.execute(fingerprint, {"rows": file_rows}).fetchall() != con.execute(fingerprint, {"rows": expected_rows}).fetchall()
