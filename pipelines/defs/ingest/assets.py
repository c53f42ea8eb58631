"""Stage 1: every file under REPORTS_DIR, decoded, or recorded as rejected."""

import datetime as dt

import dagster as dg
import polars as pl

from pipelines.asset_keys import RELEASE_KEY, table_key
from pipelines.frames import ingest_files, reports_unchanged, same_rejections
from pipelines.metadata import frame_metadata
from pipelines.release import latest_manifest
from pipelines.resources import ExtractsFolder, ReportsFolder, TextSettings, Warehouse
from pipelines.store import read_inventory, read_rejections


@dg.multi_asset(
    group_name="ingest",
    outs={
        "raw_reports": dg.AssetOut(
            description="Decoded reports; unchanged ones carry no text and are not parsed again.", is_required=False
        ),
        "rejected_files_found": dg.AssetOut(
            description="Files under REPORTS_DIR that cannot be used, with the reason.", is_required=False
        ),
    },
)
def raw_reports(
    context: dg.AssetExecutionContext,
    reports_folder: ReportsFolder,
    text_settings: TextSettings,
    warehouse: Warehouse,
    extracts_folder: ExtractsFolder,
):
    inventory = read_inventory(warehouse.file, warehouse.settings)
    raw, rejected = ingest_files(
        reports_folder.root,
        reports_folder.max_file_bytes,
        inventory,
        text_settings.target_script,
        dt.datetime.now(dt.UTC),
    )
    status_counts = dict(raw.group_by("status").len().iter_rows())
    context.log.info(f"{raw.height} reports ({status_counts}), {rejected.height} rejected files")
    if _up_to_date(raw, rejected, inventory, warehouse, extracts_folder, context.instance):
        # No output: Dagster skips every step after this one, so a run with nothing new costs one step.
        context.log.info("the warehouse and the latest release already hold every report as it is: nothing to do")
        return
    yield dg.Output(
        raw,
        output_name="raw_reports",
        metadata={**frame_metadata(raw.drop("text_original")), **{f"reports_{k}": v for k, v in status_counts.items()}},
    )
    yield dg.Output(rejected, output_name="rejected_files_found", metadata=frame_metadata(rejected))


def _up_to_date(
    raw: pl.DataFrame,
    rejected: pl.DataFrame,
    inventory: pl.DataFrame,
    warehouse: Warehouse,
    extracts_folder: ExtractsFolder,
    instance: dg.DagsterInstance,
) -> bool:
    """Whether the warehouse holds this reading of the folder and the latest release holds the warehouse.

    Most runs have a changed report and read nothing more than the inventory.
    """
    if not reports_unchanged(raw, inventory):
        return False
    known_rejections = read_rejections(warehouse.file, warehouse.settings)
    return (
        same_rejections(rejected, known_rejections)
        and _release_holds(latest_manifest(extracts_folder.root), inventory.height, known_rejections.height)
        and _release_follows_warehouse(instance)
    )


def _release_holds(manifest: dict | None, reports: int, rejections: int) -> bool:
    """Whether the latest release on disk has as many reports and rejected files as the warehouse."""
    if manifest is None:
        return False
    rows = {described["table"]: described["rows"] for described in manifest["files"].values()}
    return rows.get("reports") == reports and rows.get("rejected_files") == rejections


def _release_follows_warehouse(instance: dg.DagsterInstance) -> bool:
    """Whether the release step last ran after the warehouse was last built (a run that failed
    in between left a warehouse the portal has not had yet)."""
    built = instance.get_latest_materialization_event(table_key("reports"))
    released = instance.get_latest_materialization_event(RELEASE_KEY)
    return built is not None and released is not None and released.timestamp >= built.timestamp
