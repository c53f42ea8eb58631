"""Resources built from environment variables, with defaults that work on the repository's data/ folder."""
from __future__ import annotations

import os
from pathlib import Path

from pipelines.resources import ExtractsFolder, ReportsFolder, TextSettings, Warehouse
from pipelines.sources import DEFAULT_MAX_FILE_BYTES

DATA_DIR = Path(__file__).resolve().parents[1] / "data"


def _setting(name: str, default: str) -> str:
    return os.environ.get(name) or default


def resources_from_environment() -> dict:
    """REPORTS_DIR, WAREHOUSE_PATH, EXTRACTS_DIR, TARGET_SCRIPT, MAX_REPORT_BYTES and DUCKDB_* settings."""
    return {
        "reports_folder": ReportsFolder(
            path=_setting("REPORTS_DIR", str(DATA_DIR / "raw")),
            max_file_bytes=int(_setting("MAX_REPORT_BYTES", str(DEFAULT_MAX_FILE_BYTES))),
        ),
        "text_settings": TextSettings(target_script=_setting("TARGET_SCRIPT", "simplified")),
        "warehouse": Warehouse(
            path=_setting("WAREHOUSE_PATH", str(DATA_DIR / "warehouse" / "warehouse.duckdb")),
            memory_limit=_setting("DUCKDB_MEMORY_LIMIT", "2GB"),
            threads=int(_setting("DUCKDB_THREADS", "2")),
            temp_directory=os.environ.get("DUCKDB_TEMP_DIRECTORY"),
        ),
        "extracts_folder": ExtractsFolder(path=_setting("EXTRACTS_DIR", str(DATA_DIR / "extracts"))),
    }
