import datetime as dt
import subprocess
import sys

import duckdb
import polars as pl
import pytest

import pipelines.store

from pipelines.frames import combine_batches, write_parsed
from pipelines.schema import VIEWS, report_tables
from pipelines.sql import read_sql
from pipelines.store import (
    FILE_SIGNATURES,
    STORAGE_VERSION,
    TABLES,
    DuckDBSettings,
    WarehouseLocked,
    build_warehouse,
    connect_read_only,
    content_fingerprint,
    empty_frame,
    read_inventory,
    read_published,
    table_schema,
    taken_up,
)

NOW = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def report_row(report_id: str, source_name: str) -> dict:
    return {
        "report_id": report_id, "source_name": source_name, "sha256": "0" * 64, "size_bytes": 10,
        "encoding": "utf-8", "script": "simplified", "target_script": "simplified", "text_original": "会议",
        "text_clean": "会议", "pinyin_annotations_removed": 0, "damage_count": 0, "damage_flags": [],
        "is_damaged": False, "published_date": None, "ingested_at": NOW, "parser_version": "test",
    }


def meeting_row(meeting_id: str, report_id: str) -> dict:
    return {
        "meeting_id": meeting_id, "report_id": report_id, "seq": 0, "organizer": "市总工会", "meeting_name": "会议",
        "date_text": None, "meeting_date": None, "location": None, "chair": None, "subject": None,
        "span_start": 0, "span_end": 2, "evidence": "会议",
    }


def rows(reports: list[dict], meetings: list[dict]) -> dict[str, pl.DataFrame]:
    frames = {table: empty_frame(table) for table in TABLES}
    frames["reports"] = pl.DataFrame(reports, schema=table_schema("reports"))
    frames["meetings"] = pl.DataFrame(meetings, schema=table_schema("meetings"))
    frames["file_signatures"] = empty_frame(FILE_SIGNATURES)
    return frames


def test_a_build_keeps_unchanged_reports_and_adds_new_ones(tmp_path):
    target = tmp_path / "w.duckdb"
    build_warehouse(target, DuckDBSettings(), [], rows([report_row("r1", "a.txt")], [meeting_row("m1", "r1")]))
    built = build_warehouse(target, DuckDBSettings(), ["r1"], rows([report_row("r2", "b.txt")], [meeting_row("m2", "r2")]))
    assert built.row_counts["reports"] == 2 and built.row_counts["meetings"] == 2
    assert built.previews["reports"]["source_name"].to_list() == ["a.txt", "b.txt"]
    assert sorted(read_inventory(target, DuckDBSettings())["source_name"]) == ["a.txt", "b.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [f".w.duckdb.pending-{fingerprint_of(target)}", "w.duckdb"]


def fingerprint_of(target) -> str:
    with connect_read_only(target, DuckDBSettings()) as con:
        return content_fingerprint(con)


def pending_marks(target) -> list[str]:
    return sorted(p.name.removeprefix(f".{target.name}.pending-") for p in target.parent.glob(f".{target.name}.pending-*"))


def test_a_published_warehouse_stays_pending_until_the_stages_after_it_take_up_its_content(tmp_path):
    target = tmp_path / "w.duckdb"
    build_warehouse(target, DuckDBSettings(), [], rows([report_row("r1", "a.txt")], [meeting_row("m1", "r1")]))
    first = fingerprint_of(target)
    assert pending_marks(target) == [first] and read_published(target, DuckDBSettings()).pending

    build_warehouse(target, DuckDBSettings(), ["r1"], rows([report_row("r2", "b.txt")], [meeting_row("m2", "r2")]))
    second = fingerprint_of(target)
    assert second != first
    assert pending_marks(target) == [second], "the warehouse it replaced is no longer anyone's to take up"

    taken_up(target, first)  # a release that read the older warehouse, finishing late
    assert read_published(target, DuckDBSettings()).pending
    taken_up(target, second)
    assert pending_marks(target) == [] and not read_published(target, DuckDBSettings()).pending


def test_a_warehouse_rebuilt_with_the_same_rows_has_the_same_content_fingerprint(tmp_path):
    target = tmp_path / "w.duckdb"
    build_warehouse(target, DuckDBSettings(), [], rows([report_row("r1", "a.txt")], [meeting_row("m1", "r1")]))
    first = fingerprint_of(target)
    taken_up(target, first)
    build_warehouse(target, DuckDBSettings(), ["r1"], rows([], []))
    assert fingerprint_of(target) == first
    assert pending_marks(target) == [first]


def test_a_failed_build_leaves_the_published_file_as_it_was(tmp_path):
    target = tmp_path / "w.duckdb"
    build_warehouse(target, DuckDBSettings(), [], rows([report_row("r1", "a.txt")], [meeting_row("m1", "r1")]))
    before = target.read_bytes()
    orphan_meeting = rows([report_row("r2", "b.txt")], [meeting_row("m2", "no-such-report")])
    with pytest.raises(duckdb.ConstraintException):
        build_warehouse(target, DuckDBSettings(), ["r1"], orphan_meeting)
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [f".w.duckdb.pending-{fingerprint_of(target)}", "w.duckdb"]


def test_an_old_reader_keeps_its_snapshot_while_a_build_is_published(tmp_path):
    target = tmp_path / "w.duckdb"
    build_warehouse(target, DuckDBSettings(), [], rows([report_row("r1", "a.txt")], []))
    reader = duckdb.connect(str(target), read_only=True)
    build_warehouse(target, DuckDBSettings(), ["r1"], rows([report_row("r2", "b.txt")], []))
    assert reader.execute("SELECT count(*) FROM reports").fetchone() == (1,)
    reader.close()
    with duckdb.connect(str(target), read_only=True) as fresh:
        assert fresh.execute("SELECT count(*) FROM reports").fetchone() == (2,)


def test_a_warehouse_with_another_schema_is_parsed_again_from_scratch(tmp_path):
    target = tmp_path / "w.duckdb"
    with duckdb.connect(str(target)) as con:
        con.execute("CREATE TABLE reports (report_id VARCHAR, source_name VARCHAR)")
    assert read_inventory(target, DuckDBSettings()).height == 0
    built = build_warehouse(target, DuckDBSettings(), [], rows([report_row("r1", "a.txt")], []))
    assert built.row_counts["reports"] == 1


def test_tables_carry_comments_for_analysts(tmp_path):
    target = tmp_path / "w.duckdb"
    build_warehouse(target, DuckDBSettings(), [], rows([], []))
    with duckdb.connect(str(target), read_only=True) as con:
        missing = con.execute(
            "SELECT table_name, column_name FROM duckdb_columns() WHERE comment IS NULL AND NOT internal"
        ).fetchall()
        tables = con.execute("SELECT count(*) FROM duckdb_tables() WHERE comment LIKE '%/%'").fetchone()[0]
    assert missing == []
    assert tables == len(TABLES) + 1, "the published tables and the file signatures"


def test_a_build_whose_kept_reports_vanished_fails_and_publishes_nothing(tmp_path):
    target = tmp_path / "w.duckdb"
    build_warehouse(target, DuckDBSettings(), [], rows([report_row("r1", "a.txt")], []))
    before = target.read_bytes()
    with pytest.raises(RuntimeError, match="changed while this run was reading"):
        build_warehouse(target, DuckDBSettings(), ["r1", "replaced-by-another-run"], rows([], []))
    assert target.read_bytes() == before


def test_a_read_write_session_on_the_warehouse_is_reported_plainly(tmp_path):
    target = tmp_path / "w.duckdb"
    build_warehouse(target, DuckDBSettings(), [], rows([report_row("r1", "a.txt")], []))
    script = f"import duckdb, time; c = duckdb.connect({str(target)!r}); print('open', flush=True); time.sleep(30)"
    holder = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(WarehouseLocked, match="open it read-only"):
            read_inventory(target, DuckDBSettings())
    finally:
        holder.kill()
        holder.wait()


def test_content_seen_before_keeps_the_time_it_was_first_loaded(tmp_path):
    target = tmp_path / "w.duckdb"
    build_warehouse(target, DuckDBSettings(), [], rows([report_row("r1", "a.txt")], []))
    reparsed = report_row("r1", "a.txt") | {"ingested_at": NOW + dt.timedelta(days=3), "parser_version": "next"}
    build_warehouse(target, DuckDBSettings(), [], rows([reparsed], []))
    with duckdb.connect(str(target), read_only=True) as con:
        assert con.execute("SELECT ingested_at, parser_version FROM reports").fetchall() == [(NOW, "next")]


def test_duckdb_limits_come_from_the_warehouse_resource(tmp_path):
    from pipelines.resources import Warehouse
    from pipelines.store import connect_read_only

    target = tmp_path / "w.duckdb"
    build_warehouse(target, DuckDBSettings(), [], rows([], []))
    warehouse = Warehouse(path=str(target), memory_limit="300MB", threads=1)
    assert warehouse.settings.temp_directory == str(tmp_path / ".duckdb_spill")
    with connect_read_only(warehouse.file, warehouse.settings) as con:
        [(threads, memory, spill)] = con.execute(
            "SELECT current_setting('threads'), current_setting('memory_limit'), current_setting('temp_directory')"
        ).fetchall()
    assert (threads, spill) == (1, str(tmp_path / ".duckdb_spill"))
    assert memory.replace(" ", "") in ("286.1MiB", "300.0MB", "300MB")


def every_row(target) -> dict[str, list[tuple]]:
    with duckdb.connect(str(target), read_only=True) as con:
        relations = [*TABLES, FILE_SIGNATURES, "meeting_people", "organization_activity"]
        return {name: sorted(con.execute(f"SELECT * FROM {name}").fetchall(), key=repr) for name in relations}


def twenty_reports(changed: int, tag: str) -> dict[str, pl.DataFrame]:
    """Reports r0..r19, the first ``changed`` of them under new ids, each with a meeting, a signature and one rejected file."""
    ids = [f"{tag}{n}" if n < changed else f"r{n}" for n in range(20)]
    frames = rows([report_row(i, f"{n}.txt") for n, i in enumerate(ids)], [meeting_row(f"m-{i}", i) for i in ids])
    frames["file_signatures"] = pl.DataFrame(
        {"source_name": [f"{n}.txt" for n in range(20)], "file_signature": [f"{tag}-{n}" for n in range(20)]}
    )
    frames["rejected_files"] = pl.DataFrame(
        [{"source_name": f"{tag}.bin", "reason": "binary", "detail": "not text", "size_bytes": 3, "seen_at": NOW}],
        schema=table_schema("rejected_files"),
    )
    return frames


def only_changed(frames: dict[str, pl.DataFrame], keep: list[str]) -> dict[str, pl.DataFrame]:
    return {
        name: frame.filter(~pl.col("report_id").is_in(keep)) if "report_id" in frame.columns else frame
        for name, frame in frames.items()
    }


def test_a_build_amended_from_the_published_file_holds_what_one_written_anew_holds(tmp_path):
    amended, anew = tmp_path / "amended.duckdb", tmp_path / "anew.duckdb"
    build_warehouse(amended, DuckDBSettings(), [], twenty_reports(0, "r"))
    after = twenty_reports(2, "changed")
    kept = [f"r{n}" for n in range(2, 20)]
    built = build_warehouse(amended, DuckDBSettings(), kept, only_changed(after, kept))
    assert built.amended
    assert built.row_counts["reports"] == 20 and built.row_counts["rejected_files"] == 1

    written = build_warehouse(anew, DuckDBSettings(), [], after)
    assert not written.amended
    assert every_row(amended) == every_row(anew)


@pytest.mark.parametrize(
    "failure, message",
    [(duckdb.OutOfMemoryException, "Out of Memory Error: could not allocate block"), (duckdb.FatalException, "FATAL Error: Out of Memory Error: failed to pin block")],
    ids=["out of memory", "fatal out of memory"],
)
def test_an_amendment_that_runs_out_of_memory_is_given_up_and_the_file_written_anew(tmp_path, monkeypatch, failure, message):
    amended, anew = tmp_path / "amended.duckdb", tmp_path / "anew.duckdb"
    build_warehouse(amended, DuckDBSettings(), [], twenty_reports(0, "r"))
    after = twenty_reports(2, "changed")
    kept = [f"r{n}" for n in range(2, 20)]
    read = pipelines.store.read_sql

    def deleting_runs_out(name):
        if name == "build/remove_replaced":
            raise failure(message)
        return read(name)

    monkeypatch.setattr(pipelines.store, "read_sql", deleting_runs_out)
    built = build_warehouse(amended, DuckDBSettings(), kept, only_changed(after, kept))
    monkeypatch.undo()
    assert not built.amended and built.row_counts["reports"] == 20
    build_warehouse(anew, DuckDBSettings(), [], after)
    assert every_row(amended) == every_row(anew)
    assert sorted(p.name for p in tmp_path.iterdir() if ".pending-" not in p.name) == ["amended.duckdb", "anew.duckdb"], "no build left"


def test_any_other_failure_of_an_amendment_fails_the_build(tmp_path, monkeypatch):
    target = tmp_path / "w.duckdb"
    build_warehouse(target, DuckDBSettings(), [], twenty_reports(0, "r"))
    before = target.read_bytes()
    read = pipelines.store.read_sql
    monkeypatch.setattr(pipelines.store, "read_sql", lambda name: "SELECT error('broken')" if name == "build/remove_replaced" else read(name))
    kept = [f"r{n}" for n in range(2, 20)]
    with pytest.raises(duckdb.Error, match="broken"):
        build_warehouse(target, DuckDBSettings(), kept, only_changed(twenty_reports(2, "changed"), kept))
    assert target.read_bytes() == before


def test_a_run_that_changes_many_reports_writes_the_file_anew(tmp_path):
    target = tmp_path / "w.duckdb"
    build_warehouse(target, DuckDBSettings(), [], twenty_reports(0, "r"))
    kept = [f"r{n}" for n in range(3, 20)]
    built = build_warehouse(target, DuckDBSettings(), kept, only_changed(twenty_reports(3, "changed"), kept))
    assert not built.amended and built.row_counts["reports"] == 20


def test_a_file_with_much_free_space_is_written_anew(tmp_path, monkeypatch):
    target = tmp_path / "w.duckdb"
    build_warehouse(target, DuckDBSettings(), [], twenty_reports(0, "r"))
    kept = [f"r{n}" for n in range(1, 20)]
    with duckdb.connect(str(target), read_only=True) as con:
        [(total, free)] = con.execute("SELECT total_blocks, free_blocks FROM pragma_database_size()").fetchall()
    monkeypatch.setattr("pipelines.store.REWRITE_WHEN_FREE", free / total)
    assert not build_warehouse(target, DuckDBSettings(), kept, only_changed(twenty_reports(1, "a"), kept)).amended


def storage_version(path) -> str:
    with duckdb.connect() as con:
        con.execute("ATTACH ? AS w (READ_ONLY)", [str(path)])
        return con.execute(read_sql("build/storage_tag"), {"database": "w"}).fetchone()[0]


def test_a_file_in_an_older_storage_format_is_written_anew_in_todays(tmp_path, monkeypatch):
    target = tmp_path / "w.duckdb"
    monkeypatch.setattr("pipelines.store.STORAGE_VERSION", "v1.1.0")
    build_warehouse(target, DuckDBSettings(), [], twenty_reports(0, "r"))
    assert storage_version(target) == "v1.0.0+"  # DuckDB 1.1 wrote the format 1.0 reads
    kept = [f"r{n}" for n in range(1, 20)]
    still_old = build_warehouse(target, DuckDBSettings(), kept, only_changed(twenty_reports(1, "o"), kept))
    assert still_old.amended and storage_version(target) == "v1.0.0+"  # the format asked for, though tagged otherwise
    monkeypatch.undo()
    built = build_warehouse(target, DuckDBSettings(), kept, only_changed(twenty_reports(1, "a"), kept))
    assert not built.amended and built.row_counts["reports"] == 20
    assert storage_version(target) == f"{STORAGE_VERSION}+"
    built = build_warehouse(target, DuckDBSettings(), kept, only_changed(twenty_reports(1, "b"), kept))
    assert built.amended


@pytest.mark.parametrize("change", ["CREATE OR REPLACE VIEW meeting_people AS SELECT 1 AS stale", "CREATE VIEW stale AS SELECT 1"])
def test_a_published_file_with_other_views_gets_todays(tmp_path, change):
    target = tmp_path / "w.duckdb"
    build_warehouse(target, DuckDBSettings(), [], twenty_reports(0, "r"))
    with duckdb.connect(str(target)) as con:
        con.execute(change)
    kept = [f"r{n}" for n in range(1, 20)]
    build_warehouse(target, DuckDBSettings(), kept, only_changed(twenty_reports(1, "a"), kept))
    with duckdb.connect(str(target), read_only=True) as con:
        views = {name for (name,) in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}
        assert views == set(VIEWS)
        assert "person_name" in con.table("meeting_people").columns
        assert con.execute("SELECT comment FROM duckdb_views() WHERE view_name = 'meeting_people'").fetchone()[0]


def test_a_build_from_the_batches_parquet_files_holds_what_one_from_frames_holds(tmp_path):
    frames = twenty_reports(0, "r")
    halves = [{t: f.slice(0, 10) for t, f in frames.items()}, {t: f.slice(10) for t, f in frames.items()}]
    parsed = [write_parsed({t: half[t] for t in report_tables()}, tmp_path / f"batch{n}") for n, half in enumerate(halves)]
    from_files = {**combine_batches(parsed), "rejected_files": frames["rejected_files"], "file_signatures": frames["file_signatures"]}
    build_warehouse(tmp_path / "files.duckdb", DuckDBSettings(), [], from_files)
    build_warehouse(tmp_path / "frames.duckdb", DuckDBSettings(), [], frames)
    assert every_row(tmp_path / "files.duckdb") == every_row(tmp_path / "frames.duckdb")
    assert len(every_row(tmp_path / "files.duckdb")["reports"]) == 20
