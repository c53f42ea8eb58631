"""Each asset check fails on a warehouse built to break it, and passes on a sound one."""
import duckdb
import pytest

from pipelines.checks import no_pinyin_annotations_left, no_traditional_characters_left, points_at_existing_meeting, unique_keys
from pipelines.resources import Warehouse
from pipelines.store import TABLES, read_sql

REPORT = "INSERT INTO reports VALUES (?, ?, 'x', 1, 'utf-8', 'traditional', 'simplified', 't', ?, 0, 0, [], false, NULL, now(), 'v')"
MEETING = "INSERT INTO meetings VALUES (?, ?, 0, NULL, '会议', NULL, NULL, NULL, NULL, NULL, 0, 2)"
ATTENDEE = "INSERT INTO attendees VALUES (?, ?, ?, '王明', NULL, NULL, NULL, 'attendee', 0, 2)"


def warehouse_with(path, statements, constraints: bool = True) -> Warehouse:
    with duckdb.connect(str(path)) as con:
        if constraints:
            con.execute(read_sql("schema/tables"))
        else:
            con.execute("ATTACH ':memory:' AS model")
            con.execute("USE model")
            con.execute(read_sql("schema/tables"))
            con.execute(f"USE {path.stem}")
            for table in TABLES:
                con.execute(f"CREATE TABLE {table} AS FROM model.{table}")
        for sql, params in statements:
            con.execute(sql, params)
    return Warehouse(path=str(path))


@pytest.fixture
def sound(tmp_path) -> Warehouse:
    return warehouse_with(tmp_path / "sound.duckdb", [(REPORT, ["r1", "a.txt", "市总工会召开会议"]), (MEETING, ["m1", "r1"]), (ATTENDEE, ["a1", "m1", "r1"])])


def test_every_check_passes_on_a_sound_warehouse(sound):
    assert no_pinyin_annotations_left(warehouse=sound).passed
    assert no_traditional_characters_left(warehouse=sound).passed
    assert all(result.passed for result in unique_keys(warehouse=sound))
    assert all(result.passed for result in points_at_existing_meeting(warehouse=sound))


def test_text_checks_fail_on_pinyin_and_traditional_characters(tmp_path):
    warehouse = warehouse_with(tmp_path / "w.duckdb", [(REPORT, ["r1", "a.txt", "市總工會(huì)召開會議"])])
    pinyin = no_pinyin_annotations_left(warehouse=warehouse)
    assert not pinyin.passed and pinyin.metadata["examples"].data == {"a.txt": "(huì)"}
    traditional = no_traditional_characters_left(warehouse=warehouse)
    assert not traditional.passed and traditional.metadata["reports_with_traditional_characters"].value == 1


def test_a_row_pointing_at_another_reports_meeting_fails(tmp_path):
    warehouse = warehouse_with(
        tmp_path / "w.duckdb",
        [
            (REPORT, ["r1", "a.txt", "会议"]),
            (REPORT, ["r2", "b.txt", "会议"]),
            (MEETING, ["m1", "r1"]),
            (ATTENDEE, ["a1", "m1", "r2"]),
        ],
    )
    results = {r.asset_key.path[-1]: r.passed for r in points_at_existing_meeting(warehouse=warehouse)}
    assert results == {"attendees": False, "initiatives": True}


def test_duplicate_keys_fail_where_no_constraint_stops_them(tmp_path):
    warehouse = warehouse_with(
        tmp_path / "w.duckdb",
        [(REPORT, ["r1", "a.txt", "会议"]), (REPORT, ["r1", "b.txt", "会议"])],
        constraints=False,
    )
    results = {r.asset_key.path[-1]: r.passed for r in unique_keys(warehouse=warehouse)}
    assert results == {"reports": False, "meetings": True, "attendees": True, "initiatives": True, "rejected_files": True}
