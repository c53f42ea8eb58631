"""Versions and what points at them: drift between schemas, the next version, ``latest`` and ``LATEST``,
the warehouse last found to hold the latest release, and the pruning of old releases."""
from __future__ import annotations

import json
import os
import re
import shutil
import uuid
from pathlib import Path

from pipelines.schema import Table

STAGING_PREFIX, LINK_PREFIX, POINTER_PREFIX = ".staging-", ".latest-", ".LATEST-"
"""What a run writes in EXTRACTS_DIR before renaming it into place: the release, ``latest`` and ``LATEST``."""


REMOVAL_PREFIX = ".removed-"
"""A release being deleted, out of ``releases/`` already."""


RELEASE_VERSION = re.compile(r"\d+\.\d+\.\d+")


CHECKED = "CHECKED"
"""The latest release's version and the fingerprint of the last warehouse found to hold its data where its
manifest records another (rebuilt from scratch, parsed again with the same rows): the next run on that
warehouse stages nothing either."""


def holds_the_latest_release(extracts_dir: Path, previous: dict | None, fingerprint: str) -> bool:
    if previous is None:
        return False
    if previous.get("warehouse_fingerprint") == fingerprint:
        return True
    try:
        checked = json.loads((extracts_dir / CHECKED).read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return False
    return checked == {"version": previous["version"], "warehouse_fingerprint": fingerprint}


def write_checked(extracts_dir: Path, version: str, fingerprint: str) -> None:
    partial = extracts_dir / f"{POINTER_PREFIX}{CHECKED}-{uuid.uuid4().hex}"
    partial.write_text(json.dumps({"version": version, "warehouse_fingerprint": fingerprint}), encoding="utf-8")
    os.replace(partial, extracts_dir / CHECKED)


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
