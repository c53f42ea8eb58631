"""The stage functions the assets call, run without Dagster."""
import datetime as dt
import os
from pathlib import Path

import polars as pl

import pipelines.frames
from pipelines.execution import processes_for
from pipelines.frames import BATCH_SIZE, SPLIT_SIZE, batch_size_for, batches_to_parse, clean_reports, content_id, ingest_files, parse_reports, quotation, reports_unchanged, same_rejections, with_texts
from pipelines.metadata import markdown_preview
import pipelines.parsing
from pipelines.parsing import code_fingerprint, parser_version
from pipelines.parsing.lexical import model_fingerprint
from pipelines.parsing.script import convert_script
from pipelines.sources import file_signature
from pipelines.store import INVENTORY_SCHEMA

NOW = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
REPORT = "3月5日上午，青山区总工会召开党组会议。党组书记、主席陈立言主持会议并讲话。区总工会全体干部参加会议。"


def inventory(rows: list[tuple]) -> pl.DataFrame:
    """Inventory rows of (source_name, sha256, parser_version, target_script, report_id[, size_bytes, file_signature[, sidecar_sha256]])."""
    fields = ("source_name", "sha256", "parser_version", "target_script", "report_id", "size_bytes", "file_signature", "sidecar_sha256")
    return pl.DataFrame([dict(zip(fields, row)) for row in rows], schema=INVENTORY_SCHEMA)


def ingest(root: Path, max_bytes: int, known: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """ingest_files with its texts written beside ``root``, not in it (they would be read as reports)."""
    return ingest_files(root, max_bytes, known, "simplified", NOW, root.with_name(f"{root.name}-texts"))


def test_a_quotation_is_the_span_cut_to_200_characters():
    text = "会" * 150 + "议" * 150
    assert quotation(text, 140, 160) == "会" * 10 + "议" * 10
    assert quotation(text, 0, 200) == text[:200]
    cut = quotation(text, 0, 201)
    assert len(cut) == 200 and cut == text[:199] + "…"


def test_content_ids_are_stable_and_tell_inputs_apart():
    assert content_id("a.txt", "abc") == content_id("a.txt", "abc")
    assert content_id("a.txt", "abc") != content_id("a.txt", "abd")
    assert content_id("ab", "c") != content_id("a", "bc")


def test_ingest_marks_new_changed_and_unchanged_files(tmp_path):
    (tmp_path / "new.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "same.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "edited.txt").write_text(REPORT + "会议强调。", encoding="utf-8")
    first, _ = ingest(tmp_path, 10_000, inventory([]))
    ids = dict(first.select("source_name", "report_id").iter_rows())
    known = inventory(
        [
            ("same.txt", "-", parser_version(), "simplified", ids["same.txt"]),
            ("edited.txt", "-", parser_version(), "simplified", content_id("edited.txt", "old bytes")),
        ]
    )
    raw, rejected = ingest(tmp_path, 10_000, known)
    statuses = dict(raw.select("source_name", "status").iter_rows())
    assert statuses == {"edited.txt": "changed", "new.txt": "new", "same.txt": "unchanged"}
    assert raw.filter(pl.col("status") == "unchanged")["text_file"].to_list() == [None]
    texts = dict(with_texts(raw).select("source_name", "text_original").iter_rows())
    assert texts == {"edited.txt": REPORT + "会议强调。", "new.txt": REPORT}
    assert rejected.height == 0


def test_ingest_parses_again_when_the_target_script_or_parser_changes(tmp_path):
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    [report_id] = ingest(tmp_path, 10_000, inventory([]))[0]["report_id"]
    for version, script in [("0.0.1", "simplified"), (parser_version(), "traditional")]:
        known = inventory([("a.txt", "-", version, script, report_id)])
        raw, _ = ingest(tmp_path, 10_000, known)
        assert raw["status"].to_list() == ["changed"]


def test_a_file_whose_signature_is_recorded_is_not_read_and_one_touched_since_is(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(REPORT, encoding="utf-8")
    recorded = ("a.txt", "recorded-sha", parser_version(), "simplified", "recorded-id", 99, file_signature(path))
    raw, _ = ingest(tmp_path, 10_000, inventory([recorded]))
    # Values only the inventory holds: the file was not read.
    assert raw.select("report_id", "sha256", "size_bytes", "status").row(0) == ("recorded-id", "recorded-sha", 99, "unchanged")
    os.utime(path, ns=(0, 0))
    raw, _ = ingest(tmp_path, 10_000, inventory([recorded]))
    assert raw.select("report_id", "status").row(0) == (content_id("a.txt", raw["sha256"].item()), "changed")
    assert raw["file_signature"].item() == file_signature(path) != recorded[-1]


def test_a_file_read_again_with_the_same_bytes_is_unchanged_but_its_new_signature_needs_a_run(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(REPORT, encoding="utf-8")
    [first] = ingest(tmp_path, 10_000, inventory([]))[0].iter_rows(named=True)
    known = inventory([("a.txt", first["sha256"], parser_version(), "simplified", first["report_id"], first["size_bytes"], "an older signature")])
    raw, _ = ingest(tmp_path, 10_000, known)
    assert raw["status"].to_list() == ["unchanged"]
    assert not reports_unchanged(raw, known)
    recorded = known.with_columns(file_signature=pl.lit(file_signature(path)))
    assert reports_unchanged(ingest(tmp_path, 10_000, recorded)[0], recorded)


def nothing_changed(raw, rejected, inventory, rejections) -> bool:
    return reports_unchanged(raw, inventory) and same_rejections(rejected, rejections)


def test_nothing_changed_only_when_every_report_and_rejection_is_as_the_warehouse_holds_it(tmp_path):
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    [report_id] = ingest(tmp_path, 10_000, inventory([]))[0]["report_id"]
    known = inventory([("a.txt", "-", parser_version(), "simplified", report_id, 1, file_signature(tmp_path / "a.txt"))])
    raw, rejected = ingest(tmp_path, 10_000, known)
    rejections = pl.DataFrame({"source_name": ["empty.txt"], "reason": ["empty"]})
    assert nothing_changed(raw, rejected, known, rejections)
    assert not nothing_changed(raw, rejected, known, rejections.clear())
    gone = pl.concat([known, inventory([("gone.txt", "-", parser_version(), "simplified", "x")])])
    assert not nothing_changed(raw, rejected, gone, rejections)
    (tmp_path / "a.txt").write_text(REPORT + "会议强调。", encoding="utf-8")
    raw, rejected = ingest(tmp_path, 10_000, known)
    assert not nothing_changed(raw, rejected, known, rejections)


def test_ingest_records_rejections_with_reasons(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "big.txt").write_bytes(b"x" * 2000)
    raw, rejected = ingest(tmp_path, 1000, inventory([]))
    assert raw.height == 0
    assert dict(rejected.select("source_name", "reason").iter_rows()) == {
        "big.txt": "too large: 2 KB > 1 KB",
        "empty.txt": "empty",
    }
    assert rejected["seen_at"].to_list() == [NOW, NOW]


def test_a_sidecar_is_not_a_report_and_its_metadata_reaches_the_reports_row(tmp_path):
    (tmp_path / "2024").mkdir()
    (tmp_path / "2024" / "a.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "2024" / "a.json").write_text(
        '{"url": "https://news.example.cn/a.html", "title": "区总工会召开党组会议", "published_at": "2024-03-06"}', encoding="utf-8"
    )
    (tmp_path / "2024" / "b.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "2024" / "b.json").write_text('{"url": "file:///etc/passwd", "published_at": "yesterday"}', encoding="utf-8")
    (tmp_path / "2024" / "c.json").write_text("{}", encoding="utf-8")
    raw, rejected = ingest(tmp_path, 10_000, inventory([]))
    assert raw["source_name"].to_list() == ["2024/a.txt", "2024/b.txt"]
    assert rejected.select("source_name", "reason").rows() == [("2024/c.json", "sidecar without a report")]
    reports = {row["source_name"]: row for row in clean_reports(with_texts(raw), "simplified", NOW).iter_rows(named=True)}
    described, bad = reports["2024/a.txt"], reports["2024/b.txt"]
    assert (described["url"], described["title"], described["published_date"]) == ("https://news.example.cn/a.html", "区总工会召开党组会议", dt.date(2024, 3, 6))
    assert described["published_at"] == dt.datetime(2024, 3, 5, 16, tzinfo=dt.UTC)
    assert not described["is_damaged"] and described["sidecar_sha256"] is not None
    assert (bad["url"], bad["published_at"], bad["published_date"]) == (None, None, None)
    assert bad["is_damaged"] and bad["damage_flags"] == ["sidecar_bad_published_at", "sidecar_bad_url"] and bad["damage_count"] == 2


def test_a_sidecar_linked_from_outside_the_folder_is_not_read_and_its_report_is_flagged(tmp_path):
    reports = tmp_path / "reports"
    reports.mkdir()
    (tmp_path / "secret.json").write_text('{"title": "不应读取"}', encoding="utf-8")
    (reports / "a.txt").write_text(REPORT, encoding="utf-8")
    os.symlink(tmp_path / "secret.json", reports / "a.json")
    raw, rejected = ingest(reports, 10_000, inventory([]))
    [row] = clean_reports(with_texts(raw), "simplified", NOW).iter_rows(named=True)
    assert (row["source_name"], row["title"], row["damage_flags"]) == ("a.txt", None, ["sidecar_unreadable"])
    assert rejected.height == 0


def test_changing_only_a_sidecar_reads_that_report_again_and_no_other(tmp_path):
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text(REPORT, encoding="utf-8")
        (tmp_path / f"{name}.json").write_text('{"site": "示例新闻网"}', encoding="utf-8")
    first, _ = ingest(tmp_path, 10_000, inventory([]))
    sidecars = dict(zip(first["source_name"], clean_reports(with_texts(first), "simplified", NOW)["sidecar_sha256"]))
    known = inventory(
        [
            (row["source_name"], row["sha256"], parser_version(), "simplified", row["report_id"], row["size_bytes"], row["file_signature"], sidecars[row["source_name"]])
            for row in first.iter_rows(named=True)
        ]
    )
    assert ingest(tmp_path, 10_000, known)[0]["status"].to_list() == ["unchanged", "unchanged"]
    (tmp_path / "b.json").write_text('{"site": "另一新闻网"}', encoding="utf-8")
    raw, _ = ingest(tmp_path, 10_000, known)
    assert dict(raw.select("source_name", "status").iter_rows()) == {"a.txt": "unchanged", "b.txt": "changed"}
    assert raw.filter(pl.col("status") == "changed")["report_id"].item() == first["report_id"][1]
    assert clean_reports(with_texts(raw), "simplified", NOW)["site"].to_list() == ["另一新闻网"]
    (tmp_path / "b.json").unlink()
    raw, _ = ingest(tmp_path, 10_000, known)
    assert clean_reports(with_texts(raw), "simplified", NOW).select("source_name", "site", "sidecar_sha256").rows() == [("b.txt", None, None)]


def test_ingest_writes_texts_a_few_to_a_file_and_a_batch_reads_only_its_own(tmp_path, monkeypatch):
    monkeypatch.setattr(pipelines.frames, "TEXTS_PER_FILE", 2)
    for number in range(5):
        (tmp_path / f"{number}.txt").write_text(f"{REPORT}第{number}篇。", encoding="utf-8")
    raw, _ = ingest(tmp_path, 10_000, inventory([]))
    assert "text_original" not in raw.columns
    assert raw["text_file"].unique().len() == 3
    assert sorted(path.name for path in Path(raw["text_file"][0]).parent.iterdir()) == [f"texts-0000{n}.parquet" for n in range(3)]
    batch = raw.filter(pl.col("source_name").is_in(["1.txt", "2.txt"]))
    assert with_texts(batch).select("source_name", "text_original").rows() == [("1.txt", f"{REPORT}第1篇。"), ("2.txt", f"{REPORT}第2篇。")]


def test_clean_then_parse_gives_rows_keyed_to_their_report(tmp_path):
    (tmp_path / "a.txt").write_text(convert_script(REPORT, "traditional"), encoding="utf-8")
    raw, _ = ingest(tmp_path, 10_000, inventory([]))
    reports = clean_reports(with_texts(raw), "simplified", NOW)
    assert reports["text_clean"].item() == REPORT
    assert reports["script"].item() == "traditional"
    parsed = parse_reports(reports)
    [meeting] = parsed["meetings"].to_dicts()
    assert meeting["report_id"] == reports["report_id"].item()
    assert meeting["organizer"] == "青山区总工会"
    chair = parsed["attendees"].filter(pl.col("person_name") == "陈立言")
    assert chair["role"].to_list() == ["chair"]


def test_markdown_preview_is_a_table_with_short_text():
    frame = pl.DataFrame({"name": ["会" * 100], "flags": [["a", "b"]]})
    preview = markdown_preview(frame).value
    assert preview.splitlines()[0].replace(" ", "") == "|name|flags|"
    assert "会" * 41 not in preview
    assert "a, b" in preview


def test_the_parser_version_changes_with_any_rule_or_word_list(tmp_path):
    (tmp_path / "lexicons").mkdir()
    (tmp_path / "rules.py").write_text("RULE = 1\n")
    (tmp_path / "lexicons" / "posts.txt").write_text("书记\n")
    first = code_fingerprint(tmp_path)
    (tmp_path / "lexicons" / "posts.txt").write_text("书记\n主席\n")
    second = code_fingerprint(tmp_path)
    (tmp_path / "rules.py").write_text("RULE = 2\n")
    assert len({first, second, code_fingerprint(tmp_path)}) == 3
    assert parser_version().endswith(f"+{code_fingerprint(Path(pipelines.parsing.__file__).parent)}.{model_fingerprint()}")


def test_reports_are_parsed_in_batches_of_whole_folders_of_at_most_the_batch_size():
    folder_names = [f"b1/{n}.txt" for n in range(BATCH_SIZE + 5)] + ["top.txt", "b2/x/deep.txt", "b2/y.txt", "b1/same.txt"]
    raw = pl.DataFrame({"source_name": folder_names, "status": ["new"] * (len(folder_names) - 1) + ["unchanged"]})
    batches = batches_to_parse(raw, cores=1)
    # b1 is split at the batch size; its last 5, the top file and b2 share the next batch.
    assert [batch.height for batch in batches] == [BATCH_SIZE, 8]
    assert batches[1]["source_name"].to_list()[5:] == ["top.txt", "b2/x/deep.txt", "b2/y.txt"]
    assert "b1/same.txt" not in pl.concat(batches)["source_name"].to_list()
    assert batches_to_parse(raw.filter(pl.col("status") == "unchanged"), cores=1) == []


def test_folders_that_fit_together_share_a_batch_whole():
    names = [f"batch-{folder}/{n}.txt" for folder in range(5) for n in range(BATCH_SIZE // 2)]
    batches = batches_to_parse(pl.DataFrame({"source_name": names, "status": ["new"] * len(names)}), cores=1)
    assert [batch["source_name"].str.split("/").list.first().unique(maintain_order=True).to_list() for batch in batches] == [
        ["batch-0", "batch-1"], ["batch-2", "batch-3"], ["batch-4"]
    ]


def test_full_batch_folders_each_make_a_batch():
    names = [f"batch-{folder}/{n}.txt" for folder in range(3) for n in range(BATCH_SIZE)]
    batches = batches_to_parse(pl.DataFrame({"source_name": names, "status": ["new"] * len(names)}), cores=1)
    assert [batch["source_name"].str.split("/").list.first().unique().to_list() for batch in batches] == [
        ["batch-0"], ["batch-1"], ["batch-2"]
    ]


def folders_of(count: int, size: int) -> pl.DataFrame:
    names = [f"batch-{folder:02d}/{n}.txt" for folder in range(count) for n in range(size)]
    return pl.DataFrame({"source_name": names, "status": ["new"] * len(names)})


def test_a_large_run_is_spread_evenly_over_the_cores_in_as_few_batches_as_keep_them_busy():
    assert [batch.height for batch in batches_to_parse(folders_of(8, 1000), cores=2)] == [4000, 4000]
    assert [batch.height for batch in batches_to_parse(folders_of(20, 1000), cores=2)] == [5000] * 4
    assert [batch.height for batch in batches_to_parse(folders_of(9, 1000), cores=3)] == [3000] * 3
    assert [batch.height for batch in batches_to_parse(folders_of(20, 1000), most=2000, cores=2)] == [2000] * 10


def test_a_change_of_a_few_reports_is_one_batch_and_one_process():
    assert batch_size_for(SPLIT_SIZE, cores=2) == SPLIT_SIZE
    assert [batch.height for batch in batches_to_parse(folders_of(3, 500), cores=2)] == [1500]
    assert processes_for(SPLIT_SIZE, BATCH_SIZE) == 1
    # More than a batch's floor is spread over the cores, and so is more than REPORTS_PER_BATCH when it is lower.
    assert processes_for(SPLIT_SIZE + 1, BATCH_SIZE) == processes_for(150, 100) == (os.cpu_count() or 1)
    assert batch_size_for(150, most=100, cores=2) == 100
