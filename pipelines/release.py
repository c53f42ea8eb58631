"""Versioned, validated open-data releases of the warehouse, for the portal.

A release is an immutable folder ``EXTRACTS_DIR/releases/<version>/``: one Parquet
and one CSV file per table, ``datapackage.json`` (Frictionless Data Package v2),
``manifest.json``, ``SHA256SUMS`` and a data dictionary (``README.md``). It is
built in a staging folder on the same filesystem and renamed into place; only
then do the ``latest`` symlink and the ``LATEST`` file switch, each atomically.
A run that crashes at any point leaves ``latest`` on the previous complete release.

The schema of every file comes from the warehouse's own catalog, that is from the
DDL and ``COMMENT ON`` text in ``sql/schema/``: one source for the database's
dictionary, the Table Schemas and the release's README.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import shutil
import uuid
from concurrent.futures import Executor, ThreadPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path

import duckdb
import frictionless
import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq

from pipelines.leftovers import remove_abandoned
from pipelines.schema import Column, Table, read_catalog
from pipelines.sql import read_sql
from pipelines.store import TABLES, Finding

CSV_LIST_DELIMITER = ";"
FORMULA_PREFIXES = r"^[=+\-@\t\r]"
FIELD_TYPES = {
    "VARCHAR": "string",
    "BIGINT": "integer",
    "INTEGER": "integer",
    "BOOLEAN": "boolean",
    "DATE": "date",
    "TIMESTAMP WITH TIME ZONE": "datetime",
    "VARCHAR[]": "list",
}
MEDIA_TYPES = {"csv": "text/csv", "parquet": "application/vnd.apache.parquet"}
STAGING_PREFIX, LINK_PREFIX, POINTER_PREFIX = ".staging-", ".latest-", ".LATEST-"
"""What a run writes in EXTRACTS_DIR before renaming it into place: the release, ``latest`` and ``LATEST``."""
REMOVAL_PREFIX = ".removed-"
"""A release being deleted, out of ``releases/`` already."""
RELEASE_VERSION = re.compile(r"\d+\.\d+\.\d+")


@dataclass(frozen=True)
class ReleaseInfo:
    """What the portal shows about the data set; settings of the publish step."""

    name: str = "meeting-reports"
    title_zh: str = "会议报道数据集"
    title_en: str = "Chinese meeting reports"
    description_zh: str = "从抓取的会议新闻中解析出的会议、与会人员和工作举措。"
    description_en: str = "Meetings, attendees and initiatives parsed from scraped Chinese news reports about meetings."
    license_name: str = "CC-BY-4.0"
    license_title: str = "Creative Commons Attribution 4.0 International"
    license_path: str = "https://creativecommons.org/licenses/by/4.0/"
    source_title: str = "Scraped news reports about meetings (REPORTS_DIR)"


@dataclass(frozen=True)
class Gate:
    name: str
    description: str


GATES = (
    Gate("no_unannounced_breaking_change", "A column removed or retyped is published only on purpose (ALLOW_MAJOR_RELEASE=1)."),
    Gate("files_hold_the_warehouse_rows", "Every Parquet and CSV file reads back to exactly the warehouse's rows, with its schema's types."),
    Gate("valid_data_package", "datapackage.json and a sample of every CSV file pass Frictionless validation."),
)
"""The checks a staged release passes before ``latest`` points at it."""


class ReleaseBlocked(RuntimeError):
    """A gate refused the release; nothing was published. ``findings`` holds what each gate found."""

    def __init__(self, message: str, findings: list[Finding] | None = None) -> None:
        super().__init__(message)
        self.findings = findings or []


@dataclass(frozen=True)
class Release:
    version: str
    folder: Path
    level: str
    """``major``, ``minor`` or ``first``."""
    changes: list[str]
    rows: dict[str, int]
    formula_cells: dict[str, dict[str, int]]
    findings: list[Finding]
    """What each gate found, every one passed."""


def extract(con: duckdb.DuckDBPyConnection, table: Table) -> pa.Table:
    """Every column of a table, ordered by its key, so the same data gives the same file."""
    return con.sql(read_sql("release/extract"), params={"table": table.name, "key": table.primary_key}).to_arrow_table()


CHECKED = "CHECKED"
"""The latest release's version and the fingerprint of the last warehouse found to hold its data where its
manifest records another (rebuilt from scratch, parsed again with the same rows): the next run on that
warehouse stages nothing either."""


def _holds_the_latest_release(extracts_dir: Path, previous: dict | None, fingerprint: str) -> bool:
    if previous is None:
        return False
    if previous.get("warehouse_fingerprint") == fingerprint:
        return True
    try:
        checked = json.loads((extracts_dir / CHECKED).read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return False
    return checked == {"version": previous["version"], "warehouse_fingerprint": fingerprint}


def _write_checked(extracts_dir: Path, version: str, fingerprint: str) -> None:
    partial = extracts_dir / f"{POINTER_PREFIX}{CHECKED}-{uuid.uuid4().hex}"
    partial.write_text(json.dumps({"version": version, "warehouse_fingerprint": fingerprint}), encoding="utf-8")
    os.replace(partial, extracts_dir / CHECKED)


def warehouse_fingerprint(con: duckdb.DuckDBPyConnection, catalog: dict[str, Table]) -> str:
    """A hash of what the warehouse's rows are made of (its reports, their parser, the rejected files)
    and of its schema: cheap to read, where the release's own content digest means writing every file."""
    [(rows,)] = con.execute(read_sql("release/warehouse_fingerprint")).fetchall()
    schema = json.dumps(schema_signature(catalog), sort_keys=True)
    return hashlib.sha256(f"{rows}|{schema}".encode()).hexdigest()


def schema_signature(catalog: dict[str, Table]) -> dict[str, dict[str, str]]:
    """Table → column → type: what the drift gate compares between releases."""
    return {name: {c.name: c.data_type for c in table.columns} for name, table in catalog.items()}


def classify_drift(previous: dict[str, dict[str, str]] | None, current: dict[str, dict[str, str]]) -> tuple[str, list[str]]:
    """``first``, ``minor`` (new rows, new columns or tables) or ``major`` (a column or table removed,
    renamed or retyped), with the changes named."""
    if previous is None:
        return "first", []
    breaking, additive = [], []
    for table, columns in previous.items():
        if table not in current:
            breaking.append(f"table {table} removed")
            continue
        for column, data_type in columns.items():
            if column not in current[table]:
                breaking.append(f"column {table}.{column} removed or renamed")
            elif current[table][column] != data_type:
                breaking.append(f"column {table}.{column} retyped from {data_type} to {current[table][column]}")
    for table, columns in current.items():
        for column in columns:
            if column not in previous.get(table, {}):
                additive.append(f"column {table}.{column} added")
    return ("major", breaking) if breaking else ("minor", additive)


def _version_numbers(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def next_version(previous: str | None, level: str) -> str:
    if previous is None:
        return "1.0.0"
    major, minor, _ = _version_numbers(previous)
    return f"{major + 1}.0.0" if level == "major" else f"{major}.{minor + 1}.0"


def latest_manifest(extracts_dir: Path) -> dict | None:
    pointer = extracts_dir / "LATEST"
    if not pointer.exists():
        return None
    version = pointer.read_text(encoding="utf-8").strip()
    return json.loads((extracts_dir / "releases" / version / "manifest.json").read_text(encoding="utf-8"))


def publish_release(
    con: duckdb.DuckDBPyConnection,
    extracts_dir: Path,
    info: ReleaseInfo,
    allow_major: bool = False,
    now: dt.datetime | None = None,
) -> Release | None:
    """Stage, check and publish a release of the warehouse behind ``con``; None when the data did not change.

    Raises :class:`ReleaseBlocked` when a gate fails (validation, row counts, or a
    breaking schema change without ``allow_major``); nothing is published then.
    """
    now = now or dt.datetime.now(dt.UTC)
    catalog = read_catalog(con)
    previous = latest_manifest(extracts_dir)
    extracts_dir.mkdir(parents=True, exist_ok=True)
    for prefix in (STAGING_PREFIX, LINK_PREFIX, POINTER_PREFIX, REMOVAL_PREFIX):
        remove_abandoned(extracts_dir, prefix + "*")
    fingerprint = warehouse_fingerprint(con, catalog)
    if _holds_the_latest_release(extracts_dir, previous, fingerprint):
        return None  # the latest release holds this very warehouse's data: nothing to stage
    staging = extracts_dir / f"{STAGING_PREFIX}{uuid.uuid4().hex}"
    staging.mkdir()
    try:
        frames = {table: extract(con, catalog[table]) for table in TABLES}
        polars_frames = {table: pl.from_arrow(frame) for table, frame in frames.items()}
        # The files' writers, readers and digests run in native code that lets go of the
        # GIL, so the tables are written and read back side by side, one thread per core.
        with ThreadPoolExecutor(max_workers=os.cpu_count()) as pool:
            digests = dict(zip(
                (f"{table}.csv" for table in TABLES),
                pool.map(lambda table: _write_csv(polars_frames[table], staging / f"{table}.csv"), TABLES),
            ))
            content = _content_digest(digests, schema_signature(catalog))
            if previous is not None and previous["content_sha256"] == content:
                _write_checked(extracts_dir, previous["version"], fingerprint)
                return None
            level, changes = classify_drift(previous and previous["schema"], schema_signature(catalog))
            drift = Finding("no_unannounced_breaking_change", "release", level != "major" or allow_major, {"level": level, "changes": changes})
            if not drift.passed:
                raise ReleaseBlocked(
                    "breaking schema change, not published automatically: " + "; ".join(changes)
                    + ". Publish it on purpose with ALLOW_MAJOR_RELEASE=1.",
                    [drift],
                )
            version = next_version(previous and previous["version"], level)
            metadata = {"licence": info.license_name, "version": version, "source": info.source_title, "name": info.name}
            digests |= zip(
                (f"{table}.parquet" for table in TABLES),
                pool.map(lambda table: _write_parquet(frames[table].replace_schema_metadata(metadata), staging / f"{table}.parquet"), TABLES),
            )
            rows = {table: frames[table].num_rows for table in TABLES}
            formula_cells = {table: _formula_cells(polars_frames[table]) for table in TABLES}
            files = _describe_files(staging, catalog, rows, digests)
            package = _datapackage(info, version, now, catalog, files)
            (staging / "datapackage.json").write_text(json.dumps(package, ensure_ascii=False, indent=2), encoding="utf-8")
            findings = [drift, *_check_gates(con, staging, catalog, polars_frames, pool)]
            if not all(finding.passed for finding in findings):
                problems = [problem for finding in findings for problem in finding.metadata.get("problems", [])]
                raise ReleaseBlocked("validation failed: " + " | ".join(problems[:10]), findings)
        manifest = {
            "name": info.name,
            "version": version,
            "created": now.isoformat(),
            "level": level,
            "changes": changes,
            "content_sha256": content,
            "warehouse_fingerprint": fingerprint,
            "schema": schema_signature(catalog),
            "files": files,
            "formula_cells": formula_cells,
        }
        (staging / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
        (staging / "README.md").write_text(
            _dictionary(info, manifest, catalog, previous), encoding="utf-8"
        )
        _write_checksums(staging, digests)
        final = extracts_dir / "releases" / version
        final.parent.mkdir(exist_ok=True)
        if final.exists():
            _adopt_unannounced(final, content)
        else:
            os.rename(staging, final)
        switch_latest(extracts_dir, version)
        return Release(version, final, level, changes, rows, formula_cells, findings)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _adopt_unannounced(final: Path, content: str) -> None:
    """A run that crashed after renaming its release into place but before switching ``latest``
    left a complete release nobody points at: the same data is announced as it is, other data is refused."""
    existing = json.loads((final / "manifest.json").read_text(encoding="utf-8"))
    if existing["content_sha256"] != content:
        raise ReleaseBlocked(f"{final} exists with other data and was never announced; move it aside and run again")


def switch_latest(extracts_dir: Path, version: str) -> None:
    """Point ``latest`` and ``LATEST`` at a published release, each with one atomic rename."""
    link = extracts_dir / f"{LINK_PREFIX}{uuid.uuid4().hex}"
    link.symlink_to(Path("releases") / version)
    os.replace(link, extracts_dir / "latest")
    pointer = extracts_dir / f"{POINTER_PREFIX}{uuid.uuid4().hex}"
    pointer.write_text(version + "\n", encoding="utf-8")
    os.replace(pointer, extracts_dir / "LATEST")


def prune_releases(extracts_dir: Path, keep: int) -> list[str]:
    """Remove all but the ``keep`` newest releases, never the one ``LATEST`` names; return the versions removed.

    Each goes at once: its folder is renamed out of ``releases/`` before its files are deleted,
    so the portal finds a release whole or not at all.
    """
    current = (extracts_dir / "LATEST").read_text(encoding="utf-8").strip()
    published = sorted(
        (folder for folder in (extracts_dir / "releases").iterdir() if RELEASE_VERSION.fullmatch(folder.name)),
        key=lambda folder: _version_numbers(folder.name),
        reverse=True,
    )
    removed = []
    for folder in published[keep:]:
        if folder.name == current:
            continue
        doomed = extracts_dir / f"{REMOVAL_PREFIX}{folder.name}-{uuid.uuid4().hex}"
        try:
            os.rename(folder, doomed)
        except FileNotFoundError:
            continue  # an overlapping run removed it
        shutil.rmtree(doomed)
        removed.append(folder.name)
    return removed


def _longest_line(values: pl.DataFrame) -> int:
    """Bytes the longest CSV line can take (every quote doubled, and room for the other fields); at least DuckDB's default."""
    text_bytes = sum(values[name].str.len_bytes().max() or 0 for name, dtype in values.schema.items() if dtype == pl.String)
    return max(2_000_000, 2 * text_bytes + 64 * values.width)


def _csv_values(frame: pl.DataFrame) -> pl.DataFrame:
    """The values as the CSV file holds them: lists joined with ';', times in UTC."""
    return frame.with_columns(
        *(pl.col(name).list.join(CSV_LIST_DELIMITER) for name, dtype in frame.schema.items() if isinstance(dtype, pl.List)),
        *(pl.col(name).dt.convert_time_zone("UTC") for name, dtype in frame.schema.items() if isinstance(dtype, pl.Datetime)),
    )


def _write_csv(frame: pl.DataFrame, path: Path) -> str:
    """Write the CSV file and return its SHA-256: UTF-8 with BOM (Excel on Chinese Windows reads it
    right), RFC 4180 quoting, a header row.

    NULL is an empty field; an empty string is written "" (Parquet keeps the two
    apart; most CSV readers read both as empty). Lists are joined with ';'.
    Times are UTC in ISO 8601.
    """
    values = _csv_values(frame)
    converted = values.with_columns(
        pl.col(name).dt.strftime("%Y-%m-%dT%H:%M:%S%.6fZ") for name, dtype in values.schema.items() if isinstance(dtype, pl.Datetime)
    )
    converted.write_csv(path, include_bom=True, quote_style="necessary", null_value="", line_terminator="\r\n")
    return _sha256(path)


def _write_parquet(frame: pa.Table, path: Path) -> str:
    """Write the Parquet file (zstd, format 1.0 for old readers) and return its SHA-256."""
    pq.write_table(frame, path, compression="zstd", version="1.0", data_page_version="1.0")
    return _sha256(path)


def _content_digest(digests: dict[str, str], schema: dict) -> str:
    """The release's data as one digest: the schema and every table's CSV file."""
    digest = hashlib.sha256(json.dumps(schema, sort_keys=True).encode())
    for table in sorted(TABLES):
        digest.update(table.encode() + b"\0" + digests[f"{table}.csv"].encode())
    return digest.hexdigest()


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _formula_cells(frame: pl.DataFrame) -> dict[str, int]:
    """Cells a spreadsheet could run as a formula (=, +, -, @, tab, CR first), per text column. Reported, not altered."""
    counts = {
        name: int(frame[name].str.contains(FORMULA_PREFIXES).sum() or 0)
        for name, dtype in frame.schema.items()
        if dtype == pl.String
    }
    return {name: count for name, count in counts.items() if count}


def _describe_files(folder: Path, catalog: dict[str, Table], rows: dict[str, int], digests: dict[str, str]) -> dict[str, dict]:
    return {
        f"{table}.{extension}": {
            "table": table,
            "format": extension,
            "rows": rows[table],
            "bytes": (folder / f"{table}.{extension}").stat().st_size,
            "sha256": digests[f"{table}.{extension}"],
            "schema": [{"name": c.name, "type": c.data_type, "nullable": c.nullable} for c in catalog[table].columns],
        }
        for table in TABLES
        for extension in ("parquet", "csv")
    }


def _field(column: Column, extension: str) -> dict:
    field_ = {"name": column.name, "title": column.title, "description": f"{column.title} / {column.description}"}
    kind = FIELD_TYPES[column.data_type]
    if kind != "list":
        field_["type"] = kind
    elif extension == "csv":
        field_.update(type="list", itemType="string", delimiter=CSV_LIST_DELIMITER)
    else:
        field_.update(type="array", description=field_["description"] + " (list of strings)")
    constraints: dict = {}
    # In CSV an empty list is an empty field, the same as a missing value.
    if not column.nullable and not (kind == "list" and extension == "csv"):
        constraints["required"] = True
    if column.allowed:
        constraints["enum"] = list(column.allowed)
    if constraints:
        field_["constraints"] = constraints
    return field_


def _datapackage(info: ReleaseInfo, version: str, now: dt.datetime, catalog: dict[str, Table], files: dict[str, dict]) -> dict:
    resources = []
    for name, described in files.items():
        table, extension = catalog[described["table"]], described["format"]
        schema = {
            "fields": [_field(c, extension) for c in table.columns],
            "primaryKey": table.primary_key,
            "foreignKeys": [
                {"fields": columns, "reference": {"resource": f"{referenced}-{extension}", "fields": referenced_columns}}
                for columns, referenced, referenced_columns in table.foreign_keys
            ],
            "missingValues": [""] if extension == "csv" else [],
        }
        resource = {
            "name": f"{table.name}-{extension}",
            "title": f"{table.title} / {table.name} ({extension})",
            "description": f"{table.title} / {table.description}",
            # Frictionless reads Parquet past its byte and hash counters; as a "file" resource the
            # file is streamed and both are checked. Its Table Schema is checked by the release gate.
            "type": "table" if extension == "csv" else "file",
            "path": name,
            "format": extension,
            "mediatype": MEDIA_TYPES[extension],
            "bytes": described["bytes"],
            "hash": f"sha256:{described['sha256']}",
            "schema": schema,
        }
        if extension == "csv":
            resource["encoding"] = "utf-8"
            resource["dialect"] = {"delimiter": ",", "lineTerminator": "\r\n", "quoteChar": '"', "header": True}
        resources.append(resource)
    return {
        "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
        "name": info.name,
        "title": f"{info.title_zh} / {info.title_en}",
        "description": f"{info.description_zh}\n\n{info.description_en}",
        "version": version,
        "created": now.isoformat(),
        "licenses": [{"name": info.license_name, "title": info.license_title, "path": info.license_path}],
        "sources": [{"title": info.source_title}],
        "resources": resources,
    }


def _check_gates(
    con: duckdb.DuckDBPyConnection, staging: Path, catalog: dict[str, Table], frames: dict[str, pl.DataFrame], pool: Executor
) -> list[Finding]:
    """What the staged files hold against the warehouse, and whether the package is valid.

    Each Parquet file is read back and compared with the warehouse; each CSV file is
    read back by DuckDB with its schema's types (every cell must parse) and compared
    too. Since the warehouse enforces its keys, equal files hold no duplicate key and
    no dangling reference. Frictionless checks the Data Package itself and the first
    ``RELEASE_SAMPLE_ROWS`` rows of every CSV against its Table Schema; a full
    Frictionless pass (ten times the whole run's publishing time) is left to the tests.
    """
    warehouse_rows = {table: con.table(table).shape[0] for table in TABLES}
    rows = {table: frames[table].height for table in TABLES}
    # Frictionless is Python, the read-backs native: they overlap. Each thread reads through a cursor of its own.
    package_errors = pool.submit(_package_errors, staging)
    cursors = {table: con.cursor() for table in TABLES}
    read_backs = [pool.submit(_read_back_mismatches, cursors[table], staging, catalog[table], frames[table]) for table in TABLES]
    try:
        invalid = package_errors.result()
        mismatches = [problem for read_back in read_backs for problem in read_back.result()]
    finally:
        wait(read_backs)  # when one failed, the others are still reading through their cursors
        for cursor in cursors.values():
            cursor.close()
    if rows != warehouse_rows:
        mismatches.insert(0, f"row counts differ from the warehouse: files {rows}, warehouse {warehouse_rows}")
    return [
        Finding("files_hold_the_warehouse_rows", "release", not mismatches, {"rows": rows, "problems": mismatches}),
        Finding("valid_data_package", "release", not invalid, {"problems": invalid}),
    ]


RELEASE_SAMPLE_ROWS = 1_000
"""Rows of each CSV file Frictionless validates before a release; the read-back covers every row."""


def _package_errors(staging: Path) -> list[str]:
    descriptor = json.loads((staging / "datapackage.json").read_text(encoding="utf-8"))
    for resource in descriptor["resources"]:
        # Frictionless would read every referenced file whole to check these; the read-back covers them.
        resource["schema"].pop("foreignKeys", None)
    report = frictionless.Package(descriptor, basepath=str(staging)).validate(limit_rows=RELEASE_SAMPLE_ROWS)
    errors = [error.message for error in report.errors]
    return errors + [f"{task.name}: {error.message}" for task in report.tasks for error in task.errors]


def _read_back_mismatches(con: duckdb.DuckDBPyConnection, staging: Path, table: Table, frame: pl.DataFrame) -> list[str]:
    problems = []
    if not pl.read_parquet(staging / f"{table.name}.parquet").equals(frame):
        problems.append(f"{table.name}.parquet does not hold the warehouse's rows")
    csv_types = {c.name: "VARCHAR" if FIELD_TYPES[c.data_type] == "list" else c.data_type for c in table.columns}
    expected = _csv_values(frame)
    try:
        read_back = con.sql(
            read_sql("release/read_csv"),
            params={"path": str(staging / f"{table.name}.csv"), "columns": csv_types, "max_line_size": _longest_line(expected)},
        ).pl()
    except duckdb.Error as error:
        return [*problems, f"{table.name}.csv does not read back with its schema's types: {error}"]
    read_back = read_back.with_columns(pl.col(name).dt.convert_time_zone("UTC") for name, dtype in read_back.schema.items() if isinstance(dtype, pl.Datetime))
    if read_back.schema != expected.schema or not read_back.equals(expected):
        problems.append(f"{table.name}.csv does not hold the warehouse's rows")
    return problems


def _write_checksums(folder: Path, digests: dict[str, str]) -> None:
    """SHA256SUMS for every file in the folder; ``digests`` holds those already computed."""
    lines = [f"{digests.get(path.name) or _sha256(path)}  {path.name}\n" for path in sorted(folder.iterdir()) if path.is_file()]
    (folder / "SHA256SUMS").write_text("".join(lines), encoding="utf-8")


def _dictionary(info: ReleaseInfo, manifest: dict, catalog: dict[str, Table], previous: dict | None) -> str:
    """数据说明: the release's README, generated from the same catalog as datapackage.json."""
    lines = [
        f"# {info.title_zh} / {info.title_en} — {manifest['version']}",
        "",
        info.description_zh,
        "",
        info.description_en,
        "",
        f"- 版本 / version: {manifest['version']} ({manifest['level']})",
        f"- 发布时间 / created: {manifest['created']}",
        f"- 许可 / licence: {info.license_title} ({info.license_name}, {info.license_path})",
        f"- 来源 / source: {info.source_title}",
        "",
        "## 发布说明 / Release notes",
        "",
    ]
    previous_rows = {f["table"]: f["rows"] for f in (previous or {}).get("files", {}).values()}
    for table in TABLES:
        rows = manifest["files"][f"{table}.csv"]["rows"]
        change = f" ({rows - previous_rows[table]:+d})" if table in previous_rows else ""
        lines.append(f"- {table}: {rows} 行 / rows{change}")
    lines += [f"- {change}" for change in manifest["changes"]]
    lines += ["", "可能被电子表格当作公式的单元格（以 = + - @ 制表符 回车 开头；数据未改动） / "
              "Cells a spreadsheet could take for a formula (data not altered):", ""]
    formula = [f"- {table}.{column}: {count}" for table, columns in manifest["formula_cells"].items() for column, count in columns.items()]
    lines += formula or ["- 无 / none"]
    lines += [
        "",
        "## 文件 / Files",
        "",
        "Each table comes as Parquet (zstd) and as CSV (UTF-8 with BOM, RFC 4180, header row). In CSV, NULL is",
        'an empty field and an empty string is `""`; lists are joined with `;`; times are UTC, ISO 8601.',
        "`SHA256SUMS` checks every file: `sha256sum -c SHA256SUMS`.",
        "",
        "| file | rows | bytes | sha256 |",
        "| --- | --- | --- | --- |",
    ]
    lines += [f"| {name} | {f['rows']} | {f['bytes']} | `{f['sha256'][:16]}…` |" for name, f in manifest["files"].items()]
    lines += ["", "## 数据字典 / Data dictionary", ""]
    for table in catalog.values():
        lines += [f"### {table.name} — {table.title}", "", table.description, ""]
        if table.primary_key:
            lines.append(f"主键 / primary key: {', '.join(table.primary_key)}")
        for columns, referenced, referenced_columns in table.foreign_keys:
            lines.append(f"外键 / foreign key: {', '.join(columns)} → {referenced}({', '.join(referenced_columns)})")
        lines += ["", "| 列 / column | 类型 / type | 可空 / nullable | 说明 | description |", "| --- | --- | --- | --- | --- |"]
        lines += [
            f"| {c.name} | {c.data_type} | {'yes' if c.nullable else 'no'} | {c.title} | {c.description}{_values(c)} |"
            for c in table.columns
        ]
        lines.append("")
    return "\n".join(lines)


def _values(column: Column) -> str:
    return f" (one of: {', '.join(column.allowed)})" if column.allowed else ""
