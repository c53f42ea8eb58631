"""Asset checks on the published warehouse, shown beside each table in the Dagster UI.

They are blocking: a failed check stops the release, so the portal never gets rows
that fail them. All of them run in one step on one read-only connection, since a
step costs more to start than the checks cost to run.
"""

from collections.abc import Iterator

import dagster as dg
import duckdb

from pipelines.parsing.script import traditional_only_characters
from pipelines.resources import Warehouse
from pipelines.store import TABLES, connect_read_only, read_sql
from pipelines.warehouse import table_key

EXAMPLES_SHOWN = 5

CHECK_SPECS = [
    *(
        dg.AssetCheckSpec("unique_keys", asset=table_key(table), blocking=True, description="No two rows share a key that must be unique.")
        for table in TABLES
    ),
    *(
        dg.AssetCheckSpec("points_at_existing_meeting", asset=table_key(table), blocking=True, description="Every row belongs to a meeting of the same report.")
        for table in ("attendees", "initiatives")
    ),
    dg.AssetCheckSpec(
        "no_traditional_characters_left", asset=table_key("reports"), blocking=True, description="text_clean meant to be Simplified holds no Traditional-only character."
    ),
    dg.AssetCheckSpec(
        "no_pinyin_annotations_left", asset=table_key("reports"), blocking=True, description="No tone-marked pinyin annotation such as (tǒng) is left in text_clean."
    ),
]


@dg.multi_asset_check(specs=CHECK_SPECS)
def warehouse_checks(warehouse: Warehouse) -> Iterator[dg.AssetCheckResult]:
    with connect_read_only(warehouse.file, warehouse.settings) as con:
        yield from unique_keys(con)
        yield from points_at_existing_meeting(con)
        yield no_traditional_characters_left(con)
        yield no_pinyin_annotations_left(con)


def unique_keys(con: duckdb.DuckDBPyConnection) -> Iterator[dg.AssetCheckResult]:
    failures: dict[str, int] = {table: 0 for table in TABLES}
    for key, count in con.execute(read_sql("checks/unique_keys")).fetchall():
        failures[key.split(".")[0]] += count
    for table, count in failures.items():
        yield dg.AssetCheckResult(asset_key=table_key(table), check_name="unique_keys", passed=count == 0, metadata={"duplicate_keys": count})


def points_at_existing_meeting(con: duckdb.DuckDBPyConnection) -> Iterator[dg.AssetCheckResult]:
    for table, count in con.execute(read_sql("checks/orphan_rows")).fetchall():
        yield dg.AssetCheckResult(
            asset_key=table_key(table), check_name="points_at_existing_meeting", passed=count == 0, metadata={"orphan_rows": count}
        )


def no_traditional_characters_left(con: duckdb.DuckDBPyConnection) -> dg.AssetCheckResult:
    pattern = "[" + "".join(sorted(traditional_only_characters())) + "]"
    offending = con.execute(read_sql("checks/traditional_left"), {"pattern": pattern}).fetchall()
    return dg.AssetCheckResult(
        asset_key=table_key("reports"),
        check_name="no_traditional_characters_left",
        passed=not offending,
        metadata={
            "reports_with_traditional_characters": len(offending),
            "examples": dg.MetadataValue.json(dict(offending[:EXAMPLES_SHOWN])),
        },
    )


def no_pinyin_annotations_left(con: duckdb.DuckDBPyConnection) -> dg.AssetCheckResult:
    rows = con.execute(read_sql("checks/pinyin_left")).fetchall()
    return dg.AssetCheckResult(
        asset_key=table_key("reports"),
        check_name="no_pinyin_annotations_left",
        passed=not rows,
        metadata={"reports_with_annotations": len(rows), "examples": dg.MetadataValue.json(dict(rows[:EXAMPLES_SHOWN]))},
    )
