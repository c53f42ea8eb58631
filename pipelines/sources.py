"""The reports folder: which files are there, and reading them safely.

Plain functions, no Dagster: the ingest asset and the folder sensor both use them.
"""
from __future__ import annotations

import hashlib
import itertools
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pipelines.sidecars import SIDECAR_SUFFIX

DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class FoundFile:
    source_name: str
    """Path relative to the reports folder, with forward slashes."""
    path: str
    """Where it is: a string, since a folder walk makes one per file and most are only looked at with lstat."""
    is_link: bool
    """A symbolic link: it is resolved and checked to lie inside the reports folder before it is read."""


@dataclass(frozen=True)
class FoundReport:
    file: FoundFile
    sidecar: FoundFile | None
    """``<name>.json`` beside ``<name>.<suffix>``: what the scraper knew of the article (pipelines/sidecars.py)."""

    def signature(self) -> str | None:
        """The report's :func:`file_signature`, and its sidecar's when it has one; None when either is None."""
        report = file_signature(self.file.path)
        if self.sidecar is None or report is None:
            return report
        sidecar = file_signature(self.sidecar.path)
        return None if sidecar is None else f"{report}+{sidecar}"


@dataclass(frozen=True)
class ReadFile:
    source_name: str
    data: bytes
    sha256: str


@dataclass(frozen=True)
class UnreadableFile:
    source_name: str
    reason: str
    detail: str
    size_bytes: int | None


def find_report_files(root: Path) -> Iterator[FoundFile]:
    """Every file below ``root``, recursively, in a stable order (a folder's files, then its
    folders, by name); hidden files and folders skipped; unreadable folders skipped.

    A link to a folder is not followed but found like a file, so that it gets a
    rejection saying where it points instead of vanishing.
    """
    pending = [(str(root), "")]
    while pending:
        directory, prefix = pending.pop()
        try:
            with os.scandir(directory) as listing:
                entries = sorted((entry for entry in listing if not entry.name.startswith(".")), key=lambda entry: entry.name)
        except OSError:
            continue
        folders = []
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                folders.append(entry)
            else:
                yield FoundFile(display_name(prefix + entry.name), entry.path, entry.is_symlink())
        pending.extend((entry.path, f"{prefix}{entry.name}/") for entry in reversed(folders))


def find_reports(root: Path) -> Iterator[FoundReport | UnreadableFile]:
    """The reports below ``root`` (:func:`find_report_files`), each with its sidecar when one lies beside it.

    A ``.json`` file is a sidecar when a file of the same name with another suffix lies in its folder;
    one with no such file is an :class:`UnreadableFile`, since it describes a report that is not there.
    """
    for _, files in itertools.groupby(find_report_files(root), key=lambda found: found.source_name.rpartition("/")[0]):
        reports, sidecars = [], {}
        for found in files:
            stem, suffix = os.path.splitext(found.source_name)
            if suffix.lower() == SIDECAR_SUFFIX:
                sidecars[stem] = found
            else:
                reports.append((stem, found))
        described = set()
        for stem, found in reports:
            sidecar = sidecars.get(stem)
            described.add(stem)
            yield FoundReport(found, sidecar)
        for stem, sidecar in sidecars.items():
            if stem not in described:
                yield UnreadableFile(
                    sidecar.source_name,
                    "sidecar without a report",
                    f"a sidecar describes the report of the same name, and no {os.path.basename(stem)}.* lies beside it",
                    None,
                )


def display_name(name: str) -> str:
    """``name`` as text that can be stored: bytes of a name that are not UTF-8 written as ``\\xc4``.

    The operating system hands such names over with lone surrogates, which no
    UTF-8 column (nor a hash of the name) accepts.
    """
    return os.fsencode(name).decode("utf-8", errors="backslashreplace")


def read_report_file(root: Path, found: FoundFile, max_bytes: int) -> ReadFile | UnreadableFile:
    """Read one file's bytes, refusing what lies outside ``root`` or exceeds ``max_bytes``.

    Only the resolved path is opened, without following a link in its last part
    (a link swapped in after the check is refused, not followed) and without
    blocking on a pipe. A file whose size or modification time changes while it
    is read is read again; one that keeps changing is refused for this run.
    """
    if found.is_link:
        try:
            resolved = Path(found.path).resolve(strict=True)
        except (OSError, RuntimeError) as err:
            return UnreadableFile(found.source_name, "unreadable", f"cannot resolve the path: {err}", None)
        if not resolved.is_relative_to(root.resolve()):
            return UnreadableFile(found.source_name, "outside REPORTS_DIR", f"a link to {resolved}, which lies outside the reports folder", None)
    else:
        # find_report_files does not follow links into folders, so a path that is not a link lies in root.
        resolved = Path(found.path)
    try:
        if not resolved.is_file():
            return UnreadableFile(found.source_name, "not a file", f"{resolved} is not a regular file (a linked folder is not followed)", None)
        for _ in range(_READ_ATTEMPTS):
            outcome = _read_once(found.source_name, resolved, max_bytes)
            if outcome is not None:
                return outcome
    except OSError as err:
        return UnreadableFile(found.source_name, "unreadable", str(err), None)
    return UnreadableFile(
        found.source_name,
        "changed while read",
        f"the file changed each of the {_READ_ATTEMPTS} times it was read; it is read again on the next run",
        None,
    )


_READ_ATTEMPTS = 3
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def _read_once(source_name: str, resolved: Path, max_bytes: int) -> ReadFile | UnreadableFile | None:
    """One read of the file; None when it changed while it was read."""
    descriptor = os.open(resolved, _OPEN_FLAGS)
    with os.fdopen(descriptor, "rb") as handle:
        before = os.fstat(handle.fileno())
        if not stat.S_ISREG(before.st_mode):
            return UnreadableFile(source_name, "not a file", f"{resolved} is not a regular file", None)
        size = before.st_size
        if size > max_bytes:
            return _too_large(source_name, size, max_bytes, f"{size} bytes")
        # One byte more than the size shows a file that grew while it was read.
        data = handle.read(size + 1)
        after = os.fstat(handle.fileno())
    if (after.st_size, after.st_mtime_ns) != (before.st_size, before.st_mtime_ns) or len(data) != size:
        if max(len(data), after.st_size) > max_bytes:
            return _too_large(source_name, max(len(data), after.st_size), max_bytes, "the file grew while it was read")
        return None
    return ReadFile(source_name, data, hashlib.sha256(data).hexdigest())


def _too_large(source_name: str, size: int, max_bytes: int, detail: str) -> UnreadableFile:
    return UnreadableFile(source_name, f"too large: {_megabytes(size)} > {_megabytes(max_bytes)}", detail, size)


def file_signature(path: str | Path) -> str | None:
    """The size, modification time, status-change time and inode of a regular file; None for a
    link or anything else, which is always read.

    Writing the file, renaming another over it, or copying it in with its old
    modification time kept (cp -p, rsync -a) each change it; taken before the file
    is read, so a write during the read shows on the next run.
    """
    try:
        info = os.lstat(path)
    except OSError:
        return None
    if not stat.S_ISREG(info.st_mode):
        return None
    return f"{info.st_size}:{info.st_mtime_ns}:{info.st_ctime_ns}:{info.st_ino}"


@dataclass(frozen=True)
class FolderScan:
    fingerprint: str
    """A digest of every file's name, size and modification time: it changes when a file is added, changed or removed."""
    touched: int
    """Files whose inode changed since the time given to :func:`scan_folder` (all of them when none was):
    written, renamed or copied in, even by a tool that sets an old modification time."""


def scan_folder(root: Path, since_ns: int | None = None) -> FolderScan:
    """What the folder holds now, from the files' metadata alone (no file is read)."""
    digest, touched = hashlib.sha256(), 0
    for found in find_report_files(root):
        try:
            info = os.stat(found.path)
        except OSError:
            continue
        digest.update(f"{found.source_name}\0{info.st_size}\0{info.st_mtime_ns}\n".encode())
        touched += since_ns is None or info.st_ctime_ns >= since_ns
    return FolderScan(digest.hexdigest(), touched)


def _megabytes(size: int) -> str:
    """A size as people write it: 62 MB, 5 MB, 1.5 MB, 800 KB."""
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    megabytes = size / (1024 * 1024)
    return f"{megabytes:.0f} MB" if megabytes >= 10 or megabytes.is_integer() else f"{megabytes:.1f} MB"
