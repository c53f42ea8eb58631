"""When runs start: a sensor on the reports folder (off until switched on) and a daily schedule."""

import dagster as dg

from pipelines.resources import ReportsFolder
from pipelines.sources import folder_fingerprint

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
    description="Starts a run when a file under REPORTS_DIR is added, changed or removed.",
)
def reports_folder_sensor(context: dg.SensorEvaluationContext, reports_folder: ReportsFolder):
    if not reports_folder.root.is_dir():
        return dg.SkipReason(f"{reports_folder.root} is not a folder")
    fingerprint = folder_fingerprint(reports_folder.root)
    if fingerprint == context.cursor:
        return dg.SkipReason("no file added, changed or removed")
    context.update_cursor(fingerprint)
    # No run key: a folder can come back to an earlier state (a file added, then
    # removed), and a reused key would make Dagster skip the run that removes it.
    return dg.RunRequest()
