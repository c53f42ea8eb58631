"""Stage 3: meetings, attendees and initiatives parsed from the clean text."""

import dagster as dg
import polars as pl

from pipelines.frames import parse_reports
from pipelines.metadata import frame_metadata


@dg.multi_asset(
    group_name="parse",
    outs={
        "parsed_meetings": dg.AssetOut(description="Meetings found in the reports parsed in this run."),
        "parsed_attendees": dg.AssetOut(description="People and groups per meeting, with their role."),
        "parsed_initiatives": dg.AssetOut(description="Named initiatives and documents per meeting."),
    },
)
def parsed_reports(clean_reports: pl.DataFrame):
    frames = parse_reports(clean_reports)
    for table, frame in frames.items():
        yield dg.Output(frame, output_name=f"parsed_{table}", metadata=frame_metadata(frame))
