"""The one place the project is wired: assets (with their checks), automation and resources."""

import dagster as dg

from pipelines import ingest, parse, publish, warehouse
from pipelines.automation import daily_run, process_reports, reports_folder_sensor
from pipelines.execution import reports_executor
from pipelines.handoff import WholeFileFilesystemIOManager
from pipelines.settings import resources_from_environment


def build_definitions(resources: dict) -> dg.Definitions:
    return dg.Definitions(
        assets=dg.load_assets_from_modules([ingest, parse, warehouse, publish]),
        jobs=[process_reports],
        schedules=[daily_run],
        sensors=[reports_folder_sensor],
        resources={"io_manager": WholeFileFilesystemIOManager(), **resources},
        executor=reports_executor,
    )


defs = build_definitions(resources_from_environment())
