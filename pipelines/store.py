"""The DuckDB warehouse file: its schema, what it holds, and building a new one.

A run never writes the file analysts open. It builds a complete new database
beside it, audits it, and renames it into place; a reader keeps the snapshot it
opened, and a failed run or audit leaves the published file as it was. The build is either

- written anew: rows of unchanged reports copied from the published file (attached
  read-only), new rows inserted parents first, so every key is checked; or
- amended, when the run changes few reports: a copy of the published file loses the
  rows of the reports that changed or went and gains the new ones. That writes only
  the row groups those rows touch, where writing anew rewrites every row, text included.
  Amending leaves free blocks in the file; once they are a third of it, the next build
  is written anew, compact.
"""
from __future__ import annotations

import functools
import os
import shutil
import tempfile
import uuid
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

import duckdb
import polars as pl

from pipelines.leftovers import remove_abandoned
from pipelines.schema import create_views, declared_database, table_names
from pipelines.sql import read_sql

TABLES = table_names()
FILE_SIGNATURES = "ingest.file_signatures"
"""The pipeline's own table: the file metadata each report was last read with (not released)."""

NewRows = pl.DataFrame | list[str]
"""A table's rows written by this run: a frame, or the Parquet files the batch steps wrote them to."""


def new_rows_relation(con: duckdb.DuckDBPyConnection, rows: NewRows, table: str) -> duckdb.DuckDBPyRelation:
    """A table's new rows on ``con`` with the DDL's columns; batch files are read by DuckDB, within its
    memory limit, so no frame holds every batch's rows at once."""
    if isinstance(rows, pl.DataFrame):
        source = con.from_arrow(rows.to_arrow())
    elif rows:
        source = con.read_parquet(rows)
    else:
        source = con.from_arrow(empty_frame(table).to_arrow())
    return source.select(*(duckdb.ColumnExpression(name) for name in table_schema(table).names()))


DEFAULT_MEMORY_LIMIT = "512MB"
"""DuckDB's memory_limit for a step unless DUCKDB_MEMORY_LIMIT says otherwise. Sorting the reports table, texts
and all, for a release took as much memory as DuckDB was given (0.8 GB of a 2 GB limit at 20,000 reports, more
with every report); at 512 MB the sort spills to the temp directory and the step stays near 0.5 GB at any size,
as fast at 20,000 reports (benchmarks/RESULTS.md)."""


@dataclass(frozen=True)
class DuckDBSettings:
    memory_limit: str = DEFAULT_MEMORY_LIMIT
    threads: int = 2
    temp_directory: str | None = None

    def config(self) -> dict[str, str | int]:
        config: dict[str, str | int] = {"memory_limit": self.memory_limit, "threads": self.threads}
        if self.temp_directory:
            config["temp_directory"] = self.temp_directory
        return config


def _create_schema(con: duckdb.DuckDBPyConnection) -> None:
    """The tables and views, in the database in use."""
    con.execute(read_sql("schema/tables"))
    create_views(con)


def table_schema(table: str) -> pl.Schema:
    """The Polars schema of a warehouse table, read from its DDL in ``sql/schema/tables.sql``."""
    return declared_database().table(table).limit(0).pl().schema


def empty_frame(table: str) -> pl.DataFrame:
    return pl.DataFrame(schema=table_schema(table))


class WarehouseLocked(RuntimeError):
    """Another process holds the published file open read-write."""


INVENTORY_SCHEMA = {
    **{name: pl.String for name in ("source_name", "sha256", "parser_version", "target_script", "report_id")},
    "size_bytes": pl.Int64,
    "sidecar_sha256": pl.String,
    "file_signature": pl.String,
}
REJECTIONS_SCHEMA = {"source_name": pl.String, "reason": pl.String}


@dataclass(frozen=True)
class Published:
    """What the folder is compared with: whether a published warehouse with today's tables is there, its
    inventory and the files it records as rejected (both empty when there is none)."""

    current: bool
    inventory: pl.DataFrame
    rejections: pl.DataFrame
    pending: bool = False
    """Published and not yet taken up by the stages after the warehouse (a run stopped before them, or they failed)."""


def read_published(path: Path, settings: DuckDBSettings) -> Published:
    """The published warehouse's inventory and rejections, read on one connection.

    Both are empty when there is no warehouse yet or when its tables differ from the current schema, so that
    everything is parsed again.
    """
    nothing = Published(False, pl.DataFrame(schema=INVENTORY_SCHEMA), pl.DataFrame(schema=REJECTIONS_SCHEMA))
    if not path.exists():
        return nothing
    with duckdb.connect(config=settings.config()) as con:
        _attach_read_only(con, path)
        if not _has_current_schema(con, "prev"):
            return nothing
        inventory, rejections = con.sql(read_sql("build/inventory")).pl(), con.sql(read_sql("build/rejections")).pl()
    return Published(True, inventory, rejections, pending=bool(_pending_marks(path)))


def published_parsers(path: Path, settings: DuckDBSettings) -> set[tuple[str, str]]:
    """The (parser version, target script) pairs the published warehouse's reports were read with; empty when
    there is no warehouse or its tables are not today's."""
    if not path.exists():
        return set()
    with duckdb.connect(config=settings.config()) as con:
        _attach_read_only(con, path)
        if not _has_current_schema(con, "prev"):
            return set()
        return set(con.execute(read_sql("build/parsed_with")).fetchall())


def read_inventory(path: Path, settings: DuckDBSettings) -> pl.DataFrame:
    """(source_name, sha256, parser_version, target_script, report_id, size_bytes, sidecar_sha256, file_signature) of the published warehouse."""
    return read_published(path, settings).inventory


def _attach_read_only(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    try:
        con.execute(read_sql("build/attach_previous"), [str(path)])
    except duckdb.IOException as err:
        raise WarehouseLocked(
            f"{path} is held open read-write by another process (an analyst's session?): "
            "open it read-only (duckdb -readonly, duckdb.connect(path, read_only=True)) and run again"
        ) from err


def _has_current_schema(con: duckdb.DuckDBPyConnection, database: str) -> bool:
    for table in (*TABLES, FILE_SIGNATURES):
        try:
            columns = con.table(f"{database}.{table}").limit(0).pl().schema
        except duckdb.CatalogException:
            return False
        if columns != table_schema(table):
            return False
    return True


@dataclass(frozen=True)
class Finding:
    """The outcome of one audit check on one table of a new warehouse file."""

    check: str
    table: str
    passed: bool
    metadata: dict[str, object] = field(default_factory=dict)


Audit = Callable[[duckdb.DuckDBPyConnection, Mapping[str, NewRows]], list[Finding]]
"""Checks a finished build (open read-only) that the run wrote the given frames into."""


class AuditFailed(RuntimeError):
    """A check failed on the new warehouse file: it was removed and the published file left as it was."""

    def __init__(self, findings: list[Finding]) -> None:
        self.findings = findings
        failed = ", ".join(f"{f.check} on {f.table}" for f in findings if not f.passed)
        super().__init__(f"the new warehouse failed its audit ({failed}): the published warehouse was left as it was")


@dataclass(frozen=True)
class BuiltWarehouse:
    path: Path
    """The finished build, beside the published file until it is renamed over it."""
    row_counts: dict[str, int]
    previews: dict[str, pl.DataFrame]
    amended: bool
    """Built by amending a copy of the published file rather than written anew."""
    findings: list[Finding] = field(default_factory=list)
    """What the audit found, every check passed."""


@contextmanager
def building_warehouse(
    target: Path,
    settings: DuckDBSettings,
    kept_report_ids: list[str],
    new_rows: Mapping[str, NewRows],
    audit: Audit | None = None,
) -> Iterator[BuiltWarehouse]:
    """Build a new warehouse beside ``target``, audit it, and rename it over ``target`` when the block ends well.

    The build holds the kept reports of the old warehouse plus ``new_rows`` (a frame or
    the batch steps' Parquet files for every table; ``rejected_files`` lists every file rejected in this run and
    ``file_signatures`` the signature of every report read or skipped). ``audit`` runs on the
    finished build, read-only: a failed check raises :class:`AuditFailed`. Row counts and
    previews are read from the build inside the block, so everything that can fail happens
    before the rename; if anything raises, the build is removed and ``target`` stays as it was.
    """
    built = _build(target, settings, kept_report_ids, new_rows)
    try:
        with connect_read_only(built.path, settings) as con:
            findings = audit(con, new_rows) if audit is not None else []
            fingerprint = content_fingerprint(con)
        if not all(finding.passed for finding in findings):
            raise AuditFailed(findings)
        built = replace(built, findings=findings)
        yield built
        # Marked before the rename, so that no published warehouse is ever without its mark until taken up. A
        # process killed in between leaves a mark for a build never published: it costs the next run one pass
        # through every stage, and the next publish removes it.
        mark = _pending_mark(target, fingerprint)
        already_pending = mark.exists()
        mark.touch()
        try:
            os.replace(built.path, target)
        except BaseException:
            if not already_pending:
                mark.unlink(missing_ok=True)
            raise
        for superseded in _pending_marks(target) - {mark}:
            superseded.unlink(missing_ok=True)
    finally:
        _remove_build_files(built.path)


def content_fingerprint(con: duckdb.DuckDBPyConnection) -> str:
    """A hash of what the warehouse behind ``con`` is made of: equal for two warehouses holding the same rows."""
    [(fingerprint,)] = con.execute(read_sql("build/content_fingerprint")).fetchall()
    return fingerprint


def taken_up(target: Path, fingerprint: str) -> None:
    """The stages after the warehouse have handled a warehouse with this content: its pending mark goes.

    The mark is named by the content, so a newer warehouse published meanwhile keeps its own."""
    _pending_mark(target, fingerprint).unlink(missing_ok=True)


_PENDING_PREFIX = ".{name}.pending-"
"""Beside the published file, one empty file per content fingerprint: a warehouse published and not yet taken
up by the stages after it. Ingest sees it and lets the run go on, so the next run catches up a release that a
run stopped before, whether or not anything is new."""


def _pending_mark(target: Path, fingerprint: str) -> Path:
    return target.with_name(_PENDING_PREFIX.format(name=target.name) + fingerprint)


def _pending_marks(target: Path) -> set[Path]:
    return set(target.parent.glob(_PENDING_PREFIX.format(name=target.name) + "*"))


def build_warehouse(
    target: Path,
    settings: DuckDBSettings,
    kept_report_ids: list[str],
    new_rows: Mapping[str, NewRows],
    audit: Audit | None = None,
) -> BuiltWarehouse:
    """:func:`building_warehouse` for callers with nothing to do between building and publishing."""
    with building_warehouse(target, settings, kept_report_ids, new_rows, audit) as built:
        return built


AMEND_WHEN_KEPT = 0.9
"""A run that keeps at least this share of the published reports amends a copy of the file."""
REWRITE_WHEN_FREE = 1 / 3
"""...unless this share of the file is already free blocks left by earlier amendments."""
STORAGE_VERSION = "v1.4.0"
"""The file's storage format, that of DuckDB 1.4 (README, "Which DuckDB can read it"). Against 1.1's it
compresses long text and stores the key indexes in less space: at 200,000 reports the file is 1.0 GB
instead of 1.9 GB, and amending a copy of it takes about half the time."""


def _build(
    target: Path, settings: DuckDBSettings, kept_report_ids: list[str], new_rows: Mapping[str, NewRows], may_amend: bool = True
) -> BuiltWarehouse:
    """The new warehouse file, amended from a copy of the published one when that is worth it, else written anew.

    Amending deletes rows, and DuckDB holds the tables' key indexes in memory to do it: at 200,000 reports more
    than 1 GB. An amendment that runs out of DuckDB's memory limit is given up and the file written anew, which
    streams and spills within the limit.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_abandoned(target.parent, _BUILD_PREFIX.format(name=target.name) + "*")
    build_path = target.with_name(f"{_BUILD_PREFIX.format(name=target.name)}{uuid.uuid4().hex}")
    con = duckdb.connect(config=settings.config())
    amend = False
    try:
        published = _attach_previous(con, target)
        con.register("kept_reports", pl.DataFrame({"report_id": kept_report_ids}, schema={"report_id": pl.String}))
        [(carried,)] = con.execute(read_sql("build/carried_count")).fetchall()
        if carried != len(kept_report_ids):
            raise _changed_while_reading(target, f"{len(kept_report_ids) - carried} reports it meant to keep are gone")
        amend = may_amend and published is not None and _worth_amending(con, len(kept_report_ids))
        if amend:
            shutil.copyfile(target, build_path)
            if target.stat().st_ino != published:
                raise _changed_while_reading(target, "it was replaced while being copied")
        con.execute(read_sql("build/attach_build"), [str(build_path), STORAGE_VERSION])
        con.execute(read_sql("build/use_build"))
        if amend:
            con.execute(read_sql("build/remove_replaced"))
            create_views(con)
        else:
            _create_schema(con)
        con.execute(read_sql("schema/comments"))
        for table in TABLES:
            con.register(f"new_{table}", new_rows_relation(con, new_rows[table], table))
        con.register("new_file_signatures", new_rows_relation(con, new_rows["file_signatures"], FILE_SIGNATURES))
        con.begin()
        if not amend:
            con.execute(read_sql("build/carry_over"))
        con.execute(read_sql("build/insert_new"))
        con.commit()
        built = BuiltWarehouse(
            build_path,
            {table: con.table(table).shape[0] for table in TABLES},
            {table: table_preview(con, table) for table in TABLES},
            amended=amend,
        )
        con.execute(read_sql("build/detach_all"))
    except BaseException as error:
        con.close()
        _remove_build_files(build_path)
        if not (amend and _out_of_memory(error)):
            raise
    else:
        con.close()
        return built
    # Outside the handler, so the failed attempt's frames and connection are let go before the next one.
    return _build(target, settings, kept_report_ids, new_rows, may_amend=False)


def _out_of_memory(error: BaseException) -> bool:
    """DuckDB ran out of its memory limit: an OutOfMemoryException, or the FatalException it raises when that
    happens where it cannot recover (the connection is then unusable, and a new one is needed)."""
    return isinstance(error, duckdb.OutOfMemoryException) or (
        isinstance(error, duckdb.FatalException) and "Out of Memory" in str(error)
    )


def _changed_while_reading(target: Path, what: str) -> RuntimeError:
    return RuntimeError(f"{target} changed while this run was reading the reports ({what}): nothing was published; run again")


def _worth_amending(con: duckdb.DuckDBPyConnection, kept: int) -> bool:
    """Few reports change, the published file has no free space to speak of, and it has today's storage
    format, keys and views."""
    [(published_reports, total_blocks, free_blocks)] = con.execute(read_sql("build/amendable")).fetchall()
    return (
        kept >= AMEND_WHEN_KEPT * published_reports
        and free_blocks < REWRITE_WHEN_FREE * total_blocks
        and _storage_tag(con, "prev") == _tag_of_storage_version(STORAGE_VERSION)
        and _keys_and_views(con, "prev") == _keys_and_views(declared_database(), "memory")
    )


def _storage_tag(con: duckdb.DuckDBPyConnection, database: str) -> str | None:
    """The storage format DuckDB tags an attached file with: the oldest version that reads it, as "v1.4.0+"."""
    return con.execute(read_sql("build/storage_tag"), {"database": database}).fetchone()[0]


@functools.cache
def _tag_of_storage_version(version: str) -> str:
    """The tag of a file written in ``version``, asked of DuckDB: formats unchanged between versions share
    one ("v1.1.0" is tagged "v1.0.0+")."""
    with tempfile.TemporaryDirectory() as folder, duckdb.connect() as con:
        con.execute(read_sql("build/attach_build"), [str(Path(folder) / "probe.duckdb"), version])
        return _storage_tag(con, "build")


def _keys_and_views(con: duckdb.DuckDBPyConnection, database: str) -> list[tuple[str, str, str]]:
    return con.execute(read_sql("build/keys_and_views"), {"database": database}).fetchall()


_BUILD_PREFIX = ".{name}.build-"


def _remove_build_files(build_path: Path) -> None:
    build_path.unlink(missing_ok=True)
    build_path.with_name(build_path.name + ".wal").unlink(missing_ok=True)


def _attach_previous(con: duckdb.DuckDBPyConnection, target: Path) -> int | None:
    """Attach the published warehouse as ``prev`` and return its inode, or attach an empty one and return None
    when there is none to carry over."""
    if target.exists():
        inode = target.stat().st_ino
        _attach_read_only(con, target)
        if _has_current_schema(con, "prev"):
            return inode
        con.execute(read_sql("build/detach_previous"))
    con.execute(read_sql("build/attach_empty_previous"))
    con.execute(read_sql("schema/tables"))
    return None


def connect_read_only(path: Path, settings: DuckDBSettings) -> duckdb.DuckDBPyConnection:
    return duckdb.connect(str(path), read_only=True, config=settings.config())


def table_preview(con: duckdb.DuckDBPyConnection, table: str, rows: int = 5) -> pl.DataFrame:
    """The first rows of a table, for a preview in the UI."""
    return con.table(table).limit(rows).pl()
