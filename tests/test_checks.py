"""Write, audit, publish: each audit check fails on a build made to break it, and the published
warehouse stays as it was; a sound build passes every check and is published."""
import polars as pl
import pytest

from pipelines import store
from pipelines.audit import CHECKS, audit
from pipelines.store import FILE_SIGNATURES, TABLES, AuditFailed, DuckDBSettings, build_warehouse, empty_frame, table_schema
from tests.test_store import meeting_row, report_row


def attendee_row(attendee_id: str, meeting_id: str, report_id: str) -> dict:
    return {
        "attendee_id": attendee_id, "meeting_id": meeting_id, "report_id": report_id, "person_name": "王明",
        "group_name": None, "title": None, "organization": None, "role": "attendee", "span_start": 0, "span_end": 2, "evidence": "会议",
    }


def frames(reports: list[dict], meetings: list[dict] = (), attendees: list[dict] = ()) -> dict[str, pl.DataFrame]:
    new_rows = {table: empty_frame(table) for table in TABLES}
    new_rows["reports"] = pl.DataFrame(reports, schema=table_schema("reports"))
    new_rows["meetings"] = pl.DataFrame(list(meetings), schema=table_schema("meetings"))
    new_rows["attendees"] = pl.DataFrame(list(attendees), schema=table_schema("attendees"))
    new_rows["file_signatures"] = empty_frame(FILE_SIGNATURES)
    return new_rows


def with_text(report: dict, text: str) -> dict:
    return {**report, "text_clean": text}


SOUND = frames([report_row("r1", "a.txt")], [meeting_row("m1", "r1")], [attendee_row("a1", "m1", "r1")])


def test_every_check_passes_on_a_sound_build_and_it_is_published(tmp_path):
    target = tmp_path / "w.duckdb"
    built = build_warehouse(target, DuckDBSettings(), [], SOUND, audit)
    assert {(f.check, f.table) for f in built.findings} == {(c.name, t) for c in CHECKS for t in c.tables}
    assert all(f.passed for f in built.findings)
    assert target.exists()


BROKEN = {
    "no_pinyin_annotations_left": frames([with_text(report_row("r2", "b.txt"), "市总工会(huì)召开会议")]),
    "no_traditional_characters_left": frames([with_text(report_row("r2", "b.txt"), "市總工會召開會議")]),
    "points_at_existing_meeting": frames(
        [report_row("r2", "b.txt"), report_row("r3", "c.txt")], [meeting_row("m2", "r2")], [attendee_row("a2", "m2", "r3")]
    ),
}


@pytest.mark.parametrize("check", [*BROKEN, "holds_every_parsed_row"])
def test_a_failed_check_leaves_the_published_warehouse_as_it_was(tmp_path, monkeypatch, check):
    target = tmp_path / "w.duckdb"
    build_warehouse(target, DuckDBSettings(), [], SOUND, audit)
    published = (target.read_bytes(), target.stat().st_ino)
    if check == "holds_every_parsed_row":
        # A build step that loses rows: the attendees of this run never reach the table.
        read_sql = store.read_sql
        monkeypatch.setattr(store, "read_sql", lambda name: read_sql(name).replace("INSERT INTO attendees BY NAME SELECT * FROM new_attendees;", ""))
        new_rows = frames([report_row("r2", "b.txt")], [meeting_row("m2", "r2")], [attendee_row("a2", "m2", "r2")])
    else:
        new_rows = BROKEN[check]
    with pytest.raises(AuditFailed) as failed:
        build_warehouse(target, DuckDBSettings(), ["r1"], new_rows, audit)
    assert {(f.check, f.table) for f in failed.value.findings if not f.passed} == {
        (check, {"no_pinyin_annotations_left": "reports", "no_traditional_characters_left": "reports"}.get(check, "attendees"))
    }
    assert (target.read_bytes(), target.stat().st_ino) == published
    assert [p.name for p in tmp_path.iterdir() if ".pending-" not in p.name] == ["w.duckdb"], "no build left"


def test_what_a_failed_check_found_is_told(tmp_path):
    with pytest.raises(AuditFailed) as failed:
        build_warehouse(tmp_path / "w.duckdb", DuckDBSettings(), [], BROKEN["no_pinyin_annotations_left"], audit)
    pinyin = next(f for f in failed.value.findings if f.check == "no_pinyin_annotations_left")
    assert pinyin.metadata == {"reports_with_annotations": 1, "examples": {"b.txt": "(huì)"}}
    assert "no_pinyin_annotations_left on reports" in str(failed.value)
    assert not (tmp_path / "w.duckdb").exists()
