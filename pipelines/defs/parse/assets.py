"""Stages 2 and 3: clean and parse the new and changed reports, batch by batch.

Each batch is a step of its own (a dynamic output), so the multiprocess executor
spreads the batches over the cores. Each writes its rows as a Parquet file per table
under the run's storage folder; the assets hand on those files' paths, and DuckDB
reads them into the warehouse: no step holds every batch's rows.
"""

import datetime as dt
import shutil
import uuid
from pathlib import Path

import dagster as dg
import polars as pl

from pipelines.execution import collections_spaced_for_parsing
from pipelines.frames import batches_to_parse, clean_and_parse, combine_batches, write_parsed
from pipelines.leftovers import remove_abandoned
from pipelines.metadata import files_metadata
from pipelines.resources import ReportsFolder, TextSettings

PARSED_OUTPUTS = {
    "clean_reports": "reports",
    "parsed_meetings": "meetings",
    "parsed_attendees": "attendees",
    "parsed_initiatives": "initiatives",
}
"""Asset name → warehouse table it holds rows of."""


@dg.op(out=dg.DynamicOut(pl.DataFrame), description="The new and changed reports, in batches of whole folders spread evenly over the cores (at least 2,000 reports and at most REPORTS_PER_BATCH, 5,000 by default).")
def split_into_batches(context: dg.OpExecutionContext, raw_reports: pl.DataFrame, reports_folder: ReportsFolder):
    # One empty batch when nothing changed, so the steps after it still run (removed files are dropped there).
    batches = batches_to_parse(raw_reports, reports_folder.reports_per_batch) or [raw_reports.clear()]
    context.log.info(f"{sum(batch.height for batch in batches)} reports to parse in {len(batches)} batches")
    for number, batch in enumerate(batches):
        yield dg.DynamicOutput(batch, mapping_key=f"batch_{number:05d}")


@dg.op(description="Clean (script, pinyin, markup) and parse one batch of reports; write its rows as Parquet files.")
def clean_and_parse_batch(context: dg.OpExecutionContext, batch: pl.DataFrame, text_settings: TextSettings) -> dict:
    with collections_spaced_for_parsing():
        tables = clean_and_parse(batch, text_settings.target_script, dt.datetime.now(dt.UTC))
    return write_parsed(tables, parsed_folder(context.instance.storage_directory(), context.run_id) / uuid.uuid4().hex)


PARSED_FOLDER = "parsed"
"""Under DAGSTER_HOME/storage/<run id>/: the batches' Parquet files, read by the warehouse step. They stay a day:
the assets' values sit at one path shared by overlapping runs, so a run's warehouse step may read the files
another run parsed, and no run can tell when those are read for the last time."""


def parsed_folder(storage: str, run_id: str) -> Path:
    return Path(storage) / run_id / PARSED_FOLDER


@dg.success_hook
def remove_batch_files(context: dg.HookContext) -> None:
    """Once the batches are combined, the steps' own outputs under DAGSTER_HOME/storage/<run id>/ (the raw reports
    of each batch, the paths it wrote) are never read again: remove them, or every run would leave a copy of the
    reports it parsed (3.9 GB for 200,000 reports). A run that failed before combining keeps them for a day, for a
    re-execution from the failure; the batches' Parquet files go when they are a day old (:data:`PARSED_FOLDER`)."""
    storage = Path(context.instance.storage_directory())
    for op in (split_into_batches, clean_and_parse_batch):
        # Step keys are <graph>.<op>, with [<mapping key>] for each mapped batch.
        step_outputs = f"*.{op.name}*"
        for folder in (storage / context.run_id).glob(step_outputs):
            shutil.rmtree(folder, ignore_errors=True)
        remove_abandoned(storage, f"*/{step_outputs}")
    remove_abandoned(storage, f"*/{PARSED_FOLDER}")


@dg.op(out={name: dg.Out(list) for name in PARSED_OUTPUTS})
def combine_parsed_batches(parts: list[dict]):
    files = combine_batches(parts)
    # Metadata from the files' columns that are not texts: Parquet reads only the columns asked for.
    reports = pl.scan_parquet(files["reports"]).drop("text_original", "text_clean")
    damaged, pinyin = reports.select(pl.col("is_damaged").sum(), pl.col("pinyin_annotations_removed").sum()).collect().row(0)
    yield dg.Output(
        files["reports"],
        output_name="clean_reports",
        metadata={
            **files_metadata(reports),
            "batches": len(parts),
            "damaged_reports": damaged,
            "pinyin_annotations_removed": pinyin,
            "scripts": dg.MetadataValue.json(dict(reports.group_by("script").len().collect().iter_rows())),
        },
    )
    for name, table in PARSED_OUTPUTS.items():
        if table != "reports":
            yield dg.Output(files[table], output_name=name, metadata=files_metadata(pl.scan_parquet(files[table])))


@dg.graph_multi_asset(
    group_name="parse",
    outs={
        "clean_reports": dg.AssetOut(description="Reports (re)parsed in this run, as warehouse rows (clean text, script, damage, publication date): the batches' Parquet files."),
        "parsed_meetings": dg.AssetOut(description="Meetings found in the reports parsed in this run: the batches' Parquet files."),
        "parsed_attendees": dg.AssetOut(description="People and groups per meeting, with their role: the batches' Parquet files."),
        "parsed_initiatives": dg.AssetOut(description="Named initiatives and documents per meeting: the batches' Parquet files."),
    },
)
def parsed_reports(raw_reports):
    parts = split_into_batches(raw_reports).map(clean_and_parse_batch)
    reports, meetings, attendees, initiatives = combine_parsed_batches.with_hooks({remove_batch_files})(parts.collect())
    return {
        "clean_reports": reports,
        "parsed_meetings": meetings,
        "parsed_attendees": attendees,
        "parsed_initiatives": initiatives,
    }
