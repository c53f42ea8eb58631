"""Releases for the portal: validated, checksummed, versioned, published whole or not at all."""
import datetime as dt
import json
import shutil
import subprocess
import time

import duckdb
import frictionless
import polars as pl
import pytest

import pipelines.sql
from pipelines import frames, release, schema
from pipelines.parsing.model import CATEGORIES, ROLES
from pipelines.release import ReleaseBlocked, ReleaseInfo, publish_release
from pipelines.store import TABLES
from tests.conftest import SAMPLE_REPORT, SAMPLES


@pytest.fixture
def released(pipeline):
    pipeline.add(SAMPLE_REPORT)
    pipeline.run()
    return pipeline


def versions(extracts) -> list[str]:
    return sorted(p.name for p in (extracts / "releases").iterdir())


def test_a_release_validates_and_its_checksums_hold(released):
    latest = released.extracts / "latest"
    assert (released.extracts / "LATEST").read_text().strip() == "1.0.0"
    assert latest.resolve() == (released.extracts / "releases" / "1.0.0").resolve()
    assert frictionless.validate(latest / "datapackage.json").valid
    check = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=latest, capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    assert check.stdout.count(": OK") == len(list(latest.iterdir())) - 1


def test_a_release_describes_itself(released):
    latest = released.extracts / "latest"
    package = json.loads((latest / "datapackage.json").read_text(encoding="utf-8"))
    assert package["version"] == "1.0.0" and package["licenses"][0]["name"] == "CC-BY-4.0"
    meetings = next(r for r in package["resources"] if r["name"] == "meetings-csv")
    assert meetings["schema"]["primaryKey"] == ["meeting_id"]
    assert {"fields": ["report_id"], "reference": {"resource": "reports-csv", "fields": ["report_id"]}} in meetings["schema"]["foreignKeys"]
    organizer = next(f for f in meetings["schema"]["fields"] if f["name"] == "organizer")
    assert organizer["title"] == "召开会议的机构，按报告写出的最完整形式"
    manifest = json.loads((latest / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["files"]["meetings.parquet"]["rows"] == 3
    assert (latest / "meetings.csv").read_bytes().startswith(b"\xef\xbb\xbfmeeting_id,")
    dictionary = (latest / "README.md").read_text(encoding="utf-8")
    assert "数据字典 / Data dictionary" in dictionary and "| organizer | VARCHAR | yes |" in dictionary


def test_a_run_with_no_data_change_publishes_nothing(released):
    before = sorted(p.name for p in released.extracts.rglob("*"))
    released.run()
    assert sorted(p.name for p in released.extracts.rglob("*")) == before


def test_new_rows_make_a_minor_release_with_notes(released):
    released.add(SAMPLES / "sample_sections.txt")
    released.run()
    assert versions(released.extracts) == ["1.0.0", "1.1.0"]
    assert (released.extracts / "LATEST").read_text().strip() == "1.1.0"
    notes = (released.extracts / "latest" / "README.md").read_text(encoding="utf-8")
    assert "- reports: 2 行 / rows (+1)" in notes


def test_keep_releases_leaves_the_newest_and_says_which_went(released):
    released.keep_releases = 2
    for sample in ("sample_sections.txt", "sample_big5.txt"):
        released.add(SAMPLES / sample)
        result = released.run()
    assert versions(released.extracts) == ["1.1.0", "1.2.0"]
    assert (released.extracts / "latest" / "manifest.json").exists()
    [materialization] = [m for m in result.get_asset_materialization_events() if m.asset_key.path == ["open_data_release"]]
    assert materialization.materialization.metadata["releases_removed"].value == ["1.0.0"]
    assert not list(released.extracts.glob(".removed-*"))


def test_pruning_keeps_the_release_latest_names_and_folders_that_are_not_releases(released):
    for sample in ("sample_sections.txt", "sample_big5.txt"):
        released.add(SAMPLES / sample)
        released.run()
    (released.extracts / "releases" / "notes").mkdir()
    release.versions.switch_latest(released.extracts, "1.0.0")  # rolled back by hand
    assert release.prune_releases(released.extracts, keep=1) == ["1.1.0"]
    assert versions(released.extracts) == ["1.0.0", "1.2.0", "notes"]


def test_a_crash_between_staging_and_switching_leaves_latest_on_the_previous_release(released, monkeypatch):
    assert released.automation_tick() == 0
    released.add(SAMPLES / "sample_sections.txt")

    def crash(*args, **kwargs):
        raise KeyboardInterrupt("killed before switching")

    monkeypatch.setattr("pipelines.release.publish.switch_latest", crash)
    with pytest.raises(BaseException, match="killed before switching"):
        released.run()
    assert (released.extracts / "LATEST").read_text().strip() == "1.0.0"
    assert (released.extracts / "latest").resolve().name == "1.0.0"
    assert [p.name for p in released.extracts.iterdir() if p.name.startswith(".")] == []
    monkeypatch.undo()
    # The warehouse was swapped before the crash: the release's automation runs it again.
    assert released.automation_tick() == 1
    assert (released.extracts / "LATEST").read_text().strip() == "1.1.0"


def test_a_failed_gate_publishes_nothing(released, monkeypatch):
    released.add(SAMPLES / "sample_sections.txt")
    monkeypatch.setattr("pipelines.release.gates.package_errors", lambda staging: ["broken on purpose"])
    with pytest.raises(Exception, match="broken on purpose"):
        released.run()
    assert versions(released.extracts) == ["1.0.0"]
    assert [p.name for p in released.extracts.iterdir() if p.name.startswith(".")] == []


def test_a_failed_gate_says_which_check_failed_and_what_it_found(released, monkeypatch):
    monkeypatch.setattr("pipelines.release.gates.package_errors", lambda staging: ["broken on purpose"])
    released.add(SAMPLES / "sample_sections.txt")
    with pytest.raises(Exception):
        released.run()
    with duckdb.connect(str(released.warehouse), read_only=True) as con:
        with pytest.raises(ReleaseBlocked) as blocked:
            publish_release(con, released.extracts, ReleaseInfo())
    outcome = {f.check: (f.passed, f.metadata.get("problems")) for f in blocked.value.findings}
    assert outcome == {
        "no_unannounced_breaking_change": (True, None),
        "files_hold_the_warehouse_rows": (True, []),
        "valid_data_package": (False, ["broken on purpose"]),
    }
    assert versions(released.extracts) == ["1.0.0"]


def test_a_gate_that_raises_lets_the_other_read_backs_finish_before_their_cursors_close(released, monkeypatch, tmp_path):
    def package_breaks(staging):
        raise RuntimeError("frictionless broke")

    read_back, outcomes = release.gates.read_back_mismatches, []

    def slow_read_back(*args):
        time.sleep(0.2)  # still reading when the package check has failed
        try:
            outcomes.append(read_back(*args))
        except Exception as error:
            outcomes.append(error)
            raise

    monkeypatch.setattr("pipelines.release.gates.package_errors", package_breaks)
    monkeypatch.setattr("pipelines.release.gates.read_back_mismatches", slow_read_back)
    with duckdb.connect(str(released.warehouse), read_only=True) as con:
        with pytest.raises(RuntimeError, match="frictionless broke"):
            publish_release(con, tmp_path / "fresh_extracts", ReleaseInfo())
    assert outcomes == [[] for _ in (*TABLES, *schema.VIEWS)]
    assert list((tmp_path / "fresh_extracts").iterdir()) == []


def _written_then_damaged(damage):
    """A stand-in for the CSV writer that writes the file, then changes its text with ``damage``."""
    write = release.files.write_csv

    def write_and_damage(con, table, parts, path):
        written = write(con, table, parts, path)
        if path.name == "meetings.csv":
            path.write_bytes(damage(path.read_bytes().decode("utf-8")).encode("utf-8"))
        return written

    return write_and_damage


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (lambda text: text.replace(",1,", ",one,", 1), "meetings.csv does not read back with its schema's types"),
        (lambda text: text.replace("党组", "党委", 1), "meetings.csv does not hold the warehouse's rows"),
        (lambda text: text.rsplit("\r\n", 2)[0] + "\r\n", "meetings.csv does not hold the warehouse's rows"),
    ],
    ids=["a cell of the wrong type", "a changed value", "a lost row"],
)
def test_the_gate_reads_every_csv_row_back(released, monkeypatch, damage, reason):
    released.add(SAMPLES / "sample_sections.txt")
    monkeypatch.setattr("pipelines.release.publish.write_csv", _written_then_damaged(damage))
    with pytest.raises(Exception, match=reason):
        released.run()
    assert versions(released.extracts) == ["1.0.0"]


def test_a_breaking_schema_change_is_caught_by_the_drift_gate(released):
    manifest_path = released.extracts / "releases" / "1.0.0" / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    manifest["schema"]["meetings"]["venue"] = "VARCHAR"
    manifest["schema"]["attendees"]["role"] = "INTEGER"
    manifest["content_sha256"] = manifest["warehouse_fingerprint"] = "an older schema"
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")
    with duckdb.connect(str(released.warehouse), read_only=True) as con:
        with pytest.raises(ReleaseBlocked) as blocked:
            publish_release(con, released.extracts, ReleaseInfo())
        assert "column meetings.venue removed or renamed" in str(blocked.value)
        assert "column attendees.role retyped from INTEGER to VARCHAR" in str(blocked.value)
        assert versions(released.extracts) == ["1.0.0"]
        release = publish_release(con, released.extracts, ReleaseInfo(), allow_major=True)
    assert release.version == "2.0.0" and release.level == "major"


def test_the_same_data_gives_byte_identical_parquet_files(released, tmp_path):
    with duckdb.connect(str(released.warehouse), read_only=True) as con:
        publish_release(con, tmp_path / "again", ReleaseInfo())
    for table in TABLES:
        first = (released.extracts / "latest" / f"{table}.parquet").read_bytes()
        assert (tmp_path / "again" / "latest" / f"{table}.parquet").read_bytes() == first, table


def test_cells_a_spreadsheet_would_run_are_counted_not_altered(pipeline):
    (pipeline.reports / "formula.txt").write_text("3月5日，市总工会召开党组会议。", encoding="utf-8")
    (pipeline.reports / "formula.json").write_text('{"title": "=HYPERLINK(\\"x\\")"}', encoding="utf-8")
    pipeline.run()
    manifest = json.loads((pipeline.extracts / "latest" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["formula_cells"]["reports"]["title"] == 1
    csv_text = (pipeline.extracts / "latest" / "reports.csv").read_text(encoding="utf-8-sig")
    assert '"=HYPERLINK(""x"")' in csv_text


def test_two_runs_pruning_at_once_do_not_trip_over_each_other(released, monkeypatch):
    released.add(SAMPLES / "sample_sections.txt")
    released.run()
    rename = release.versions.os.rename

    def overlapping_run_was_first(source, target):
        rename(source, target)
        raise FileNotFoundError(source)

    monkeypatch.setattr("pipelines.release.versions.os.rename", overlapping_run_was_first)
    assert release.prune_releases(released.extracts, keep=1) == []
    assert versions(released.extracts) == ["1.1.0"]


@pytest.fixture
def schema_in(tmp_path, monkeypatch):
    """A copy of ``sql/`` the schema is read from for one test; the cached schema is read again after it."""
    copy = tmp_path / "sql"
    shutil.copytree(pipelines.sql.SQL_DIR, copy)
    monkeypatch.setattr(pipelines.sql, "SQL_DIR", copy)
    caches = (schema.declared, schema.declared_database)
    for cache in caches:
        cache.cache_clear()
    yield copy
    for cache in caches:
        cache.cache_clear()


def test_a_column_added_to_the_ddl_its_comment_and_its_row_builder_reaches_the_release(pipeline, schema_in, monkeypatch):
    tables = schema_in / "schema" / "tables.sql"
    tables.write_text(tables.read_text().replace("    subject      VARCHAR,\n", "    subject      VARCHAR,\n    subject_chars INTEGER,\n"))
    with (schema_in / "schema" / "comments.sql").open("a", encoding="utf-8") as comments:
        comments.write("COMMENT ON COLUMN meetings.subject_chars IS '主题字数 / Characters of the subject';\n")
    build_rows = frames._meeting_rows

    def with_subject_chars(report_id, text, meeting):
        meeting_row, attendee_rows, initiative_rows = build_rows(report_id, text, meeting)
        return {**meeting_row, "subject_chars": len(meeting.subject or "")}, attendee_rows, initiative_rows

    monkeypatch.setattr(frames, "_meeting_rows", with_subject_chars)
    pipeline.add(SAMPLE_REPORT)
    pipeline.run()

    latest = pipeline.extracts / "latest"
    meetings = pl.read_parquet(latest / "meetings.parquet")
    assert meetings["subject_chars"].to_list() == meetings["subject"].str.len_chars().fill_null(0).to_list()
    assert "subject_chars" in (latest / "meetings.csv").read_text(encoding="utf-8-sig").splitlines()[0].split(",")
    package = json.loads((latest / "datapackage.json").read_text(encoding="utf-8"))
    resource = next(r for r in package["resources"] if r["name"] == "meetings-csv")
    added = next(f for f in resource["schema"]["fields"] if f["name"] == "subject_chars")
    assert (added["type"], added["description"]) == ("integer", "主题字数 / Characters of the subject")
    assert "| subject_chars | INTEGER | yes | 主题字数 | Characters of the subject |" in (latest / "README.md").read_text(encoding="utf-8")
    assert frictionless.validate(latest / "datapackage.json").valid


def test_the_values_a_check_allows_are_the_release_enums(released):
    package = json.loads((released.extracts / "latest" / "datapackage.json").read_text(encoding="utf-8"))
    attendees = next(r for r in package["resources"] if r["name"] == "attendees-csv")
    role = next(f for f in attendees["schema"]["fields"] if f["name"] == "role")
    assert role["constraints"]["enum"] == list(schema.declared()["attendees"].column("role").allowed)
    dictionary = (released.extracts / "latest" / "README.md").read_text(encoding="utf-8")
    assert "(one of: chair, speaker, attendee, referenced) |" in dictionary
    # The parser writes only what the DDL allows.
    assert set(role["constraints"]["enum"]) == set(ROLES)
    assert set(schema.declared()["initiatives"].column("category").allowed) == set(CATEGORIES)


def test_a_release_run_on_the_warehouse_it_was_made_from_stages_nothing(released, monkeypatch):
    def staged(*args, **kwargs):
        raise AssertionError("staged a release of an unchanged warehouse")

    monkeypatch.setattr("pipelines.release.publish.write_csv", staged)
    with duckdb.connect(str(released.warehouse), read_only=True) as con:
        assert publish_release(con, released.extracts, ReleaseInfo()) is None


def test_a_release_made_before_fingerprints_is_checked_once_then_trusted(released, monkeypatch):
    manifest_path = released.extracts / "releases" / "1.0.0" / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    del manifest["warehouse_fingerprint"]
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")
    with duckdb.connect(str(released.warehouse), read_only=True) as con:
        # Staged once: the same content, so nothing is published and the warehouse is recorded as checked.
        assert publish_release(con, released.extracts, ReleaseInfo()) is None
        assert json.loads((released.extracts / release.CHECKED).read_text())["version"] == "1.0.0"

        def staged(*args, **kwargs):
            raise AssertionError("staged again a warehouse already checked")

        monkeypatch.setattr("pipelines.release.publish.write_csv", staged)
        assert publish_release(con, released.extracts, ReleaseInfo()) is None
    assert versions(released.extracts) == ["1.0.0"]


def test_a_published_table_without_a_primary_key_is_refused_by_name(schema_in):
    tables = schema_in / "schema" / "tables.sql"
    tables.write_text(tables.read_text() + "\nCREATE TABLE notes (note VARCHAR);\n")
    with pytest.raises(ValueError, match="needs a primary key.*notes"):
        schema.declared()


def test_the_same_warehouse_gives_byte_identical_files_in_the_portals_formats(released, tmp_path):
    when = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    with duckdb.connect(str(released.warehouse), read_only=True) as con:
        first = publish_release(con, tmp_path / "first", ReleaseInfo(), now=when)
        second = publish_release(con, tmp_path / "second", ReleaseInfo(), now=when)
    for table in TABLES:
        for kind in ("csv", "parquet"):
            assert (first.folder / f"{table}.{kind}").read_bytes() == (second.folder / f"{table}.{kind}").read_bytes()
    csv = (first.folder / "reports.csv").read_bytes()
    header, _, rest = csv.partition(b"\r\n")
    assert header.startswith(b"\xef\xbb\xbfreport_id,") and rest.endswith(b"\r\n")
    reports = pl.read_csv(first.folder / "reports.csv", infer_schema=False)
    assert reports["ingested_at"].str.contains(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$").all()
    assert pl.read_parquet(first.folder / "reports.parquet").schema["damage_flags"] == pl.List(pl.String)


def test_a_release_of_tables_larger_than_duckdbs_memory_limit_is_written_within_it(tmp_path, monkeypatch):
    from pipelines.store import FILE_SIGNATURES, DuckDBSettings, build_warehouse, connect_read_only, empty_frame, table_schema

    # 40,000 reports of 4.4 KB each, text and clean text, no two alike: 350 MB of rows against 128 MB, sorted in
    # parts of 5,000; 10,000 of them, a Parquet row group by count, are 88 MB.
    monkeypatch.setattr(release.files, "ROWS_PER_PART", 5_000)
    reports = [
        {
            "report_id": f"r{n:05d}", "source_name": f"{n}.txt", "sha256": "0" * 64, "size_bytes": 4400,
            "encoding": "utf-8", "script": "simplified", "target_script": "simplified", "text_original": f"会议{n:05d}" * 400,
            "text_clean": f"{n:05d}会议" * 400, "pinyin_annotations_removed": 0, "damage_count": 0, "damage_flags": [],
            "is_damaged": False, "published_date": None, "ingested_at": dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
            "parser_version": "test",
        }
        for n in reversed(range(40_000))
    ]
    new_rows = {table: empty_frame(table) for table in TABLES} | {"file_signatures": empty_frame(FILE_SIGNATURES)}
    new_rows["reports"] = pl.DataFrame(reports, schema=table_schema("reports"))
    warehouse = tmp_path / "w.duckdb"
    build_warehouse(warehouse, DuckDBSettings(), [], new_rows)
    with connect_read_only(warehouse, DuckDBSettings(memory_limit="128MB", temp_directory=str(tmp_path / "spill"))) as con:
        published = publish_release(con, tmp_path / "extracts", ReleaseInfo(), full_texts=True)
    assert published.rows["reports"] == 40_000
    groups = duckdb.sql(f"SELECT DISTINCT row_group_id, row_group_num_rows FROM parquet_metadata('{published.folder / 'reports.parquet'}')").fetchall()
    assert max(rows for _, rows in groups) < 10_000, "a row group ends at 16 MB before it holds 10,000 such rows"
    for kind in ("csv", "parquet"):
        ids = duckdb.sql(f"SELECT report_id FROM '{published.folder / f'reports.{kind}'}'").fetchall()
        assert ids == [(f"r{n:05d}",) for n in range(40_000)], kind  # in key order, part after part
    assert not list(published.folder.glob(".*"))


def test_a_release_leaves_out_the_articles_and_quotes_each_rows_evidence(released):
    latest = released.extracts / "latest"
    reports = pl.read_parquet(latest / "reports.parquet")
    assert {"text_original", "text_clean"}.isdisjoint(reports.columns) and "licence" in reports.columns
    header = (latest / "reports.csv").read_text(encoding="utf-8-sig").splitlines()[0].split(",")
    assert header == reports.columns
    for table in ("meetings", "attendees", "initiatives"):
        quotes = pl.read_parquet(latest / f"{table}.parquet").select("evidence", length=pl.col("span_end") - pl.col("span_start"))
        assert quotes.height and all(len(quote) == min(length, 200) for quote, length in quotes.iter_rows())
    package = json.loads((latest / "datapackage.json").read_text(encoding="utf-8"))
    assert "keep their publishers' rights" in package["description"] and "leaves out the articles' full texts" in package["description"]
    assert json.loads((latest / "manifest.json").read_text(encoding="utf-8"))["article_texts"] == "none"


def test_release_text_full_puts_the_articles_back_and_switching_it_off_is_a_breaking_change(released, tmp_path):
    with duckdb.connect(str(released.warehouse), read_only=True) as con:
        with_texts = publish_release(con, tmp_path / "extracts", ReleaseInfo(), full_texts=True)
        assert {"text_original", "text_clean"} <= set(pl.read_parquet(with_texts.folder / "reports.parquet").columns)
        with pytest.raises(ReleaseBlocked, match="column reports.text_original removed"):
            publish_release(con, tmp_path / "extracts", ReleaseInfo())


def test_the_analysts_views_are_published_and_documented_like_the_tables(released):
    latest = released.extracts / "latest"
    package = json.loads((latest / "datapackage.json").read_text(encoding="utf-8"))
    resources = {resource["name"]: resource for resource in package["resources"]}
    with duckdb.connect(str(released.warehouse), read_only=True) as con:
        for view in schema.VIEWS:
            expected = con.table(view).pl()
            published = pl.read_parquet(latest / f"{view}.parquet")
            assert published.height == expected.height > 0, view
            assert published.sort(pl.all()).equals(expected.select(published.columns).sort(pl.all())), view
            fields = resources[f"{view}-csv"]["schema"]["fields"]
            assert [field["name"] for field in fields] == expected.columns
            assert all(" / " in field["description"] and field["description"].split(" / ")[1] for field in fields), view
    dictionary = (latest / "README.md").read_text(encoding="utf-8")
    assert "### people_directory — 人员名录" in dictionary and "视图 / view:" in dictionary


def test_a_view_is_computed_once_into_one_part_and_a_table_is_cut_by_its_key(released, tmp_path, monkeypatch):
    from pipelines.release.contents import released_catalog

    monkeypatch.setattr(release.files, "ROWS_PER_PART", 2)
    with duckdb.connect(str(released.warehouse), read_only=True) as con:
        catalog = released_catalog(con, full_texts=False)
        view_parts = release.files.write_sorted_parts(con, catalog["meeting_people"], tmp_path)
        table_parts = release.files.write_sorted_parts(con, catalog["attendees"], tmp_path)
        assert len(view_parts) == 1 and len(table_parts) > 1
        rows = release.files.released_rows(con, catalog["meeting_people"], view_parts).pl()
        assert rows.sort(pl.all()).equals(con.table("meeting_people").pl().sort(pl.all()))
