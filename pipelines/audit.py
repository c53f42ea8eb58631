"""The audit of a new warehouse file before it replaces the published one (write, audit, publish).

Every check reads the finished build on one read-only connection; the build is renamed over the
published file only when all of them pass, so analysts never open a file that failed one. Keys,
foreign keys and NOT NULL are DuckDB's own constraints, enforced while the build is written; these
checks cover what no constraint can say.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import duckdb

from pipelines.parsing.cleaning import TONED_ANNOTATION
from pipelines.parsing.script import traditional_only_characters
from pipelines.sql import read_sql
from pipelines.store import TABLES, Finding, NewRows, new_rows_relation

EXAMPLES_SHOWN = 5


@dataclass(frozen=True)
class Check:
    name: str
    tables: tuple[str, ...]
    description: str


CHECKS = (
    Check("holds_every_parsed_row", TABLES, "The table holds every row this run parsed for it, no more and no fewer."),
    Check("points_at_existing_meeting", ("attendees", "initiatives"), "Every row belongs to a meeting of the same report."),
    Check("no_traditional_characters_left", ("reports",), "text_clean meant to be Simplified holds no Traditional-only character."),
    Check("no_pinyin_annotations_left", ("reports",), "No tone-marked pinyin annotation such as (tǒng) is left in text_clean."),
)


def audit(con: duckdb.DuckDBPyConnection, new_rows: Mapping[str, NewRows]) -> list[Finding]:
    """Every check of :data:`CHECKS` on the warehouse open on ``con``, which this run wrote ``new_rows`` into."""
    return [
        *holds_every_parsed_row(con, new_rows),
        *points_at_existing_meeting(con),
        no_traditional_characters_left(con),
        no_pinyin_annotations_left(con),
    ]


def holds_every_parsed_row(con: duckdb.DuckDBPyConnection, new_rows: Mapping[str, NewRows]) -> list[Finding]:
    """Rows of the reports parsed in this run, per table, against the parsed rows; every rejection of the run."""
    con.register("run_reports", new_rows_relation(con, new_rows["reports"], "reports").select(duckdb.ColumnExpression("report_id")))
    findings = []
    for table in TABLES:
        query = "checks/rejections_written" if table == "rejected_files" else "checks/rows_of_run_reports"
        [(written,)] = con.execute(read_sql(query), {"table": table}).fetchall()
        parsed = new_rows_relation(con, new_rows[table], table).shape[0]
        findings.append(Finding("holds_every_parsed_row", table, written == parsed, {"rows_written": written, "rows_parsed": parsed}))
    con.unregister("run_reports")
    return findings


def points_at_existing_meeting(con: duckdb.DuckDBPyConnection) -> list[Finding]:
    return [
        Finding("points_at_existing_meeting", table, count == 0, {"orphan_rows": count})
        for table, count in con.execute(read_sql("checks/orphan_rows")).fetchall()
    ]


def no_traditional_characters_left(con: duckdb.DuckDBPyConnection) -> Finding:
    pattern = "[" + "".join(sorted(traditional_only_characters())) + "]"
    offending = con.execute(read_sql("checks/traditional_left"), {"pattern": pattern}).fetchall()
    return Finding(
        "no_traditional_characters_left",
        "reports",
        not offending,
        {"reports_with_traditional_characters": len(offending), "examples": dict(offending[:EXAMPLES_SHOWN])},
    )


def no_pinyin_annotations_left(con: duckdb.DuckDBPyConnection) -> Finding:
    rows = con.execute(read_sql("checks/pinyin_left"), {"pattern": TONED_ANNOTATION}).fetchall()
    return Finding(
        "no_pinyin_annotations_left",
        "reports",
        not rows,
        {"reports_with_annotations": len(rows), "examples": dict(rows[:EXAMPLES_SHOWN])},
    )
