"""Asset checks on the published warehouse, shown beside each table in the Dagster UI.

They are blocking: a failed check stops the release, so the portal never gets rows that fail them.
"""

from collections.abc import Iterator

import dagster as dg

from pipelines.parsing.script import count_traditional_only
from pipelines.resources import Warehouse
from pipelines.store import TABLES, connect_read_only, read_sql
from pipelines.warehouse import table_key

EXAMPLES_SHOWN = 5


@dg.multi_asset_check(
    specs=[
        dg.AssetCheckSpec("unique_keys", asset=table_key(table), blocking=True, description="No two rows share a key that must be unique.")
        for table in TABLES
    ]
)
def unique_keys(warehouse: Warehouse) -> Iterator[dg.AssetCheckResult]:
    failures: dict[str, int] = {table: 0 for table in TABLES}
    with connect_read_only(warehouse.file, warehouse.settings) as con:
        for key, count in con.execute(read_sql("checks/unique_keys")).fetchall():
            failures[key.split(".")[0]] += count
    for table, count in failures.items():
        yield dg.AssetCheckResult(asset_key=table_key(table), check_name="unique_keys", passed=count == 0, metadata={"duplicate_keys": count})


@dg.multi_asset_check(
    specs=[
        dg.AssetCheckSpec("points_at_existing_meeting", asset=table_key(table), blocking=True, description="Every row belongs to a meeting of the same report.")
        for table in ("attendees", "initiatives")
    ]
)
def points_at_existing_meeting(warehouse: Warehouse) -> Iterator[dg.AssetCheckResult]:
    with connect_read_only(warehouse.file, warehouse.settings) as con:
        rows = con.execute(read_sql("checks/orphan_rows")).fetchall()
    for table, count in rows:
        yield dg.AssetCheckResult(
            asset_key=table_key(table), check_name="points_at_existing_meeting", passed=count == 0, metadata={"orphan_rows": count}
        )


@dg.asset_check(asset=table_key("reports"), blocking=True, description="text_clean meant to be Simplified holds no Traditional-only character.")
def no_traditional_characters_left(warehouse: Warehouse) -> dg.AssetCheckResult:
    with connect_read_only(warehouse.file, warehouse.settings) as con:
        texts = con.execute(read_sql("checks/clean_texts")).fetchall()
    offending = {name: n for name, text in texts if (n := count_traditional_only(text))}
    return dg.AssetCheckResult(
        passed=not offending,
        metadata={"reports_with_traditional_characters": len(offending), "examples": dg.MetadataValue.json(dict(list(offending.items())[:EXAMPLES_SHOWN]))},
    )


@dg.asset_check(asset=table_key("reports"), blocking=True, description="No tone-marked pinyin annotation such as (tǒng) is left in text_clean.")
def no_pinyin_annotations_left(warehouse: Warehouse) -> dg.AssetCheckResult:
    with connect_read_only(warehouse.file, warehouse.settings) as con:
        rows = con.execute(read_sql("checks/pinyin_left")).fetchall()
    return dg.AssetCheckResult(
        passed=not rows,
        metadata={"reports_with_annotations": len(rows), "examples": dg.MetadataValue.json(dict(rows[:EXAMPLES_SHOWN]))},
    )
