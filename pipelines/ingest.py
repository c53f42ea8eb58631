"""Stage 1: every file under REPORTS_DIR, decoded, or recorded as rejected."""

import datetime as dt

import dagster as dg

from pipelines.frames import ingest_files
from pipelines.metadata import frame_metadata
from pipelines.resources import ReportsFolder, TextSettings, Warehouse
from pipelines.store import read_inventory


@dg.multi_asset(
    group_name="ingest",
    outs={
        "raw_reports": dg.AssetOut(description="Decoded reports; unchanged ones carry no text and are not parsed again."),
        "rejected_files_found": dg.AssetOut(description="Files under REPORTS_DIR that cannot be used, with the reason."),
    },
)
def raw_reports(
    context: dg.AssetExecutionContext,
    reports_folder: ReportsFolder,
    text_settings: TextSettings,
    warehouse: Warehouse,
):
    raw, rejected = ingest_files(
        reports_folder.root,
        reports_folder.max_file_bytes,
        read_inventory(warehouse.file, warehouse.settings),
        text_settings.target_script,
        dt.datetime.now(dt.UTC),
    )
    status_counts = dict(raw.group_by("status").len().iter_rows())
    context.log.info(f"{raw.height} reports ({status_counts}), {rejected.height} rejected files")
    yield dg.Output(
        raw,
        output_name="raw_reports",
        metadata={**frame_metadata(raw.drop("text_original")), **{f"reports_{k}": v for k, v in status_counts.items()}},
    )
    yield dg.Output(rejected, output_name="rejected_files_found", metadata=frame_metadata(rejected))

