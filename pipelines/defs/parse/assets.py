"""Stages 2 and 3: clean and parse the new and changed reports, batch by batch.

Each batch is a step of its own (a dynamic output), so the multiprocess executor
spreads the batches over the cores; the batches' rows are then combined into the
frames the warehouse is built from.
"""

import datetime as dt
import shutil
from pathlib import Path

import dagster as dg
import polars as pl

from pipelines.frames import batches_to_parse, clean_and_parse, combine_batches
from pipelines.leftovers import remove_abandoned
from pipelines.metadata import frame_metadata
from pipelines.resources import ReportsFolder, TextSettings

PARSED_OUTPUTS = {
    "clean_reports": "reports",
    "parsed_meetings": "meetings",
    "parsed_attendees": "attendees",
    "parsed_initiatives": "initiatives",
}
"""Asset name → warehouse table it holds rows of."""


@dg.op(out=dg.DynamicOut(pl.DataFrame), description="The new and changed reports, in batches of whole folders (at most REPORTS_PER_BATCH reports, 2,000 by default).")
def split_into_batches(context: dg.OpExecutionContext, raw_reports: pl.DataFrame, reports_folder: ReportsFolder):
    # One empty batch when nothing changed, so the steps after it still run (removed files are dropped there).
    batches = batches_to_parse(raw_reports, reports_folder.reports_per_batch) or [raw_reports.clear()]
    context.log.info(f"{sum(batch.height for batch in batches)} reports to parse in {len(batches)} batches")
    for number, batch in enumerate(batches):
        yield dg.DynamicOutput(batch, mapping_key=f"batch_{number:05d}")


@dg.op(description="Clean (script, pinyin, markup) and parse one batch of reports.")
def clean_and_parse_batch(batch: pl.DataFrame, text_settings: TextSettings) -> dict:
    return clean_and_parse(batch, text_settings.target_script, dt.datetime.now(dt.UTC))


@dg.success_hook
def remove_batch_files(context: dg.HookContext) -> None:
    """Once the batches are combined, their files under DAGSTER_HOME/storage/<run id>/ are never read again:
    remove them, or every run would leave a copy of the reports it parsed (3.9 GB for 200,000 reports).
    A run that failed before combining keeps its batch files for a day, for a re-execution from the failure."""
    storage = Path(context.instance.storage_directory())
    for op in (split_into_batches, clean_and_parse_batch):
        # Step keys are <graph>.<op>, with [<mapping key>] for each mapped batch.
        step_outputs = f"*.{op.name}*"
        for folder in (storage / context.run_id).glob(step_outputs):
            shutil.rmtree(folder, ignore_errors=True)
        remove_abandoned(storage, f"*/{step_outputs}")


@dg.op(out={name: dg.Out(pl.DataFrame) for name in PARSED_OUTPUTS})
def combine_parsed_batches(parts: list[dict]):
    tables = combine_batches(parts)
    reports = tables["reports"]
    yield dg.Output(
        reports,
        output_name="clean_reports",
        metadata={
            **frame_metadata(reports.drop("text_original", "text_clean")),
            "batches": len(parts),
            "damaged_reports": int(reports["is_damaged"].sum()),
            "pinyin_annotations_removed": int(reports["pinyin_annotations_removed"].sum()),
            "scripts": dg.MetadataValue.json(dict(reports.group_by("script").len().iter_rows())),
        },
    )
    for name, table in PARSED_OUTPUTS.items():
        if table != "reports":
            yield dg.Output(tables[table], output_name=name, metadata=frame_metadata(tables[table]))


@dg.graph_multi_asset(
    group_name="parse",
    outs={
        "clean_reports": dg.AssetOut(description="Reports (re)parsed in this run, as warehouse rows: clean text, script, damage, publication date."),
        "parsed_meetings": dg.AssetOut(description="Meetings found in the reports parsed in this run."),
        "parsed_attendees": dg.AssetOut(description="People and groups per meeting, with their role."),
        "parsed_initiatives": dg.AssetOut(description="Named initiatives and documents per meeting."),
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
