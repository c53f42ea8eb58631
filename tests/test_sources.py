import os
import time

from pipelines.sources import ReadFile, UnreadableFile, find_report_files, read_report_file, scan_folder


def test_files_are_found_recursively_with_names_relative_to_the_folder(tmp_path):
    (tmp_path / "2024" / "03").mkdir(parents=True)
    (tmp_path / "2024" / "03" / "b.txt").write_text("会议")
    (tmp_path / "a 报告.txt").write_text("会议")
    (tmp_path / ".hidden.txt").write_text("x")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "config").write_text("x")
    assert [f.source_name for f in find_report_files(tmp_path)] == ["a 报告.txt", "2024/03/b.txt"]


def test_a_file_is_read_with_its_hash(tmp_path):
    (tmp_path / "r.txt").write_bytes(b"abc")
    [found] = find_report_files(tmp_path)
    read = read_report_file(tmp_path, found, max_bytes=100)
    assert isinstance(read, ReadFile)
    assert read.sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"


def test_a_link_pointing_outside_the_folder_is_refused(tmp_path):
    outside = tmp_path / "secret.txt"
    outside.write_text("不应读取")
    reports = tmp_path / "reports"
    reports.mkdir()
    os.symlink(outside, reports / "link.txt")
    [found] = find_report_files(reports)
    read = read_report_file(reports, found, max_bytes=100)
    assert isinstance(read, UnreadableFile)
    assert read.reason == "outside REPORTS_DIR"


def test_a_file_over_the_limit_is_refused_with_both_sizes(tmp_path):
    (tmp_path / "big.txt").write_bytes(b"x" * (3 * 1024 * 1024))
    [found] = find_report_files(tmp_path)
    read = read_report_file(tmp_path, found, max_bytes=1024 * 1024)
    assert isinstance(read, UnreadableFile)
    assert read.reason == "too large: 3 MB > 1 MB"


def test_fingerprint_changes_when_a_file_is_added_or_changed(tmp_path):
    (tmp_path / "a.txt").write_text("会议")
    first = scan_folder(tmp_path).fingerprint
    assert scan_folder(tmp_path).fingerprint == first
    (tmp_path / "b.txt").write_text("会议")
    second = scan_folder(tmp_path).fingerprint
    assert second != first
    (tmp_path / "b.txt").write_text("会议召开")
    assert scan_folder(tmp_path).fingerprint != second


def test_touched_counts_files_written_since_a_time_even_with_an_old_modification_time(tmp_path):
    (tmp_path / "old.txt").write_text("会议")
    (tmp_path / "kept.txt").write_text("会议")
    assert scan_folder(tmp_path).touched == 2
    since = time.time_ns()
    time.sleep(0.01)
    assert scan_folder(tmp_path, since_ns=since).touched == 0
    (tmp_path / "new.txt").write_text("新的会议")
    (tmp_path / "old.txt").write_text("改过的会议")
    # As rsync -a or cp -p leave it: the content is new, the modification time is not.
    os.utime(tmp_path / "old.txt", ns=(0, 0))
    assert scan_folder(tmp_path, since_ns=since).touched == 2


def test_a_linked_folder_is_found_and_refused_not_silently_skipped(tmp_path):
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "r.txt").write_text("会议")
    reports = tmp_path / "reports"
    (reports / "inside").mkdir(parents=True)
    os.symlink(outside, reports / "linked_out")
    os.symlink(reports / "inside", reports / "linked_in")
    found = {f.source_name: read_report_file(reports, f, 100) for f in find_report_files(reports)}
    assert sorted(found) == ["linked_in", "linked_out"]
    assert found["linked_out"].reason == "outside REPORTS_DIR"
    assert found["linked_in"].reason == "not a file"
