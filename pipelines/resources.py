"""Settings the data team can change per deployment, as Dagster resources.

``settings.py`` fills them from environment variables; the defaults here are the
only ones, and they work out of the box on ``data/``.
"""

from pathlib import Path
from typing import Literal

import dagster as dg
from pydantic import Field

from pipelines.parsing.script import TARGET_SCRIPTS
from pipelines.frames import BATCH_SIZE
from pipelines.sources import DEFAULT_MAX_FILE_BYTES
from pipelines.store import DuckDBSettings


class ReportsFolder(dg.ConfigurableResource):
    """The folder the scraped reports are dropped into (``REPORTS_DIR``), read recursively."""

    path: str = Field(description="Folder of raw reports; every file below it is a report.")
    max_file_bytes: int = Field(default=DEFAULT_MAX_FILE_BYTES, description="Larger files are rejected unread.")
    reports_per_batch: int = Field(default=BATCH_SIZE, gt=0, description="Most reports cleaned and parsed in one step.")

    @property
    def root(self) -> Path:
        return Path(self.path)


class TextSettings(dg.ConfigurableResource):
    """How report text is cleaned."""

    target_script: Literal[tuple(TARGET_SCRIPTS)] = Field(  # type: ignore[valid-type]
        default="simplified",
        description="Script text_clean is converted to (with OpenCC).",
    )


class Warehouse(dg.ConfigurableResource):
    """The DuckDB file analysts open (``WAREHOUSE_PATH``) and the limits of the DuckDB steps."""

    path: str = Field(description="The published warehouse file.")
    memory_limit: str = Field(default="2GB", description="DuckDB memory_limit for a step.")
    threads: int = Field(default=2, description="DuckDB threads for a step.")
    temp_directory: str | None = Field(default=None, description="Where DuckDB spills; beside the file when unset.")

    @property
    def file(self) -> Path:
        return Path(self.path)

    @property
    def settings(self) -> DuckDBSettings:
        # DuckDB's own default for the in-memory build connection is .tmp in the working directory.
        spill = self.temp_directory or str(self.file.parent / ".duckdb_spill")
        return DuckDBSettings(self.memory_limit, self.threads, spill)


class ExtractsFolder(dg.ConfigurableResource):
    """Where releases for the portal are published (``EXTRACTS_DIR``)."""

    path: str = Field(description="Folder holding releases/<version>/, latest and LATEST.")
    allow_major_release: bool = Field(
        default=False,
        description="Publish a release whose schema breaks the previous one (a column removed, renamed or retyped).",
    )
    keep_releases: int | None = Field(
        default=None,
        ge=1,
        description="Keep this many newest releases and remove older ones after publishing; every release is kept when unset.",
    )

    @property
    def root(self) -> Path:
        return Path(self.path)
