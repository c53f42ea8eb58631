"""Stage 4: the DuckDB warehouse tables, rebuilt beside the published file and swapped in."""

import dagster as dg
import polars as pl

from pipelines.metadata import markdown_preview
from pipelines.resources import Warehouse
from pipelines.store import TABLES, building_warehouse

WAREHOUSE_POOL = "warehouse_writes"
"""Concurrency pool of the steps that write DuckDB; its limit (1) is set in dagster.yaml."""

TABLE_DESCRIPTIONS = {
    "reports": "One row per scraped report: original and clean text, encoding, script, damage.",
    "meetings": "One row per meeting: organizer, name, date, place, chair, subject.",
    "attendees": "One row per person or group per meeting, with role and title.",
    "initiatives": "One row per named initiative or document per meeting, with category.",
    "rejected_files": "Files that could not be used, with a reason a person understands.",
}


TABLE_SOURCES = {
    "reports": ("raw_reports", "clean_reports"),
    "meetings": ("parsed_meetings",),
    "attendees": ("parsed_attendees",),
    "initiatives": ("parsed_initiatives",),
    "rejected_files": ("rejected_files_found",),
}
"""The frames each table is built from: its lineage in the asset graph."""


def table_key(table: str) -> dg.AssetKey:
    return dg.AssetKey(["warehouse", table])


@dg.multi_asset(
    group_name="warehouse",
    pool=WAREHOUSE_POOL,
    specs=[
        dg.AssetSpec(table_key(table), description=TABLE_DESCRIPTIONS[table], kinds={"duckdb"}, deps=TABLE_SOURCES[table])
        for table in TABLES
    ],
    ins={name: dg.AssetIn(name) for sources in TABLE_SOURCES.values() for name in sources},
)
def warehouse_tables(
    context: dg.AssetExecutionContext,
    warehouse: Warehouse,
    raw_reports: pl.DataFrame,
    clean_reports: pl.DataFrame,
    parsed_meetings: pl.DataFrame,
    parsed_attendees: pl.DataFrame,
    parsed_initiatives: pl.DataFrame,
    rejected_files_found: pl.DataFrame,
):
    kept = raw_reports.filter(pl.col("status") == "unchanged")["report_id"].to_list()
    with building_warehouse(
        warehouse.file,
        warehouse.settings,
        kept,
        {
            "reports": clean_reports,
            "meetings": parsed_meetings,
            "attendees": parsed_attendees,
            "initiatives": parsed_initiatives,
            "rejected_files": rejected_files_found,
            "file_signatures": raw_reports.filter(pl.col("file_signature").is_not_null()),
        },
    ) as built:
        # Everything that can fail happens here, before the build is renamed over the published file.
        results = [
            dg.MaterializeResult(
                asset_key=table_key(table),
                metadata={
                    "dagster/row_count": built.row_counts[table],
                    "preview": markdown_preview(built.previews[table]),
                    "path": dg.MetadataValue.path(str(warehouse.file)),
                    "build": "amended a copy of the published file" if built.amended else "written anew",
                },
            )
            for table in TABLES
        ]
    context.log.info(f"published {warehouse.file}: {built.row_counts}")
    yield from results
