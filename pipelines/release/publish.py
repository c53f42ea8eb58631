"""Stage, check and publish: a release is built in a staging folder, passes its gates, is renamed into
place, and only then do ``latest`` and ``LATEST`` switch."""
from __future__ import annotations

import datetime as dt
import itertools
import json
import os
import shutil
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import duckdb

from pipelines.leftovers import remove_abandoned
from pipelines.release.description import ReleaseInfo, datapackage, describe_files, dictionary
from pipelines.release.files import content_digest, released_rows, text_profile, warehouse_fingerprint, write_checksums, write_csv, write_parquet, write_sorted_parts
from pipelines.release.gates import ReleaseBlocked, check_gates
from pipelines.release.page import read_activity, release_page
from pipelines.release.versions import (
    LINK_PREFIX,
    POINTER_PREFIX,
    REMOVAL_PREFIX,
    STAGING_PREFIX,
    classify_drift,
    holds_the_latest_release,
    latest_manifest,
    next_version,
    schema_signature,
    switch_latest,
    write_checked,
)
from pipelines.release.contents import released_catalog
from pipelines.store import Finding, content_fingerprint

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


def publish_release(
    con: duckdb.DuckDBPyConnection,
    extracts_dir: Path,
    info: ReleaseInfo,
    allow_major: bool = False,
    now: dt.datetime | None = None,
    full_texts: bool = False,
    content: str | None = None,
) -> Release | None:
    """Stage, check and publish a release of the warehouse behind ``con`` (which it sets to one DuckDB thread per
    query), with the articles' texts only when ``full_texts``; None when the data did not change. ``content`` is
    the warehouse's content fingerprint where the caller has read it already.

    Raises :class:`ReleaseBlocked` when a gate fails (validation, row counts, or a
    breaking schema change without ``allow_major``); nothing is published then.
    """
    now = now or dt.datetime.now(dt.UTC)
    catalog = released_catalog(con, full_texts)
    resources = list(catalog)
    previous = latest_manifest(extracts_dir)
    extracts_dir.mkdir(parents=True, exist_ok=True)
    for prefix in (STAGING_PREFIX, LINK_PREFIX, POINTER_PREFIX, REMOVAL_PREFIX):
        remove_abandoned(extracts_dir, prefix + "*")
    fingerprint = warehouse_fingerprint(content or content_fingerprint(con), catalog)
    if holds_the_latest_release(extracts_dir, previous, fingerprint):
        return None  # the latest release holds this very warehouse's data: nothing to stage
    staging = extracts_dir / f"{STAGING_PREFIX}{uuid.uuid4().hex}"
    staging.mkdir()
    # DuckDB writes and reads the files, streaming; each table's go through a cursor of its own, so they overlap.
    # One DuckDB thread per query then keeps the cores busy (a query per core), and holds one copy of what a query
    # keeps per thread (a row group being written, a view's aggregate states): with two, people_directory's
    # DISTINCT counts ran out of 512 MB at 200,000 reports.
    con.execute("SET threads = 1")
    cursors = {table: con.cursor() for table in resources}
    try:
        with ThreadPoolExecutor(max_workers=os.cpu_count()) as pool:
            parts = dict(zip(resources, pool.map(lambda table: write_sorted_parts(cursors[table], catalog[table], staging), resources)))
            digests = dict(zip(
                (f"{table}.csv" for table in resources),
                pool.map(lambda table: write_csv(cursors[table], catalog[table], parts[table], staging / f"{table}.csv"), resources),
            ))
            signature = schema_signature(catalog)
            content = content_digest(digests, signature)
            if previous is not None and previous["content_sha256"] == content:
                write_checked(extracts_dir, previous["version"], fingerprint)
                return None
            level, changes = classify_drift(previous and previous["schema"], signature)
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
                (f"{table}.parquet" for table in resources),
                pool.map(lambda table: write_parquet(cursors[table], parts[table], staging / f"{table}.parquet", metadata), resources),
            )
            rows = {table: released_rows(con, catalog[table], parts[table]).shape[0] for table in resources}
            profiles = dict(zip(resources, pool.map(
                lambda table: text_profile(cursors[table], catalog[table], released_rows(cursors[table], catalog[table], parts[table])), resources
            )))
            formulas = {table: formulas for table, (_, formulas) in profiles.items()}
            files = describe_files(staging, catalog, rows, digests)
            package = datapackage(info, version, now, catalog, files, "full" if full_texts else "none")
            (staging / "datapackage.json").write_text(json.dumps(package, ensure_ascii=False, indent=2), encoding="utf-8")
            longest_text = {table: longest for table, (longest, _) in profiles.items()}
            findings = [drift, *check_gates(con, staging, catalog, parts, rows, longest_text, pool)]
            for part in itertools.chain.from_iterable(parts.values()):
                part.unlink()
            if not all(finding.passed for finding in findings):
                problems = [problem for finding in findings for problem in finding.metadata.get("problems", [])]
                raise ReleaseBlocked("validation failed: " + " | ".join(problems[:10]), findings)
        manifest = {
            "name": info.name,
            "version": version,
            "created": now.isoformat(),
            "level": level,
            "changes": changes,
            "article_texts": "full" if full_texts else "none",
            "content_sha256": content,
            "warehouse_fingerprint": fingerprint,
            "schema": signature,
            "files": files,
            "formula_cells": formulas,
        }
        (staging / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
        (staging / "README.md").write_text(dictionary(info, manifest, catalog, previous), encoding="utf-8")
        (staging / "index.html").write_text(release_page(info, manifest, catalog, previous, read_activity(con)), encoding="utf-8")
        write_checksums(staging, digests)
        final = extracts_dir / "releases" / version
        final.parent.mkdir(exist_ok=True)
        if final.exists():
            _adopt_unannounced(final, content)
        else:
            os.rename(staging, final)
        switch_latest(extracts_dir, version)
        return Release(version, final, level, changes, rows, formulas, findings)
    finally:
        for cursor in cursors.values():
            cursor.close()
        shutil.rmtree(staging, ignore_errors=True)


def _adopt_unannounced(final: Path, content: str) -> None:
    """A run that crashed after renaming its release into place but before switching ``latest``
    left a complete release nobody points at: the same data is announced as it is, other data is refused."""
    existing = json.loads((final / "manifest.json").read_text(encoding="utf-8"))
    if existing["content_sha256"] != content:
        raise ReleaseBlocked(f"{final} exists with other data and was never announced; move it aside and run again")
