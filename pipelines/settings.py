"""Resources built from environment variables; what is not set keeps the resource's default."""
from __future__ import annotations

import os
from pathlib import Path

from pipelines.resources import ExtractsFolder, ReportsFolder, TextSettings, Warehouse

DATA_DIR = Path(__file__).resolve().parents[1] / "data"
DEFAULT_PATHS = {
    "REPORTS_DIR": DATA_DIR / "raw",
    "WAREHOUSE_PATH": DATA_DIR / "warehouse" / "warehouse.duckdb",
    "EXTRACTS_DIR": DATA_DIR / "extracts",
}


def _path(variable: str) -> str:
    return os.environ.get(variable) or str(DEFAULT_PATHS[variable])


def _optional(**variables: str) -> dict[str, str]:
    """Resource fields whose environment variable is set, by field name."""
    return {field: value for field, variable in variables.items() if (value := os.environ.get(variable))}


def resources_from_environment() -> dict:
    """REPORTS_DIR, WAREHOUSE_PATH, EXTRACTS_DIR, TARGET_SCRIPT, MAX_REPORT_BYTES, REPORTS_PER_BATCH, ALLOW_MAJOR_RELEASE, KEEP_RELEASES and DUCKDB_* settings."""
    return {
        "reports_folder": ReportsFolder(
            path=_path("REPORTS_DIR"), **_optional(max_file_bytes="MAX_REPORT_BYTES", reports_per_batch="REPORTS_PER_BATCH")
        ),
        "text_settings": TextSettings(**_optional(target_script="TARGET_SCRIPT")),
        "warehouse": Warehouse(
            path=_path("WAREHOUSE_PATH"),
            **_optional(memory_limit="DUCKDB_MEMORY_LIMIT", threads="DUCKDB_THREADS", temp_directory="DUCKDB_TEMP_DIRECTORY"),
        ),
        "extracts_folder": ExtractsFolder(path=_path("EXTRACTS_DIR"), **_optional(allow_major_release="ALLOW_MAJOR_RELEASE", keep_releases="KEEP_RELEASES")),
    }
