"""Stage 2: clean text in the target script, with damage counted."""

import datetime as dt

import dagster as dg
import polars as pl

from pipelines.frames import clean_reports as clean_report_frame
from pipelines.metadata import frame_metadata
from pipelines.resources import TextSettings


@dg.asset(group_name="clean", description="Reports to (re)parse, as warehouse rows: clean text, script, damage, publication date.")
def clean_reports(raw_reports: pl.DataFrame, text_settings: TextSettings) -> dg.Output[pl.DataFrame]:
    reports = clean_report_frame(raw_reports, text_settings.target_script, dt.datetime.now(dt.UTC))
    return dg.Output(
        reports,
        metadata={
            **frame_metadata(reports.drop("text_original", "text_clean")),
            "damaged_reports": int(reports["is_damaged"].sum()),
            "pinyin_annotations_removed": int(reports["pinyin_annotations_removed"].sum()),
            "scripts": dg.MetadataValue.json(dict(reports.group_by("script").len().iter_rows())),
        },
    )
