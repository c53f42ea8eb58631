"""The whole job, in process, on temporary folders: the sample report end to end, and re-runs."""
import shutil

import duckdb
import polars as pl
import pytest

from pipelines.schema import table_names
from tests.conftest import SAMPLE_REPORT, SAMPLES

TABLES = table_names()


def read_tables(warehouse) -> dict[str, pl.DataFrame]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return {table: con.table(table).pl().sort(pl.all()) for table in TABLES if table != "reports"} | {
            "reports": con.table("reports").pl().sort("report_id")
        }


@pytest.fixture
def sample_run(pipeline):
    pipeline.add(SAMPLE_REPORT)
    pipeline.run()
    return pipeline


def without_quotes(text: str) -> str:
    """Initiative names are written without their marks: “金”生有缘·浪漫登“堂” is 金生有缘·浪漫登堂."""
    return "".join(ch for ch in text if ch not in " “”「」『』\"《》‘’")


def meeting_by_organizer(con, organizer: str) -> dict:
    rows = con.sql("SELECT * FROM meetings WHERE organizer = ?", params=[organizer]).pl().to_dicts()
    assert len(rows) == 1, f"one meeting held by {organizer}"
    return rows[0]


def people(con, meeting_id: str) -> dict[str, tuple]:
    rows = con.execute(
        "SELECT person_name, role, title FROM attendees WHERE meeting_id = ? AND person_name IS NOT NULL", [meeting_id]
    ).fetchall()
    return {name: (role, title) for name, role, title in rows}


def test_the_sample_report_gives_the_three_meetings_worked_by_hand(sample_run):
    with duckdb.connect(str(sample_run.warehouse), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM meetings").fetchall() == [(3,)]

        first = meeting_by_organizer(con, "都江堰市总工会")
        assert first["meeting_name"] == "党组(扩大)会"
        assert first["chair"] == "李晓华"
        assert people(con, first["meeting_id"])["李晓华"] == ("chair", "市总工会党组书记、常务副主席")
        assert people(con, first["meeting_id"])["习近平"] == ("referenced", "总书记")
        groups = con.execute("SELECT group_name FROM attendees WHERE meeting_id = ? AND person_name IS NULL", [first["meeting_id"]]).fetchall()
        assert ("市总工会全体干部",) in groups
        first_initiatives = {name for (name,) in con.execute("SELECT name FROM initiatives WHERE meeting_id = ?", [first["meeting_id"]]).fetchall()}
        assert {"1+11+N", "堰工讲堂", "劳模工匠沙龙", "立园满园"} <= first_initiatives

        second = meeting_by_organizer(con, "金堂县总工会")
        assert second["date_text"] == "近日"
        assert second["chair"] is None
        assert people(con, second["meeting_id"])["曹立军"] == ("referenced", "省委常委、市委书记")
        assert people(con, second["meeting_id"])["徐其斌"][0] == "referenced"
        categories = dict(con.execute("SELECT name, category FROM initiatives WHERE meeting_id = ?", [second["meeting_id"]]).fetchall())
        assert categories.get("工会工作报告") == "document"
        assert {"六大工程", "金工讲堂", "1+3+18+N"} <= set(categories)

        third = meeting_by_organizer(con, "成都市劳动领域社会组织联合会")
        assert third["date_text"] == "12月6日上午"
        assert third["location"] == "市劳动领域社会组织培育基地(天府社创中心)"
        assert third["chair"] == "刘雨吉"
        assert people(con, third["meeting_id"])["刘雨吉"] == ("chair", "联合会会长")

        [report] = con.execute("SELECT script, is_damaged, damage_flags, pinyin_annotations_removed, text_clean FROM reports").fetchall()
        assert report[0] == "traditional"
        assert report[1] is True and "mojibake" in report[2]
        assert report[3] > 100
        assert "(tǒng)" not in report[4] and "系统总结" in report[4]


def test_every_evidence_span_holds_what_the_row_claims(sample_run):
    with duckdb.connect(str(sample_run.warehouse), read_only=True) as con:
        [(text,)] = con.execute("SELECT text_clean FROM reports").fetchall()
        for name, group, start, end in con.execute("SELECT person_name, group_name, span_start, span_end FROM attendees").fetchall():
            assert (name or group) in text[start:end]
        for name, start, end in con.execute("SELECT name, span_start, span_end FROM initiatives").fetchall():
            assert without_quotes(name) in without_quotes(text[start:end])
        for table in ("meetings", "attendees", "initiatives"):
            for start, end, evidence in con.execute(f"SELECT span_start, span_end, evidence FROM {table}").fetchall():
                assert evidence == text[start:end] if end - start <= 200 else evidence == text[start : start + 199] + "…"


def test_the_release_holds_every_table_in_parquet_and_csv(sample_run):
    tables = read_tables(sample_run.warehouse)
    latest = sample_run.extracts / "latest"
    for table in TABLES:
        assert pl.read_parquet(latest / f"{table}.parquet").height == tables[table].height
        assert pl.read_csv(latest / f"{table}.csv").height == tables[table].height
    assert [p.name for p in sample_run.extracts.iterdir() if p.name.startswith(".")] == []


def test_a_run_with_no_new_files_changes_nothing(sample_run):
    before = read_tables(sample_run.warehouse)
    sample_run.run()
    after = read_tables(sample_run.warehouse)
    for table in TABLES:
        assert after[table].equals(before[table]), table


def materialized(result) -> set[str]:
    return {"/".join(event.asset_key.path) for event in result.get_asset_materialization_events()}


def test_a_run_with_nothing_new_stops_after_reading_the_folder(sample_run):
    warehouse_file = sample_run.warehouse.stat()
    result = sample_run.run()
    assert materialized(result) == set()
    assert {event.step_key for event in result.get_step_skipped_events()} >= {"warehouse_tables", "open_data_release"}
    assert (sample_run.warehouse.stat().st_ino, sample_run.warehouse.stat().st_mtime_ns) == (warehouse_file.st_ino, warehouse_file.st_mtime_ns)


@pytest.mark.parametrize(
    "change",
    [lambda runner: (runner.reports / "empty.txt").write_bytes(b""), lambda runner: runner.warehouse.unlink()],
    ids=["a new rejected file", "the warehouse deleted"],
)
def test_a_run_with_no_new_report_still_runs_when_the_tables_would_be_out_of_date(sample_run, change):
    change(sample_run)
    result = sample_run.run()
    assert {"warehouse/reports", "warehouse/rejected_files", "open_data_release"} <= materialized(result)
    assert (sample_run.extracts / "LATEST").exists()


def test_a_release_that_failed_is_tried_by_every_run_until_its_gate_passes(sample_run, monkeypatch):
    assert sample_run.automation_tick() == 0
    report = sample_run.reports / SAMPLE_REPORT.name
    report.write_text(report.read_text(encoding="utf-8") + "\n会议还研究了其他事项。", encoding="utf-8")
    monkeypatch.setattr("pipelines.release.gates.package_errors", lambda staging: ["broken on purpose"])
    with pytest.raises(Exception, match="broken on purpose"):
        sample_run.run()
    # Nothing is new in the folder, but the published warehouse was never released: the next run tries again.
    with pytest.raises(Exception, match="broken on purpose"):
        sample_run.run()
    monkeypatch.undo()
    assert sample_run.automation_tick() == 1
    assert (sample_run.extracts / "LATEST").read_text().strip() == "1.1.0"
    assert materialized(sample_run.run()) == set()


def test_a_changed_file_replaces_its_own_rows_and_a_removed_file_loses_them(sample_run):
    sections = sample_run.add(SAMPLES / "sample_sections.txt")
    pinyin = sample_run.add(SAMPLES / "sample_traditional_pinyin.txt")
    sample_run.run()
    before = read_tables(sample_run.warehouse)["reports"]
    sections.write_text(sections.read_text(encoding="utf-8") + "\n会议还研究了其他事项。", encoding="utf-8")
    pinyin.unlink()
    sample_run.run()
    after = read_tables(sample_run.warehouse)
    assert sorted(after["reports"]["source_name"]) == ["000_19a5b66be92d0105.txt", "sample_sections.txt"]
    old_id = before.filter(pl.col("source_name") == "sample_sections.txt")["report_id"].item()
    new_id = after["reports"].filter(pl.col("source_name") == "sample_sections.txt")["report_id"].item()
    assert new_id != old_id
    assert set(after["meetings"]["report_id"]) == set(after["reports"]["report_id"])
    unchanged = before.filter(pl.col("source_name") == "000_19a5b66be92d0105.txt")
    assert after["reports"].filter(pl.col("source_name") == "000_19a5b66be92d0105.txt").equals(unchanged)


def test_a_sidecar_added_later_gives_its_report_the_metadata_and_leaves_the_others_as_they_were(sample_run):
    sample_run.add(SAMPLES / "sample_sections.txt")
    sample_run.run()
    before = read_tables(sample_run.warehouse)
    (sample_run.reports / SAMPLE_REPORT.with_suffix(".json").name).write_text(
        '{"url": "https://news.example.cn/2024/1206.html", "site": "示例新闻网", "published_at": "2024-12-07T08:00:00+08:00",'
        ' "licence": "© 示例新闻网，保留所有权利"}',
        encoding="utf-8",
    )
    (sample_run.reports / "sample_sections.json").write_text('{"url": "mailto:editor@example.cn"}', encoding="utf-8")
    (sample_run.reports / "no_report_here.json").write_text("{}", encoding="utf-8")
    sample_run.run()
    after = read_tables(sample_run.warehouse)
    reports = {row["source_name"]: row for row in after["reports"].iter_rows(named=True)}
    described = reports[SAMPLE_REPORT.name]
    assert (described["url"], described["site"], str(described["published_date"])) == ("https://news.example.cn/2024/1206.html", "示例新闻网", "2024-12-07")
    assert described["licence"] == "© 示例新闻网，保留所有权利"
    bad = reports["sample_sections.txt"]
    assert bad["url"] is None and "sidecar_bad_url" in bad["damage_flags"] and bad["is_damaged"]
    # The same report with new metadata: its rows keep their ids, so links into them hold.
    assert set(after["meetings"]["meeting_id"]) == set(before["meetings"]["meeting_id"])
    assert after["rejected_files"].select("source_name", "reason").rows() == [("no_report_here.json", "sidecar without a report")]


def test_a_new_parser_version_parses_everything_again(sample_run, monkeypatch):
    monkeypatch.setattr("pipelines.frames.parser_version", lambda: "99.0.0")
    sample_run.run()
    assert read_tables(sample_run.warehouse)["reports"]["parser_version"].to_list() == ["99.0.0"]


def test_files_that_cannot_be_used_are_recorded_and_the_run_goes_on(pipeline):
    pipeline.add(SAMPLE_REPORT)
    (pipeline.reports / "empty.txt").write_bytes(b"")
    (pipeline.reports / "nested").mkdir()
    (pipeline.reports / "nested" / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    pipeline.run()
    tables = read_tables(pipeline.warehouse)
    assert dict(tables["rejected_files"].select("source_name", "reason").iter_rows()) == {
        "empty.txt": "empty",
        "nested/photo.txt": "binary",
    }
    assert tables["reports"]["source_name"].to_list() == ["000_19a5b66be92d0105.txt"]


def test_every_sample_in_data_raw_is_ingested_with_its_encoding(pipeline):
    for path in SAMPLES.rglob("*.txt"):
        pipeline.add(path, str(path.relative_to(SAMPLES)))
    pipeline.run()
    encodings = dict(read_tables(pipeline.warehouse)["reports"].select("source_name", "encoding").iter_rows())
    assert encodings["gb18030/sample_gb18030.txt"] == "gb18030"
    assert encodings["sample_big5.txt"] == "big5"
    assert encodings["sample_traditional_pinyin.txt"] == "utf-8"


def test_heldout_inputs_of_every_kind_are_decoded_and_cleaned(pipeline):
    heldout = SAMPLES.parents[1] / "tests" / "fixtures" / "heldout" / "raw"
    for path in heldout.glob("*.txt"):
        pipeline.add(path)
    pipeline.run()
    tables = read_tables(pipeline.warehouse)
    assert tables["rejected_files"].height == 0
    reports = {row["source_name"]: row for row in tables["reports"].iter_rows(named=True)}
    assert reports["h01_zhechuan_union_gb18030.txt"]["encoding"] == "gb18030"
    assert reports["h03_taiwan_big5.txt"]["encoding"] == "big5"
    assert reports["h02_mirror_pinyin.txt"]["pinyin_annotations_removed"] > 0
    html = reports["h07_html.txt"]["text_clean"]
    assert "<script" not in html and "<p>" not in html and "&nbsp;" not in html
    meetings_per_report = dict(tables["meetings"].group_by("report_id").len().iter_rows())
    assert reports["h10_visit_no_meeting.txt"]["report_id"] not in meetings_per_report


def test_a_traditional_target_keeps_traditional_text_and_still_finds_the_meetings(pipeline):
    pipeline.add(SAMPLE_REPORT)
    pipeline.run(target_script="traditional")
    with duckdb.connect(str(pipeline.warehouse), read_only=True) as con:
        [(text,)] = con.execute("SELECT text_clean FROM reports").fetchall()
        organizers = {o for (o,) in con.execute("SELECT organizer FROM meetings").fetchall()}
        people = con.execute("SELECT person_name, span_start, span_end FROM attendees WHERE person_name IS NOT NULL").fetchall()
    assert "都江堰市總工會召開黨組(擴大)會" in text
    assert {"都江堰市總工會", "金堂縣總工會"} <= organizers
    assert people and all(name in text[start:end] for name, start, end in people)


def test_a_missing_reports_folder_fails_the_run_and_leaves_the_warehouse_alone(sample_run):
    before = sample_run.warehouse.read_bytes()
    shutil.rmtree(sample_run.reports)
    with pytest.raises(NotADirectoryError, match="REPORTS_DIR"):
        sample_run.run()
    assert sample_run.warehouse.read_bytes() == before
