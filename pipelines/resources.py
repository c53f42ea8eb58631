"""Settings the data team can change per deployment, as Dagster resources.

``settings.py`` sets them from environment variables with ``dg.EnvVar``, so the UI
names the variable behind each value; the defaults here are the only ones, and
they work out of the box on ``data/``. Dagster reads an ``EnvVar`` when a run
starts, after the fields' types are checked, so the limits on a value are checked
then too, in ``setup_for_execution``.
"""

from pathlib import Path

import dagster as dg
from pydantic import Field

from pipelines.parsing.script import TARGET_SCRIPTS
from pipelines.release.contents import RELEASE_TEXT_CHOICES
from pipelines.frames import BATCH_SIZE
from pipelines.sources import DEFAULT_MAX_FILE_BYTES
from pipelines.store import DEFAULT_MEMORY_LIMIT, DuckDBSettings


_TRUE = {"1", "true", "yes"}
_FALSE = {"0", "false", "no", ""}


def _require(holds: bool, message: str) -> None:
    if not holds:
        raise ValueError(message)


class ReportsFolder(dg.ConfigurableResource):
    """The folder the scraped reports are dropped into (``REPORTS_DIR``), read recursively."""

    path: str = Field(description="Folder of raw reports; every file below it is a report.")
    max_file_bytes: int = Field(default=DEFAULT_MAX_FILE_BYTES, description="Larger files are rejected unread.")
    reports_per_batch: int = Field(default=BATCH_SIZE, description="Most reports cleaned and parsed in one step (at least 1).")

    def setup_for_execution(self, context: dg.InitResourceContext) -> None:
        _require(self.reports_per_batch >= 1, f"REPORTS_PER_BATCH must be at least 1, not {self.reports_per_batch}")

    @property
    def root(self) -> Path:
        return Path(self.path)


class TextSettings(dg.ConfigurableResource):
    """How report text is cleaned."""

    target_script: str = Field(
        default="simplified",
        description=f"Script text_clean is converted to (with OpenCC): one of {', '.join(TARGET_SCRIPTS)}.",
    )

    def setup_for_execution(self, context: dg.InitResourceContext) -> None:
        _require(
            self.target_script in TARGET_SCRIPTS,
            f"TARGET_SCRIPT must be one of {', '.join(TARGET_SCRIPTS)}, not {self.target_script!r}",
        )


class Warehouse(dg.ConfigurableResource):
    """The DuckDB file analysts open (``WAREHOUSE_PATH``) and the limits of the DuckDB steps."""

    path: str = Field(description="The published warehouse file.")
    memory_limit: str = Field(default=DEFAULT_MEMORY_LIMIT, description="DuckDB memory_limit for a step.")
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
    allow_major_release: str = Field(
        default="false",
        description=(
            "true: publish a release whose schema breaks the previous one (a column removed, renamed or retyped). "
            f"ALLOW_MAJOR_RELEASE takes one of {', '.join(sorted(_TRUE | _FALSE))}."
        ),
    )
    keep_releases: int | None = Field(
        default=None,
        description="Keep this many newest releases (at least 1) and remove older ones after publishing; every release is kept when unset.",
    )
    release_text: str = Field(
        default="none",
        description=(
            "none: releases leave out the articles' texts (reports.text_original, text_clean), which belong to their "
            "publishers; full: they carry them, for a deployment whose sources allow it."
        ),
    )

    def setup_for_execution(self, context: dg.InitResourceContext) -> None:
        _require(
            self.allow_major_release.lower() in _TRUE | _FALSE,
            f"ALLOW_MAJOR_RELEASE must be one of {', '.join(sorted(_TRUE | _FALSE))}, not {self.allow_major_release!r}",
        )
        _require(
            self.release_text in RELEASE_TEXT_CHOICES,
            f"RELEASE_TEXT must be one of {', '.join(RELEASE_TEXT_CHOICES)}, not {self.release_text!r}",
        )
        _require(
            self.keep_releases is None or self.keep_releases >= 1,
            f"KEEP_RELEASES must be at least 1 (or unset to keep every release), not {self.keep_releases}",
        )

    @property
    def full_texts(self) -> bool:
        return self.release_text == "full"

    @property
    def major_release_allowed(self) -> bool:
        return self.allow_major_release.lower() in _TRUE

    @property
    def root(self) -> Path:
        return Path(self.path)
