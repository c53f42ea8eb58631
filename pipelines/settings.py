"""The deployment's resources: each setting the environment gives is a ``dg.EnvVar``, the rest keep their defaults.

Dagster reads the variables when a run starts and the UI shows which variable sets
which field. Scripts that run outside Dagster take :func:`resolved_resources`; a decision made
before a run starts (how many processes it takes) reads them at once, unchecked.
"""
from __future__ import annotations

import os
from pathlib import Path

import dagster as dg

from pipelines.resources import ExtractsFolder, ReportsFolder, TextSettings, Warehouse

DATA_DIR = Path(__file__).resolve().parents[1] / "data"
DEFAULT_PATHS = {
    "REPORTS_DIR": DATA_DIR / "raw",
    "WAREHOUSE_PATH": DATA_DIR / "warehouse" / "warehouse.duckdb",
    "EXTRACTS_DIR": DATA_DIR / "extracts",
}


def _path(variable: str, read_now: bool) -> str:
    if not os.environ.get(variable):
        return str(DEFAULT_PATHS[variable])
    return os.environ[variable] if read_now else dg.EnvVar(variable)


def _set(read_now: bool, **variables: str) -> dict[str, str | dg.EnvVar]:
    """Text fields whose environment variable is set, by field name."""
    return {
        field: os.environ[variable] if read_now else dg.EnvVar(variable)
        for field, variable in variables.items()
        if os.environ.get(variable)
    }


def _set_int(read_now: bool, **variables: str) -> dict[str, int | dg.EnvVar]:
    """Whole-number fields whose environment variable is set, by field name."""
    return {
        field: int(os.environ[variable]) if read_now else dg.EnvVar.int(variable)
        for field, variable in variables.items()
        if os.environ.get(variable)
    }


def resources_from_environment(read_now: bool = False) -> dict[str, dg.ConfigurableResource]:
    """REPORTS_DIR, WAREHOUSE_PATH, EXTRACTS_DIR, TARGET_SCRIPT, MAX_REPORT_BYTES, REPORTS_PER_BATCH, ALLOW_MAJOR_RELEASE, RELEASE_TEXT, KEEP_RELEASES and DUCKDB_* settings.

    With ``read_now`` the variables are read at once and the fields hold their values, unchecked: a glance at the
    settings (milliseconds, where setting the resources up as a run does takes half a second), for decisions
    made before a run starts."""
    return {
        "reports_folder": ReportsFolder(
            path=_path("REPORTS_DIR", read_now),
            **_set_int(read_now, max_file_bytes="MAX_REPORT_BYTES", reports_per_batch="REPORTS_PER_BATCH"),
        ),
        "text_settings": TextSettings(**_set(read_now, target_script="TARGET_SCRIPT")),
        "warehouse": Warehouse(
            path=_path("WAREHOUSE_PATH", read_now),
            **_set(read_now, memory_limit="DUCKDB_MEMORY_LIMIT", temp_directory="DUCKDB_TEMP_DIRECTORY"),
            **_set_int(read_now, threads="DUCKDB_THREADS"),
        ),
        "extracts_folder": ExtractsFolder(
            path=_path("EXTRACTS_DIR", read_now),
            **_set(read_now, allow_major_release="ALLOW_MAJOR_RELEASE", release_text="RELEASE_TEXT"),
            **_set_int(read_now, keep_releases="KEEP_RELEASES"),
        ),
    }


def resolved_resources() -> dict:
    """The resources with their environment variables read and their values checked, as a run would see them."""
    return {name: resource.process_config_and_initialize() for name, resource in resources_from_environment().items()}
