"""The one place the project is wired: assets, checks, automation and resources."""

import os

import dagster as dg

from pipelines import checks, ingest, parse, publish, warehouse
from pipelines.automation import daily_run, process_reports, reports_folder_sensor
from pipelines.settings import resources_from_environment


INSTANCE_STORAGE_MODULES = [
    "dagster._core.storage.sqlite_storage",
    "dagster._core.storage.event_log.sqlite",
    "dagster._core.storage.runs.sqlite",
    "dagster._core.storage.schedules.sqlite",
    "dagster._core.instance.factory",
]
"""Modules a step's Dagster instance imports; the fork server ignores any a Dagster version lacks."""

parallel_executor = dg.multiprocess_executor.configured(
    {
        "max_concurrent": os.cpu_count() or 1,
        # Steps fork from a server that has imported Dagster, the pipeline and the
        # instance's storage once; a fresh interpreter per step would spend ~3 s on
        # imports, and even a forked one ~0.4 s on the storage modules it imports lazily.
        "start_method": {"forkserver": {"preload_modules": ["pipelines.definitions", *INSTANCE_STORAGE_MODULES]}},
    },
    name="parallel_executor",
)
"""Batches are parsed on every core; the DuckDB steps are held to one at a time by their pool."""


def build_definitions(resources: dict) -> dg.Definitions:
    return dg.Definitions(
        assets=dg.load_assets_from_modules([ingest, parse, warehouse, publish]),
        asset_checks=dg.load_asset_checks_from_modules([checks]),
        jobs=[process_reports],
        schedules=[daily_run],
        sensors=[reports_folder_sensor],
        resources=resources,
        executor=parallel_executor,
    )


defs = build_definitions(resources_from_environment())
