"""Scraped files of every hostile kind, generated here (no binaries committed), through the whole job.

Each kind of input has an expected outcome: a parsed report (flagged when damaged)
or a rejected_files row whose reason a person understands. The run must succeed,
must never open anything outside REPORTS_DIR and must use no network.
"""
from __future__ import annotations

import ast
import io
import os
import random
import sys
import threading
import zipfile
from pathlib import Path

import duckdb
import polars as pl
import pytest

from pipelines.parsing.decoding import RejectedReport, decode_report
from pipelines.parsing.script import convert_script
from pipelines.resources import ReportsFolder
from pipelines.sources import ReadFile, UnreadableFile, find_report_files, read_report_file
from tests.conftest import REPO, PipelineRunner

REPORT = "3月5日上午，青山区总工会召开党组会议。党组书记、主席陈立言主持会议并讲话。区总工会全体干部参加会议。"
CHAIR = "陈立言"
LIMIT = 2 * 1024 * 1024


def traditional(text: str) -> str:
    return convert_script(text, "traditional")


def png() -> bytes:
    return b"\x89PNG\r\n\x1a\n" + random.Random(1).randbytes(2048)


def zip_archive() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("report.txt", REPORT * 50)
    return buffer.getvalue()


def with_bad_utf8_in_the_middle(text: str, bom: bool = False) -> bytes:
    data = text.encode("utf-8")
    middle = len(text[: len(text) // 2].encode("utf-8"))
    return (b"\xef\xbb\xbf" if bom else b"") + data[:middle] + b"\xff\xfe\x80" + data[middle:]


def html_page() -> str:
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>工会新闻</title>"
        "<style>body { color: red } p::after { content: '召开会议' }</style>"
        "<script>document.write('<p>市总工会召开秘密会议</p>'); fetch('http://example.invalid/x')</script></head>"
        "<body><div class='nav'>首页 &gt; 工会动态</div>"
        f"<p>{REPORT}</p><img src=x onerror=\"alert(1)\"><script src='http://example.invalid/a.js'></script>"
        "<noscript>请启用脚本</noscript></body></html>"
    )


PAGE_CHROME = "首页 | 工会动态 | 当前位置：首页 > 新闻\n发布时间：2024-03-05 来源：本站 浏览次数：1024\n分享到： 扫一扫\n版权所有 © 2024 某某市总工会 ICP备00000000号\n"

# name -> (bytes, expected). expected is ("report", must_find_the_chair, damage_flag or None)
# or ("rejected", reason).
def hostile_files() -> dict[str, tuple[bytes, tuple]]:
    report_utf8 = REPORT.encode("utf-8")
    hk = traditional(REPORT) + "大家都話今次會議好有用㗎，會後食咗飯。"
    return {
        "empty.txt": (b"", ("rejected", "empty")),
        "blank lines.txt": (b"\r\n \n\t\n", ("rejected", "empty")),
        "photo.txt": (png(), ("rejected", "binary")),
        "archive.txt": (zip_archive(), ("rejected", "binary")),
        "noise.txt": (random.Random(7).randbytes(8192), ("rejected", "undecodable")),
        "nul_throughout.txt": (b"\x00\x01\x02\x03" * 2048, ("rejected", "binary")),
        "too_big.txt": (b"a" * (3 * 1024 * 1024), ("rejected", "too large: 3 MB > 2 MB")),
        "utf16_bom.txt": (REPORT.encode("utf-16"), ("report", True, None)),
        "utf16be_bom.txt": (b"\xfe\xff" + REPORT.encode("utf-16-be"), ("report", True, None)),
        "gb18030.txt": (REPORT.encode("gb18030"), ("report", True, None)),
        "big5.txt": (traditional(REPORT).encode("big5"), ("report", True, None)),
        "big5hkscs.txt": (hk.encode("big5hkscs"), ("report", True, None)),
        "bad_utf8_middle.txt": (with_bad_utf8_in_the_middle(REPORT * 3), ("report", True, "replacement_char")),
        "bad_utf8_middle_bom.txt": (with_bad_utf8_in_the_middle(REPORT * 3, bom=True), ("report", True, "replacement_char")),
        "nul_bytes.txt": (report_utf8[:30] + b"\x00\x00" + report_utf8[30:], ("report", True, "control_chars")),
        "crlf.txt": (REPORT.replace("。", "。\r\n").encode("utf-8"), ("report", True, None)),
        "page.html.txt": (html_page().encode("utf-8"), ("report", True, None)),
        "chrome_only.txt": (PAGE_CHROME.encode("utf-8"), ("report", False, None)),
        "one_mb_line.txt": (("会议" + "x" * (1024 * 1024)).encode("utf-8"), ("report", False, None)),
        "quotes.txt": (("“" * 20_000 + REPORT + "”" * 20_000).encode("utf-8"), ("report", False, None)),
        "brackets.txt": (("（【《[(" * 8_000 + REPORT).encode("utf-8"), ("report", False, None)),
        "pinyin.txt": (("系(xì)統(tǒng)" * 10_000 + "。" + REPORT).encode("utf-8"), ("report", True, None)),
        "unbalanced.txt": (("“青山区（" + REPORT + "《讲话》》」）”“「").encode("utf-8"), ("report", False, None)),
        "name with spaces 报告 第一期.txt": (report_utf8, ("report", True, None)),
        "名称\n含换行.txt": (report_utf8, ("report", True, None)),
        "2024/03/深/层/嵌套.txt": (report_utf8, ("report", True, None)),
    }


class LimitedRunner(PipelineRunner):
    """The conftest runner with a small file-size limit, as a deployment sets MAX_REPORT_BYTES."""

    max_file_bytes = LIMIT

    def resources(self, **text_settings) -> dict:
        resources = super().resources(**text_settings)
        resources["reports_folder"] = ReportsFolder(path=str(self.reports), max_file_bytes=self.max_file_bytes)
        return resources


class _Watch:
    """An audit hook (they cannot be removed, so it is installed once and switched on per test)."""

    active = False
    opened: list[str] = []
    network: list[tuple] = []
    installed = False

    @classmethod
    def start(cls) -> None:
        if not cls.installed:
            sys.addaudithook(cls._hook)
            cls.installed = True
        cls.opened, cls.network, cls.active = [], [], True

    @classmethod
    def stop(cls) -> None:
        cls.active = False

    @classmethod
    def _hook(cls, event: str, args: tuple) -> None:
        if not cls.active or threading.current_thread() is not threading.main_thread():
            return
        if event == "open" and isinstance(args[0], (str, bytes, os.PathLike)):
            cls.opened.append(os.fsdecode(args[0]))
        elif event in ("socket.connect", "socket.getaddrinfo", "socket.sendto", "urllib.Request"):
            cls.network.append((event, args))


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("hostile")
    (tmp_path / "run").mkdir()
    runner = LimitedRunner(tmp_path / "run")
    outside = tmp_path / "outside"
    outside.mkdir()
    secret = outside / "secret.txt"
    secret.write_text("机密：不应读取。" + REPORT, encoding="utf-8")
    files = hostile_files()
    for name, (data, _) in files.items():
        path = runner.reports / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    os.symlink(secret, runner.reports / "link_to_secret.txt")
    os.symlink(outside, runner.reports / "link_to_outside_folder")
    os.symlink("../../../outside/secret.txt", runner.reports / "2024" / "relative_escape.txt")
    os.mkfifo(runner.reports / "a_pipe.txt")
    _Watch.start()
    try:
        runner.run()
    finally:
        _Watch.stop()
    with duckdb.connect(str(runner.warehouse), read_only=True) as con:
        tables = {t: con.table(t).pl() for t in ("reports", "meetings", "attendees", "rejected_files")}
    return runner, files, tables, outside


def test_every_hostile_file_is_parsed_or_rejected_with_a_reason(hostile_run):
    runner, files, tables, _ = hostile_run
    reports = {row["source_name"]: row for row in tables["reports"].iter_rows(named=True)}
    rejected = {row["source_name"]: row for row in tables["rejected_files"].iter_rows(named=True)}
    chairs = set(
        tables["meetings"].filter(pl.col("chair") == CHAIR).join(tables["reports"], on="report_id")["source_name"]
    )
    assert not set(reports) & set(rejected)
    for name, (_, expected) in files.items():
        if expected[0] == "rejected":
            assert name in rejected, name
            assert rejected[name]["reason"] == expected[1], (name, rejected[name])
            continue
        assert name in reports, (name, rejected.get(name))
        _, must_parse, flag = expected
        if must_parse:
            assert name in chairs, f"{name}: the meeting chaired by {CHAIR} was not parsed"
        if flag:
            assert reports[name]["is_damaged"] and flag in reports[name]["damage_flags"], name
    assert rejected["link_to_secret.txt"]["reason"] == "outside REPORTS_DIR"
    assert rejected["2024/relative_escape.txt"]["reason"] == "outside REPORTS_DIR"
    assert rejected["link_to_outside_folder"]["reason"] == "outside REPORTS_DIR"
    assert rejected["a_pipe.txt"]["reason"] == "not a file"
    assert set(reports) | set(rejected) == set(files) | {
        "link_to_secret.txt",
        "link_to_outside_folder",
        "2024/relative_escape.txt",
        "a_pipe.txt",
    }


def test_clean_reports_hold_no_markup_script_or_carriage_return(hostile_run):
    _, _, tables, _ = hostile_run
    texts = dict(tables["reports"].select("source_name", "text_clean").iter_rows())
    page = texts["page.html.txt"]
    for leftover in ("<", "document.write", "fetch(", "color: red", "alert(1)", "秘密会议", "&gt;"):
        assert leftover not in page, leftover
    assert REPORT in page
    assert not any("\r" in text or "\x00" in text for text in texts.values())
    assert "(xì)" not in texts["pinyin.txt"] and "(tǒng)" not in texts["pinyin.txt"]
    encodings = dict(tables["reports"].select("source_name", "encoding").iter_rows())
    assert encodings["utf16_bom.txt"] == "utf-16" and encodings["gb18030.txt"] == "gb18030"
    assert encodings["big5.txt"] == "big5" and encodings["big5hkscs.txt"] == "big5hkscs"
    assert "㗎" in texts["big5hkscs.txt"] or "咯" in texts["big5hkscs.txt"]


def test_nothing_outside_the_reports_folder_is_read_and_no_network_is_used(hostile_run):
    runner, _, tables, outside = hostile_run
    assert _Watch.opened, "the audit hook saw the run open files"
    touched = [path for path in _Watch.opened if Path(path).resolve().is_relative_to(outside.resolve())]
    assert touched == []
    assert _Watch.network == []
    everything = " ".join(str(v) for t in tables.values() for row in t.iter_rows() for v in row)
    assert "机密" not in everything


def test_a_rejected_file_says_both_sizes_when_too_large(tmp_path):
    (tmp_path / "huge.txt").write_bytes(b"x")
    os.truncate(tmp_path / "huge.txt", 62 * 1024 * 1024)  # sparse: no 62 MB written
    [found] = find_report_files(tmp_path)
    read = read_report_file(tmp_path, found, 5 * 1024 * 1024)
    assert isinstance(read, UnreadableFile)
    assert read.reason == "too large: 62 MB > 5 MB"


def test_a_file_name_that_is_not_utf8_is_stored_readably_not_a_crash(pipeline):
    name = os.fsdecode(b"\xc4\xe3\xba\xc3 gbk name.txt")
    (pipeline.reports / name).write_bytes(REPORT.encode("utf-8"))
    pipeline.run()
    with duckdb.connect(str(pipeline.warehouse), read_only=True) as con:
        [(source_name,)] = con.execute("SELECT source_name FROM reports").fetchall()
        assert con.execute("SELECT count(*) FROM meetings").fetchall() == [(1,)]
    assert source_name == "\\xc4\\xe3\\xba\\xc3 gbk name.txt"


def test_a_file_that_changes_while_it_is_read_is_read_again(tmp_path, monkeypatch):
    path = tmp_path / "r.txt"
    path.write_bytes(REPORT.encode("utf-8"))
    real_fstat = os.fstat
    calls = {"n": 0}

    def fstat_while_a_scraper_rewrites(fd):
        calls["n"] += 1
        if calls["n"] == 2:  # after the first read: the scraper appends a line
            with open(path, "ab") as handle:
                handle.write("会议强调。".encode("utf-8"))
        return real_fstat(fd)

    monkeypatch.setattr("pipelines.sources.os.fstat", fstat_while_a_scraper_rewrites)
    [found] = find_report_files(tmp_path)
    read = read_report_file(tmp_path, found, 10_000)
    assert isinstance(read, ReadFile)
    assert read.data == (REPORT + "会议强调。").encode("utf-8")


def test_a_file_that_keeps_changing_is_refused_for_this_run(tmp_path, monkeypatch):
    path = tmp_path / "r.txt"
    path.write_bytes(REPORT.encode("utf-8"))
    real_fstat = os.fstat
    calls = {"n": 0}

    def fstat_growing(fd):
        calls["n"] += 1
        if calls["n"] % 2 == 0:
            with open(path, "ab") as handle:
                handle.write(b"x")
        return real_fstat(fd)

    monkeypatch.setattr("pipelines.sources.os.fstat", fstat_growing)
    [found] = find_report_files(tmp_path)
    read = read_report_file(tmp_path, found, 10_000)
    assert isinstance(read, UnreadableFile) and read.reason == "changed while read"


def test_a_file_that_grows_past_the_limit_while_read_is_too_large(tmp_path, monkeypatch):
    path = tmp_path / "r.txt"
    path.write_bytes(b"a" * 100)
    real_fstat = os.fstat
    calls = {"n": 0}

    def fstat_then_grow(fd):
        answer = real_fstat(fd)
        calls["n"] += 1
        if calls["n"] == 1:  # checked at 100 bytes, then the file grows before it is read
            with open(path, "ab") as handle:
                handle.write(b"a" * 1000)
        return answer

    monkeypatch.setattr("pipelines.sources.os.fstat", fstat_then_grow)
    [found] = find_report_files(tmp_path)
    read = read_report_file(tmp_path, found, 500)
    assert isinstance(read, UnreadableFile) and read.reason.startswith("too large")
    assert read.detail == "the file grew while it was read"


def test_a_link_swapped_in_after_the_check_is_not_followed(tmp_path, monkeypatch):
    reports = tmp_path / "reports"
    reports.mkdir()
    (tmp_path / "secret.txt").write_text("机密")
    target = reports / "r.txt"
    target.write_text(REPORT)
    real_is_file = Path.is_file

    def swap_after_check(self):
        answer = real_is_file(self)
        if self == target.resolve():
            target.unlink()
            os.symlink(tmp_path / "secret.txt", target)
        return answer

    monkeypatch.setattr(Path, "is_file", swap_after_check)
    [found] = find_report_files(reports)
    read = read_report_file(reports, found, 10_000)
    assert isinstance(read, UnreadableFile) and read.reason == "unreadable"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (with_bad_utf8_in_the_middle(REPORT * 4), "utf-8"),
        (with_bad_utf8_in_the_middle(REPORT * 4, bom=True), "utf-8"),
        # a damaged double-byte character (two bytes no codec reads) in a GB18030 report
        (REPORT.encode("gb18030")[:40] + b"\xff\xff" + REPORT.encode("gb18030")[42:], "gb18030"),
        (REPORT.encode("utf-16") + b"\x00", "utf-16"),
    ],
)
def test_a_good_report_with_a_few_bad_bytes_is_decoded_and_the_damage_kept_visible(data, encoding):
    decoded = decode_report(data)
    assert decoded.encoding == encoding
    assert 0 < decoded.replaced_bytes <= 4
    assert "\ufffd" in decoded.text and "青山区总工会召开党组会议" in decoded.text


def test_random_bytes_are_never_taken_for_a_damaged_report():
    rnd = random.Random(3)
    for _ in range(40):
        data = rnd.randbytes(rnd.randint(1, 6000))
        try:
            decoded = decode_report(data)
        except RejectedReport as rejected:
            assert rejected.reason in {"empty", "binary", "undecodable"}
        else:
            assert decoded.replaced_bytes == 0, "only a reading without bad bytes is kept for noise"


SQL_CALLS = {"execute", "sql", "query", "executemany", "from_query"}


def test_no_sql_is_built_by_formatting_values_into_strings():
    """Every SQL text comes from sql/ files or is a constant; data reaches DuckDB as parameters or registered frames."""
    offenders = []
    for path in sorted((REPO / "pipelines").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in SQL_CALLS and node.args:
                first = node.args[0]
                formatted = isinstance(first, ast.JoinedStr) or (
                    isinstance(first, ast.BinOp) and isinstance(first.op, (ast.Mod, ast.Add))
                ) or (isinstance(first, ast.Call) and isinstance(first.func, ast.Attribute) and first.func.attr == "format")
                if formatted:
                    offenders.append(f"{path.relative_to(REPO)}:{node.lineno}")
    assert offenders == []
