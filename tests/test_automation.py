"""The folder sensor, the daily schedule and the release's own automation."""
import datetime as dt
import os
import shutil

import dagster as dg
import pytest

from pipelines.asset_keys import RELEASE_KEY
from pipelines.defs.automation.triggers import daily_run, release_automation, reports_folder_sensor
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
    first, cursor = evaluate(tmp_path, reports_per_batch=2)
    assert processes(first) == os.cpu_count()
    assert first.tags["reports/files_touched"] == "3"
    (tmp_path / "d.txt").write_text("新的会议")
    (tmp_path / "a.txt").write_text("改过的会议")
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


def test_the_release_must_run_between_six_and_seven_every_day():
    from pipelines.definitions import defs

    release = defs.resolve_assets_def(RELEASE_KEY)
    policy = release.specs_by_key[RELEASE_KEY].freshness_policy
    assert (policy.deadline_cron, policy.timezone, policy.lower_bound_delta) == ("0 7 * * *", "Asia/Shanghai", dt.timedelta(hours=1))
    assert release_automation.default_status == dg.DefaultSensorStatus.RUNNING
