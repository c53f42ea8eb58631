"""The one place the project is wired: assets, checks, automation and resources."""

import dagster as dg

from pipelines import checks, clean, ingest, parse, publish, warehouse
from pipelines.automation import daily_run, process_reports, reports_folder_sensor
from pipelines.settings import resources_from_environment


def build_definitions(resources: dict) -> dg.Definitions:
    return dg.Definitions(
        assets=dg.load_assets_from_modules([ingest, clean, parse, warehouse, publish]),
        asset_checks=dg.load_asset_checks_from_modules([checks]),
        jobs=[process_reports],
        schedules=[daily_run],
        sensors=[reports_folder_sensor],
        resources=resources,
        # Each step of the multiprocess executor starts a fresh interpreter (~3 s of
        # imports), longer than a step's work on a folder of reports; run in one process.
        executor=dg.in_process_executor,
    )


defs = build_definitions(resources_from_environment())
