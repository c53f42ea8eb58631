"""The stages as plain functions over Polars frames: files → raw → clean → parsed rows.

The Dagster assets call these and add nothing but wiring and metadata, so each
stage can be run and tested without Dagster.
"""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import os
from pathlib import Path

import polars as pl

from pipelines.parsing import parser_version
from pipelines.parsing.cleaning import clean_text
from pipelines.parsing.decoding import RejectedReport, decode_report
from pipelines.parsing.model import ROLES, Meeting
from pipelines.parsing.report import find_published_date
from pipelines.parsing.target_script import parse_many_in_script, simplified_same_length
from pipelines.schema import report_tables
from pipelines.sidecars import COLUMNS as SIDECAR_COLUMNS, NO_SIDECAR, UNREADABLE_SIDECAR, SourceMetadata, read_sidecar
from pipelines.sources import FoundReport, ReadFile, UnreadableFile, find_reports, read_report_file
from pipelines.store import empty_frame, table_schema

RAW_SCHEMA = pl.Schema(
    {
        "report_id": pl.String,
        "source_name": pl.String,
        "sha256": pl.String,
        "size_bytes": pl.Int64,
        "status": pl.String,
        "encoding": pl.String,
        "text_file": pl.String,
        "file_signature": pl.String,
    }
)
"""One row per usable file. ``status`` is new, changed or unchanged. The decoded texts of new and changed
reports are not in the frame: ``text_file`` names the Parquet file that holds each (:func:`with_texts`)."""

TEXTS_PER_FILE = 1_000
"""Decoded texts ingest writes to one Parquet file: the most it holds at once, whatever the folder's size."""


def content_id(*parts: object) -> str:
    """A stable id from the values that identify a row: the same input always gives the same id."""
    return hashlib.sha256("\x1f".join(str(part) for part in parts).encode()).hexdigest()[:20]


def ingest_files(
    root: Path,
    max_bytes: int,
    inventory: pl.DataFrame,
    target_script: str,
    seen_at: dt.datetime,
    texts_folder: Path,
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Read and decode every file under ``root``; return (raw reports, rejected files).

    A file is parsed again only when its bytes, the parser version or the target
    script differ from what the published warehouse (``inventory``) holds; it is not
    even read when its signature (size, times, inode) is the one recorded there.
    The texts to parse go to Parquet files in ``texts_folder`` as they are decoded.
    """
    if not root.is_dir():
        raise NotADirectoryError(f"REPORTS_DIR {root} is not a folder: nothing was read and the warehouse is left as it is")
    # Tuples, not a row dict per report: at 200,000 reports the dicts alone would take a few hundred MB.
    known = dict(zip(inventory["source_name"], inventory.select(_INVENTORY_FIELDS).iter_rows()))
    current = (parser_version(), target_script)
    texts = _TextFiles(texts_folder)
    raw_rows, rejected_rows = [], []
    for found in find_reports(root):
        if isinstance(found, UnreadableFile):
            rejected_rows.append(_rejection(found.source_name, found.reason, found.detail, found.size_bytes, seen_at))
            continue
        signature = found.signature()
        previous = known.get(found.file.source_name)
        parsed_as_now = previous is not None and previous[:2] == current
        if parsed_as_now and signature is not None and signature == previous[-1]:
            report_id, sha256, size_bytes = previous[2:5]
            raw_rows.append((report_id, found.file.source_name, sha256, size_bytes, "unchanged", None, None, signature))
            continue
        read = read_report_file(root, found.file, max_bytes)
        if not isinstance(read, ReadFile):
            rejected_rows.append(_rejection(read.source_name, read.reason, read.detail, read.size_bytes, seen_at))
            continue
        source = _source_metadata(root, found, max_bytes)
        report_id = content_id(read.source_name, read.sha256)
        if parsed_as_now and previous[2] == report_id and previous[5] == source.sha256:
            raw_rows.append(_raw_row(read, report_id, "unchanged", None, None, signature))
            continue
        try:
            decoded = decode_report(read.data)
        except RejectedReport as rejected:
            rejected_rows.append(_rejection(read.source_name, rejected.reason, rejected.detail, len(read.data), seen_at))
            continue
        status = "changed" if previous else "new"
        raw_rows.append(_raw_row(read, report_id, status, decoded.encoding, texts.add(report_id, decoded.text, source), signature))
    texts.close()
    return pl.DataFrame(raw_rows, schema=RAW_SCHEMA, orient="row"), _frame("rejected_files", rejected_rows)


_INVENTORY_FIELDS = ("parser_version", "target_script", "report_id", "sha256", "size_bytes", "sidecar_sha256", "file_signature")


def _source_metadata(root: Path, found: FoundReport, max_bytes: int) -> SourceMetadata:
    if found.sidecar is None:
        return NO_SIDECAR
    read = read_report_file(root, found.sidecar, max_bytes)
    return read_sidecar(read.data) if isinstance(read, ReadFile) else UNREADABLE_SIDECAR


@functools.cache
def decoded_schema() -> pl.Schema:
    """A decoded report as ingest hands it to parsing: its text, and what its sidecar said (``reports``'
    columns of the same names, the day it was published and the sidecar's problems)."""
    reports = table_schema("reports")
    return pl.Schema(
        {
            "report_id": pl.String,
            "text_original": pl.String,
            **{name: reports[name] for name in SIDECAR_COLUMNS},
            "published_on": pl.Date,
            "sidecar_problems": pl.List(pl.String),
        }
    )


class _TextFiles:
    """Decoded reports written out as they come, :data:`TEXTS_PER_FILE` to a Parquet file."""

    def __init__(self, folder: Path) -> None:
        self.folder, self.files, self.pending = folder, 0, []

    def add(self, report_id: str, text: str, source: SourceMetadata) -> str:
        """Take a decoded report; return the file it will be in."""
        path = str(self.folder / f"texts-{self.files:05d}.parquet")
        self.pending.append((report_id, text, *source.columns(), source.published_on, list(source.problems)))
        if len(self.pending) == TEXTS_PER_FILE:
            self.close()
        return path

    def close(self) -> None:
        if not self.pending:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        frame = pl.DataFrame(self.pending, schema=decoded_schema(), orient="row")
        frame.write_parquet(self.folder / f"texts-{self.files:05d}.parquet")
        self.files, self.pending = self.files + 1, []


def with_texts(raw: pl.DataFrame) -> pl.DataFrame:
    """The new and changed reports of ``raw`` with their decoded texts and sidecars (:func:`decoded_schema`), read
    from the files ingest wrote them to: only the files these reports are in."""
    todo = raw.filter(pl.col("status") != "unchanged")
    files = todo["text_file"].unique(maintain_order=True).to_list()
    decoded = pl.scan_parquet(files) if files else pl.LazyFrame(schema=decoded_schema())
    texts = decoded.filter(pl.col("report_id").is_in(todo["report_id"].implode())).collect()
    return todo.join(texts, on="report_id", how="left", maintain_order="left")


def reports_unchanged(raw: pl.DataFrame, inventory: pl.DataFrame) -> bool:
    """Whether no report is new, changed (bytes, parser version or target script) or gone since ``inventory``,
    and every file's signature is the one recorded there (else the next run would read it again)."""
    if raw.height != inventory.height or raw.filter(pl.col("status") != "unchanged").height:
        return False
    recorded = raw.join(inventory.select("source_name", recorded="file_signature"), on="source_name", how="left")
    return recorded.filter(pl.col("file_signature").ne_missing(pl.col("recorded"))).height == 0


def same_rejections(rejected: pl.DataFrame, known_rejections: pl.DataFrame) -> bool:
    """Whether the same files are rejected for the same reasons as the warehouse records."""
    return set(rejected.select("source_name", "reason").iter_rows()) == set(known_rejections.select("source_name", "reason").iter_rows())


def _raw_row(read: ReadFile, report_id: str, status: str, encoding: str | None, text_file: str | None, signature: str | None) -> tuple:
    return (report_id, read.source_name, read.sha256, len(read.data), status, encoding, text_file, signature)


def _rejection(source_name: str, reason: str, detail: str, size_bytes: int | None, seen_at: dt.datetime) -> dict:
    return {"source_name": source_name, "reason": reason, "detail": detail, "size_bytes": size_bytes, "seen_at": seen_at}


BATCH_SIZE = 5_000
"""Most reports one parsing step takes on by default (REPORTS_PER_BATCH).

A step costs about 0.65 s of a core besides its work: Dagster forks it, opens the instance, captures its logs and
records its events (0.35 s), and the parser fills what it keeps for a batch. At 20,000 reports, batches of 2,000
(9 s of parsing each) paid that 6.5 of the run's 100 core-seconds, batches of 5,000 pay 2.6 (benchmarks/RESULTS.md)."""

SPLIT_SIZE = 2_000
"""Reports a batch holds at least when a run's reports are spread over the cores: fewer do not repay a process of
their own (the fork server takes 2.5 s to start), so at most this many are parsed as one batch in one process."""


def batch_size_for(reports: int, most: int = BATCH_SIZE, cores: int | None = None) -> int:
    """Reports per batch for a run with ``reports`` to parse: a core's even share of them, at least
    :data:`SPLIT_SIZE` and at most ``most``, so that the cores finish together (8,000 reports on two cores: two
    batches of 4,000, not 5,000 and 3,000) and a large run pays for as few steps as it can."""
    share = -(-reports // (cores or os.cpu_count() or 1))
    return min(most, max(SPLIT_SIZE, share))


def batches_to_parse(raw: pl.DataFrame, most: int = BATCH_SIZE, cores: int | None = None) -> list[pl.DataFrame]:
    """The new and changed reports in batches of at most :func:`batch_size_for` them, a folder under REPORTS_DIR
    kept together.

    Scrapers drop reports in batch folders. A batch takes whole folders while they fit (reports at the top
    of REPORTS_DIR count as one more folder; a folder larger than a batch is cut into batches of its own),
    so a full run of 20,000 reports in folders of 1,000 on two cores parses five per step, and a small change
    spread over many folders is one step, not one per folder.
    """
    todo = raw.filter(pl.col("status") != "unchanged")
    batch_size = batch_size_for(todo.height, most, cores)
    folder = pl.col("source_name").str.extract(r"^([^/]+)/", 1).fill_null("")
    chunks = []
    for _, reports in todo.with_columns(folder.alias("folder")).group_by("folder", maintain_order=True):
        reports = reports.drop("folder")
        chunks.extend(reports.slice(offset, batch_size) for offset in range(0, reports.height, batch_size))
    batches: list[list[pl.DataFrame]] = []
    for chunk in chunks:
        if batches and sum(part.height for part in batches[-1]) + chunk.height <= batch_size:
            batches[-1].append(chunk)
        else:
            batches.append([chunk])
    return [pl.concat(parts) for parts in batches]


def clean_and_parse(raw: pl.DataFrame, target_script: str, ingested_at: dt.datetime) -> dict[str, pl.DataFrame]:
    """Warehouse rows of the tables parsed from reports (:func:`report_tables`) for one batch of raw reports."""
    reports = clean_reports(with_texts(raw), target_script, ingested_at)
    return {"reports": reports, **parse_reports(reports)}


def write_parsed(tables: dict[str, pl.DataFrame], folder: Path) -> dict[str, str]:
    """One batch's rows written to ``folder`` as a Parquet file per table; the files' paths by table."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for table, frame in tables.items():
        path = folder / f"{table}.parquet"
        frame.write_parquet(path)
        paths[table] = str(path)
    return paths


def combine_batches(parts: list[dict[str, str]]) -> dict[str, list[str]]:
    """The batches' files, table by table, in batch order: DuckDB reads them, nothing concatenates them."""
    return {table: [part[table] for part in parts] for table in report_tables()}


def clean_reports(raw: pl.DataFrame, target_script: str, ingested_at: dt.datetime) -> pl.DataFrame:
    """Warehouse ``reports`` rows for the raw reports that need parsing, with their texts (:func:`with_texts`)."""
    rows = []
    for row in raw.filter(pl.col("status") != "unchanged").iter_rows(named=True):
        cleaned = clean_text(row["text_original"], target_script)
        damage_count = cleaned.damage_count + len(row["sidecar_problems"])
        rows.append(
            {
                "report_id": row["report_id"],
                "source_name": row["source_name"],
                "sha256": row["sha256"],
                "size_bytes": row["size_bytes"],
                "encoding": row["encoding"],
                "script": cleaned.script,
                "target_script": target_script,
                "text_original": row["text_original"],
                **{name: row[name] for name in SIDECAR_COLUMNS},
                "text_clean": cleaned.text,
                "pinyin_annotations_removed": cleaned.pinyin_annotations_removed,
                "damage_count": damage_count,
                "damage_flags": sorted((*cleaned.damage_flags, *row["sidecar_problems"])),
                "is_damaged": damage_count > 0,
                "published_date": row["published_on"] or find_published_date(simplified_same_length(cleaned.text)),
                "ingested_at": ingested_at,
                "parser_version": parser_version(),
            }
        )
    return _frame("reports", rows)


def parse_reports(reports: pl.DataFrame) -> dict[str, pl.DataFrame]:
    """Warehouse ``meetings``, ``attendees`` and ``initiatives`` rows for clean reports."""
    meetings, attendees, initiatives = [], [], []
    for (target_script,), same_script in reports.group_by("target_script", maintain_order=True):
        rows = same_script.select("report_id", "text_clean", "published_date").rows()
        parsed = parse_many_in_script([(text, published) for _, text, published in rows], target_script)
        for (report_id, text, _), report_meetings in zip(rows, parsed):
            for meeting in report_meetings:
                meeting_row, attendee_rows, initiative_rows = _meeting_rows(report_id, text, meeting)
                meetings.append(meeting_row)
                attendees.extend(attendee_rows)
                initiatives.extend(initiative_rows)
    return {
        "meetings": _frame("meetings", meetings),
        "attendees": _strongest_role_per_person(_frame("attendees", attendees)),
        "initiatives": _frame("initiatives", initiatives).unique("initiative_id", keep="first", maintain_order=True),
    }


EVIDENCE_CHARACTERS = 200
"""The longest quotation a row carries: a short quotation is the extracted data's to publish, the article is not."""


def quotation(text: str, start: int, end: int) -> str:
    """The text of an evidence span, cut to :data:`EVIDENCE_CHARACTERS` with … where it is longer."""
    quoted = text[start:end]
    return quoted if len(quoted) <= EVIDENCE_CHARACTERS else quoted[: EVIDENCE_CHARACTERS - 1] + "…"


def _meeting_rows(report_id: str, text: str, meeting: Meeting) -> tuple[dict, list[dict], list[dict]]:
    meeting_id = content_id(report_id, meeting.seq)
    meeting_row = {
        "meeting_id": meeting_id,
        "report_id": report_id,
        "seq": meeting.seq,
        "organizer": meeting.organizer,
        "meeting_name": meeting.meeting_name,
        "date_text": meeting.date_text,
        "meeting_date": meeting.meeting_date,
        "location": meeting.location,
        "chair": meeting.chair,
        "subject": meeting.subject,
        "span_start": meeting.span_start,
        "span_end": meeting.span_end,
        "evidence": quotation(text, meeting.span_start, meeting.span_end),
    }
    attendees = [
        {
            "attendee_id": content_id(meeting_id, person.name or "", person.group_name or ""),
            "meeting_id": meeting_id,
            "report_id": report_id,
            "person_name": person.name,
            "group_name": person.group_name,
            "title": person.title,
            "organization": person.organization,
            "role": person.role,
            "span_start": person.span_start,
            "span_end": person.span_end,
            "evidence": quotation(text, person.span_start, person.span_end),
        }
        for person in meeting.people
        if person.name or person.group_name
    ]
    initiatives = [
        {
            "initiative_id": content_id(meeting_id, initiative.name),
            "meeting_id": meeting_id,
            "report_id": report_id,
            "name": initiative.name,
            "full_name": initiative.full_name,
            "category": initiative.category,
            "span_start": initiative.span_start,
            "span_end": initiative.span_end,
            "evidence": quotation(text, initiative.span_start, initiative.span_end),
        }
        for initiative in meeting.initiatives
        if initiative.name
    ]
    return meeting_row, attendees, initiatives


def _frame(table: str, rows: list[dict]) -> pl.DataFrame:
    return pl.DataFrame(rows, schema=table_schema(table)) if rows else empty_frame(table)


def _strongest_role_per_person(attendees: pl.DataFrame) -> pl.DataFrame:
    """One row per person per meeting, keeping the strongest role (chair > speaker > attendee > referenced)."""
    rank = pl.col("role").replace_strict({role: rank for rank, role in enumerate(ROLES)}, return_dtype=pl.Int8)
    return (
        attendees.with_row_index("_order")
        .sort(rank, "_order")
        .unique("attendee_id", keep="first")
        .sort("_order")
        .drop("_order")
    )
