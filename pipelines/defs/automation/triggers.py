"""When runs start: a sensor on the reports folder (off until switched on), a daily schedule, and the
release's own automation condition (evaluated by ``release_automation``)."""

import json
import time

import dagster as dg

from pipelines.asset_keys import RELEASE_KEY
from pipelines.execution import processes_for, run_config
from pipelines.resources import ReportsFolder
from pipelines.sources import scan_folder

process_reports = dg.define_asset_job(
    "process_reports",
    selection=dg.AssetSelection.all(),
    description="Ingest, clean and parse every report under REPORTS_DIR; rebuild the warehouse and publish a release when the data changed.",
)

daily_run = dg.ScheduleDefinition(
    name="daily_reports_run",
    job=process_reports,
    cron_schedule="0 6 * * *",
    execution_timezone="Asia/Shanghai",
    default_status=dg.DefaultScheduleStatus.RUNNING,
    description="Every morning at 06:00 China time; a run with no new files changes nothing.",
)


@dg.sensor(
    job=process_reports,
    minimum_interval_seconds=60,
    default_status=dg.DefaultSensorStatus.STOPPED,
    description=(
        "Starts a run when a file under REPORTS_DIR is added, changed or removed; "
        "in one process when the files written since the last tick fit in one batch."
    ),
)
def reports_folder_sensor(context: dg.SensorEvaluationContext, reports_folder: ReportsFolder):
    if not reports_folder.root.is_dir():
        return dg.SkipReason(f"{reports_folder.root} is not a folder")
    previous = _read_cursor(context.cursor)
    # The kernel may stamp a file from its coarse clock, a tick (up to 10 ms) behind time_ns() (seen: 5 ms, once in
    # 50,000 writes): without the slack a file written just after this scan could look older than it.
    scanned_at_ns = time.time_ns() - FILE_CLOCK_SLACK_NS
    scan = scan_folder(reports_folder.root, since_ns=previous.get("scanned_at_ns"))
    if scan.fingerprint == previous.get("fingerprint"):
        return dg.SkipReason("no file added, changed or removed")
    context.update_cursor(json.dumps({"fingerprint": scan.fingerprint, "scanned_at_ns": scanned_at_ns}))
    # No run key: a folder can come back to an earlier state (a file added, then
    # removed), and a reused key would make Dagster skip the run that removes it.
    return dg.RunRequest(
        run_config=run_config(processes_for(scan.touched, reports_folder.reports_per_batch)),
        tags={"reports/files_touched": str(scan.touched)},
    )


FILE_CLOCK_SLACK_NS = 50_000_000
"""A file written in the 50 ms before a scan counts at that tick and again at the next: counting one twice costs
at most a second process, missing one could put a large change in one process."""


def _read_cursor(cursor: str | None) -> dict:
    """The fingerprint and scan time the last run was requested for; nothing for a first tick or an older cursor."""
    try:
        previous = json.loads(cursor or "{}")
    except json.JSONDecodeError:
        return {}
    return previous if isinstance(previous, dict) else {}


release_automation = dg.AutomationConditionSensorDefinition(
    "release_automation",
    target=dg.AssetSelection.assets(RELEASE_KEY),
    default_status=dg.DefaultSensorStatus.RUNNING,
    minimum_interval_seconds=60,
    description="Runs the release on its own when its automation condition asks: a warehouse the release is behind, or the daily check.",
)
