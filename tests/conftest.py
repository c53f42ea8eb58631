"""Shared fixtures: the committed sample reports and, where present, ../shared's dev corpus."""
import datetime as dt
import os
import shutil
import sys
from pathlib import Path

import dagster as dg
import duckdb
import polars as pl
import pytest

from pipelines.resources import ExtractsFolder, ReportsFolder, TextSettings, Warehouse

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "data" / "raw"
SAMPLE_REPORT = SAMPLES / "000_19a5b66be92d0105.txt"
DEV_CORPUS = REPO.parent / "shared" / "corpus" / "dev"


@pytest.fixture
def dev_corpus() -> Path:
    if not (DEV_CORPUS / "raw").is_dir():
        pytest.skip("../shared/corpus/dev is not beside this checkout")
    return DEV_CORPUS


class PipelineRunner:
    """Runs the whole job in process on a temporary reports folder, warehouse and extracts folder."""

    def __init__(self, root: Path) -> None:
        self.reports = root / "raw"
        self.warehouse = root / "warehouse" / "warehouse.duckdb"
        self.extracts = root / "extracts"
        self.reports.mkdir()
        # One instance for all of this runner's runs, as DAGSTER_HOME keeps one: a run can see what earlier runs did.
        self.instance = dg.DagsterInstance.ephemeral()
        self.keep_releases: int | None = None
        self.automation_cursor = None

    def add(self, source: Path, name: str | None = None) -> Path:
        target = self.reports / (name or source.name)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        return target

    def resources(self, **text_settings) -> dict:
        return {
            "reports_folder": ReportsFolder(path=str(self.reports)),
            "text_settings": TextSettings(**text_settings),
            "warehouse": Warehouse(path=str(self.warehouse), memory_limit="512MB", threads=1),
            "extracts_folder": ExtractsFolder(path=str(self.extracts), keep_releases=self.keep_releases),
        }

    def cli_environment(self, home: Path) -> dict[str, str]:
        """Environment for the Dagster CLI on this runner's folders, with the project's instance config in ``home``."""
        home.mkdir()
        (home / "dagster.yaml").write_text((REPO / "dagster.yaml").read_text())
        return {
            **os.environ,
            "DAGSTER_HOME": str(home),
            "REPORTS_DIR": str(self.reports),
            "WAREHOUSE_PATH": str(self.warehouse),
            "EXTRACTS_DIR": str(self.extracts),
        }

    def automation_tick(self, when: dt.datetime | None = None) -> int:
        """One tick of the release's automation, as the daemon runs it: the runs it asks for are run. Returns how many."""
        from pipelines.asset_keys import RELEASE_KEY
        from pipelines.definitions import build_definitions

        defs = build_definitions(self.resources())
        result = dg.evaluate_automation_conditions(defs=defs, instance=self.instance, cursor=self.automation_cursor, evaluation_time=when)
        self.automation_cursor = result.cursor
        if result.total_requested:
            assert result.get_requested_partitions(RELEASE_KEY) == {None}
            job = defs.resolve_implicit_global_asset_job_def()
            assert job.execute_in_process(instance=self.instance, asset_selection=[RELEASE_KEY]).success
        return result.total_requested

    def run(self, **text_settings):
        from pipelines.definitions import build_definitions

        job = build_definitions(self.resources(**text_settings)).resolve_job_def("process_reports")
        result = job.execute_in_process(raise_on_error=True, instance=self.instance)
        assert result.success
        failed = [e.check_name for e in result.get_asset_check_evaluations() if not e.passed]
        assert failed == [], f"checks failed: {failed}"
        return result


@pytest.fixture
def pipeline(tmp_path: Path) -> PipelineRunner:
    return PipelineRunner(tmp_path)


DAGSTER_CLI = str(Path(sys.executable).parent / "dagster")
MATERIALIZE_ALL = [DAGSTER_CLI, "asset", "materialize", "-m", "pipelines.definitions", "--select", "*"]
"""How schedulers and scripts outside the project's folder run every asset."""
DG_LAUNCH = [str(Path(sys.executable).parent / "dg"), "launch", "--job", "process_reports"]
"""How ``make run`` runs every asset (from the project's folder, where ``dg`` reads ``[tool.dg]``)."""


def comparable(warehouse: Path) -> dict[str, pl.DataFrame]:
    """Every table, without the load timestamps that differ between runs."""
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return {
            table: con.table(table).pl().drop("ingested_at", "seen_at", strict=False).sort(pl.all().exclude(pl.List))
            for table in ("reports", "meetings", "attendees", "initiatives", "rejected_files")
        }
