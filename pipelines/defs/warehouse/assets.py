"""Stage 4: the DuckDB warehouse tables, rebuilt beside the published file, audited, and swapped in.

Write, audit, publish: the checks run on the new file before it replaces the published one. They
are shown on each table in the UI; when one fails the step fails, the new file is removed, and
analysts keep the warehouse they had.
"""

import dagster as dg
import polars as pl

from pipelines.asset_keys import table_key
from pipelines.audit import CHECKS, audit
from pipelines.metadata import check_results, column_schema, markdown_preview
from pipelines.schema import declared
from pipelines.resources import Warehouse
from pipelines.store import TABLES, AuditFailed, Finding, building_warehouse

WAREHOUSE_POOL = "warehouse_writes"
"""Concurrency pool of the steps that write DuckDB; its limit (1) is set in dagster.yaml."""

TABLE_SOURCES = {
    "reports": ("raw_reports", "clean_reports"),
    "meetings": ("parsed_meetings",),
    "attendees": ("parsed_attendees",),
    "initiatives": ("parsed_initiatives",),
    "rejected_files": ("rejected_files_found",),
}
"""The frames each table is built from: its lineage in the asset graph."""


@dg.multi_asset(
    group_name="warehouse",
    pool=WAREHOUSE_POOL,
    specs=[
        dg.AssetSpec(
            table_key(table.name),
            description=f"{table.title} / {table.description}",
            kinds={"duckdb"},
            deps=TABLE_SOURCES[table.name],
            metadata={"dagster/column_schema": column_schema(table)},
        )
        for table in declared().values()
    ],
    check_specs=[
        dg.AssetCheckSpec(check.name, asset=table_key(table), blocking=True, description=check.description)
        for check in CHECKS
        for table in check.tables
    ],
    ins={name: dg.AssetIn(name) for sources in TABLE_SOURCES.values() for name in sources},
)
def warehouse_tables(
    context: dg.AssetExecutionContext,
    warehouse: Warehouse,
    raw_reports: pl.DataFrame,
    clean_reports: list[str],
    parsed_meetings: list[str],
    parsed_attendees: list[str],
    parsed_initiatives: list[str],
    rejected_files_found: pl.DataFrame,
):
    kept = raw_reports.filter(pl.col("status") == "unchanged")["report_id"].to_list()
    new_rows = {
        "reports": clean_reports,
        "meetings": parsed_meetings,
        "attendees": parsed_attendees,
        "initiatives": parsed_initiatives,
        "rejected_files": rejected_files_found,
        "file_signatures": raw_reports.filter(pl.col("file_signature").is_not_null()),
    }
    try:
        with building_warehouse(warehouse.file, warehouse.settings, kept, new_rows, audit) as built:
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
    except AuditFailed as failed:
        yield from check_results(failed.findings, _table_of)
        raise dg.Failure(description=str(failed)) from failed
    context.log.info(f"published {warehouse.file}: {built.row_counts}")
    yield from check_results(built.findings, _table_of)
    yield from results


def _table_of(finding: Finding) -> dg.AssetKey:
    return table_key(finding.table)
