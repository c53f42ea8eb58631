"""Each asset check fails on a warehouse built to break it, and passes on a sound one."""
import duckdb
import pytest

from pipelines.checks import warehouse_checks
from pipelines.resources import Warehouse
from pipelines.store import TABLES, read_sql

REPORT = "INSERT INTO reports VALUES (?, ?, 'x', 1, 'utf-8', 'traditional', 'simplified', 't', ?, 0, 0, [], false, NULL, now(), 'v')"
MEETING = "INSERT INTO meetings VALUES (?, ?, 0, NULL, '会议', NULL, NULL, NULL, NULL, NULL, 0, 2)"
ATTENDEE = "INSERT INTO attendees VALUES (?, ?, ?, '王明', NULL, NULL, NULL, 'attendee', 0, 2)"


def check_results(warehouse: Warehouse) -> dict[tuple[str, str], object]:
    """(check name, table) → the check's result, from one run of every check."""
    return {(result.check_name, result.asset_key.path[-1]): result for result in warehouse_checks(warehouse=warehouse)}


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
    results = check_results(sound)
    assert len(results) == 9 and all(result.passed for result in results.values())


def test_text_checks_fail_on_pinyin_and_traditional_characters(tmp_path):
    warehouse = warehouse_with(tmp_path / "w.duckdb", [(REPORT, ["r1", "a.txt", "市總工會(huì)召開會議"])])
    results = check_results(warehouse)
    pinyin = results["no_pinyin_annotations_left", "reports"]
    assert not pinyin.passed and pinyin.metadata["examples"].data == {"a.txt": "(huì)"}
    traditional = results["no_traditional_characters_left", "reports"]
    assert not traditional.passed and traditional.metadata["reports_with_traditional_characters"].value == 1
    assert traditional.metadata["examples"].data == {"a.txt": 5}


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
    results = {table: r.passed for (check, table), r in check_results(warehouse).items() if check == "points_at_existing_meeting"}
    assert results == {"attendees": False, "initiatives": True}


def test_duplicate_keys_fail_where_no_constraint_stops_them(tmp_path):
    warehouse = warehouse_with(
        tmp_path / "w.duckdb",
        [(REPORT, ["r1", "a.txt", "会议"]), (REPORT, ["r1", "b.txt", "会议"])],
        constraints=False,
    )
    results = {table: r.passed for (check, table), r in check_results(warehouse).items() if check == "unique_keys"}
    assert results == {"reports": False, "meetings": True, "attendees": True, "initiatives": True, "rejected_files": True}
