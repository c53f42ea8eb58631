"""Stage 1: every file under REPORTS_DIR, decoded, or recorded as rejected.

It decides from its own inputs only: the folder, and the inventory of the published warehouse with whether
the stages after the warehouse have taken that warehouse up.
"""

import datetime as dt
from pathlib import Path

import dagster as dg

from pipelines.frames import ingest_files, reports_unchanged, same_rejections
from pipelines.leftovers import remove_abandoned
from pipelines.metadata import frame_metadata
from pipelines.resources import ReportsFolder, TextSettings, Warehouse
from pipelines.store import read_published

TEXTS_FOLDER = "texts"
"""Under DAGSTER_HOME/storage/<run id>/: the decoded texts to parse. They stay a day, as the parsed batches do
(parse/assets.py): an overlapping run may read the raw reports, and so the texts, of this one."""


@dg.multi_asset(
    group_name="ingest",
    outs={
        "raw_reports": dg.AssetOut(
            description="Every usable report: new, changed or unchanged (not parsed again); the decoded texts of the new and changed ones are in Parquet files it names.",
            is_required=False,
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
):
    published = read_published(warehouse.file, warehouse.settings)
    storage = Path(context.instance.storage_directory())
    remove_abandoned(storage, f"*/{TEXTS_FOLDER}")
    raw, rejected = ingest_files(
        reports_folder.root,
        reports_folder.max_file_bytes,
        published.inventory,
        text_settings.target_script,
        dt.datetime.now(dt.UTC),
        storage / context.run.run_id / TEXTS_FOLDER,
    )
    status_counts = dict(raw.group_by("status").len().iter_rows())
    context.log.info(f"{raw.height} reports ({status_counts}), {rejected.height} rejected files")
    # An empty folder still gets its first warehouse: there must be a current one to hold the folder as it is.
    if published.current and reports_unchanged(raw, published.inventory) and same_rejections(rejected, published.rejections):
        if not published.pending:
            # No output: Dagster skips every step after this one, so a run with nothing new costs one step.
            context.log.info("the warehouse already holds every report as it is: nothing to do")
            return
        context.log.info("nothing new, but the stages after the warehouse have not taken the published one up (a run stopped before them): they run now")
    yield dg.Output(
        raw,
        output_name="raw_reports",
        metadata={**frame_metadata(raw), **{f"reports_{k}": v for k, v in status_counts.items()}},
    )
    yield dg.Output(rejected, output_name="rejected_files_found", metadata=frame_metadata(rejected))
