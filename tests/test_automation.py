"""The folder sensor, the daily schedule and the release's own automation."""
import datetime as dt
import os
import shutil
import time

import dagster as dg
import pytest

from pipelines.asset_keys import RELEASE_KEY
from pipelines.defs.automation.triggers import FILE_CLOCK_SLACK_NS, daily_run, release_automation, reports_folder_sensor
from pipelines.defs.release.assets import DAILY_CHECK_CRON, RELEASE_TIMEZONE
from pipelines.resources import ReportsFolder
from tests.conftest import SAMPLE_REPORT


def evaluate(folder, cursor=None, reports_per_batch=1000):
    folder_resource = ReportsFolder(path=str(folder), reports_per_batch=reports_per_batch)
    context = dg.build_sensor_context(cursor=cursor, resources={"reports_folder": folder_resource})
    return reports_folder_sensor(context), context.cursor


def processes(request: dg.RunRequest) -> int:
    return request.run_config["execution"]["config"]["processes"]


def test_the_sensor_asks_for_a_run_only_when_the_folder_changes(tmp_path):
    (tmp_path / "a.txt").write_text("会议")
    first, cursor = evaluate(tmp_path)
    assert isinstance(first, dg.RunRequest)
    again, same_cursor = evaluate(tmp_path, cursor)
    assert isinstance(again, dg.SkipReason)
    assert same_cursor == cursor
    (tmp_path / "b.txt").write_text("新的会议报告")
    changed, changed_cursor = evaluate(tmp_path, cursor)
    assert isinstance(changed, dg.RunRequest)
    (tmp_path / "b.txt").unlink()
    reverted, _ = evaluate(tmp_path, changed_cursor)
    assert isinstance(reverted, dg.RunRequest), "removing the file again must start a run"
    assert reverted.run_key is None


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="one core: every run is in one process")
def test_a_run_is_spread_over_processes_only_when_the_files_written_fill_more_than_a_batch(tmp_path):
    for name in "abc":
        (tmp_path / f"{name}.txt").write_text("会议")
    time.sleep(2 * FILE_CLOCK_SLACK_NS / 1e9)
    first, cursor = evaluate(tmp_path, reports_per_batch=2)
    assert processes(first) == os.cpu_count()
    assert first.tags["reports/files_touched"] == "3"
    (tmp_path / "d.txt").write_text("新的会议")
    (tmp_path / "a.txt").write_text("改过的会议")
    time.sleep(2 * FILE_CLOCK_SLACK_NS / 1e9)
    two_written, cursor = evaluate(tmp_path, cursor, reports_per_batch=2)
    assert processes(two_written) == 1
    for name in "efg":
        (tmp_path / f"{name}.txt").write_text("更多会议")
    three_written, _ = evaluate(tmp_path, cursor, reports_per_batch=2)
    assert processes(three_written) == os.cpu_count()


def test_an_unreadable_cursor_counts_as_a_first_tick(tmp_path):
    (tmp_path / "a.txt").write_text("会议")
    request, cursor = evaluate(tmp_path, cursor="0f" * 32)
    assert isinstance(request, dg.RunRequest)
    assert isinstance(evaluate(tmp_path, cursor)[0], dg.SkipReason)


def test_the_sensor_is_stopped_and_the_schedule_daily_by_default():
    assert reports_folder_sensor.default_status == dg.DefaultSensorStatus.STOPPED
    assert daily_run.cron_schedule == "0 6 * * *"


def test_the_run_config_the_sensor_asks_for_is_valid_for_the_job(tmp_path):
    from pipelines.definitions import defs

    (tmp_path / "a.txt").write_text("会议")
    request, _ = evaluate(tmp_path)
    job = defs.resolve_job_def("process_reports")
    for config in (request.run_config, {"execution": {"config": {"processes": 1}}}):
        executor = dg.validate_run_config(job, config)["execution"]["reports_executor"]
        wanted = config["execution"]["config"]["processes"]
        assert set(executor) == ({"in_process"} if wanted == 1 else {"multiprocess"})


SHANGHAI = dt.timezone(dt.timedelta(hours=8))


def test_an_empty_folder_still_gets_its_first_warehouse_and_release(pipeline):
    result = pipeline.run()
    assert {"warehouse/reports", "open_data_release"} <= {"/".join(e.asset_key.path) for e in result.get_asset_materialization_events()}
    assert pipeline.warehouse.exists() and (pipeline.extracts / "LATEST").exists()


def test_ingest_decides_from_the_folder_and_the_warehouse_alone(pipeline):
    pipeline.add(SAMPLE_REPORT)
    pipeline.run()
    shutil.rmtree(pipeline.extracts)
    # The folder is as the warehouse holds it: nothing after ingest runs, whatever became of the releases.
    result = pipeline.run()
    assert result.get_asset_materialization_events() == []
    assert not pipeline.extracts.exists()


def test_the_release_is_checked_once_a_day_so_a_day_with_nothing_new_still_shows_it(pipeline):
    pipeline.add(SAMPLE_REPORT)
    pipeline.run()
    today = dt.datetime.now(SHANGHAI).replace(hour=5, minute=0)
    assert pipeline.automation_tick(today) == 0
    assert pipeline.automation_tick(today.replace(hour=6, minute=20)) == 0
    # After 06:30 the release runs alone: the warehouse is the one it was made from, so it publishes nothing.
    assert pipeline.automation_tick(today.replace(hour=6, minute=31)) == 1
    [event] = pipeline.instance.fetch_materializations(RELEASE_KEY, limit=1).records
    assert event.asset_materialization.metadata["published"].value is False
    assert (pipeline.extracts / "LATEST").read_text().strip() == "1.0.0"
    assert pipeline.automation_tick(today.replace(hour=7)) == 0


def test_the_daily_run_and_the_daily_check_fall_inside_the_releases_freshness_window():
    from pipelines.definitions import defs

    policy = defs.resolve_assets_def(RELEASE_KEY).specs_by_key[RELEASE_KEY].freshness_policy
    deadline = dt.time(*map(int, reversed(policy.deadline_cron.split()[:2])))
    opens = (dt.datetime.combine(dt.date.today(), deadline) - policy.lower_bound_delta).time()
    for cron in (daily_run.cron_schedule, DAILY_CHECK_CRON):
        minute, hour = map(int, cron.split()[:2])
        assert opens <= dt.time(hour, minute) < deadline, cron
    assert policy.timezone == daily_run.execution_timezone == RELEASE_TIMEZONE
    assert release_automation.default_status == dg.DefaultSensorStatus.RUNNING


def test_a_release_left_behind_by_a_run_of_every_asset_is_caught_up(pipeline, monkeypatch):
    """``dagster asset materialize --select '*'`` targets the release too; when it dies before the release,
    the warehouse it left is still the release's to catch up."""
    from pipelines.definitions import build_definitions

    pipeline.add(SAMPLE_REPORT)
    pipeline.run()
    assert pipeline.automation_tick() == 0
    (pipeline.reports / "second.txt").write_text("3月5日，青石市总工会召开党组会议，主席林晓东主持。", encoding="utf-8")
    monkeypatch.setattr("pipelines.release.gates.package_errors", lambda staging: ["broken on purpose"])
    every_asset = build_definitions(pipeline.resources()).resolve_implicit_global_asset_job_def()
    keys = list(build_definitions(pipeline.resources()).resolve_asset_graph().get_all_asset_keys())
    assert not every_asset.execute_in_process(instance=pipeline.instance, asset_selection=keys, raise_on_error=False).success
    monkeypatch.undo()
    assert pipeline.automation_tick() == 1
    assert (pipeline.extracts / "LATEST").read_text().strip() == "1.1.0"
