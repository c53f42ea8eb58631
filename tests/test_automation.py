"""The folder sensor and the daily schedule."""
import dagster as dg

from pipelines.automation import daily_run, reports_folder_sensor
from pipelines.resources import ReportsFolder


def evaluate(folder, cursor=None):
    context = dg.build_sensor_context(cursor=cursor, resources={"reports_folder": ReportsFolder(path=str(folder))})
    return reports_folder_sensor(context), context.cursor


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


def test_the_sensor_is_stopped_and_the_schedule_daily_by_default():
    assert reports_folder_sensor.default_status == dg.DefaultSensorStatus.STOPPED
    assert daily_run.cron_schedule == "0 6 * * *"
