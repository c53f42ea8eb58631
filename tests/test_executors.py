"""The parallel executor the CLI and the UI run with builds the warehouse a run in one process builds."""
import gc
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipelines.execution import PARSING_COLLECTION_THRESHOLDS, collections_spaced_for_parsing, run_config

from tests.conftest import DG_LAUNCH, MATERIALIZE_ALL, REPO, SAMPLES, comparable


def test_batches_spread_over_processes_give_the_warehouse_of_one_process(pipeline, tmp_path):
    samples = sorted(SAMPLES.rglob("*.txt"))
    # Three batches: two batch folders and the top of REPORTS_DIR.
    pipeline.add(samples[0])
    for number, path in enumerate(samples[1:]):
        pipeline.add(path, f"batch-{number % 2}/{path.name}")
    env = pipeline.cli_environment(tmp_path / "dagster_home") | {"REPORTS_PER_BATCH": "2", "VIRTUAL_ENV": sys.prefix}

    # As `make run` starts it, then as a scheduler outside the project's folder does.
    run = subprocess.run(DG_LAUNCH, cwd=REPO, env=env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]
    assert "Executing steps using multiprocess executor" in run.stderr
    assert 'step "parsed_reports.clean_and_parse_batch[batch_00002]"' in run.stderr
    [run_storage] = [folder for folder in (tmp_path / "dagster_home" / "storage").iterdir() if folder.name.count("-") == 4]
    assert (run_storage / "compute_logs").is_dir() and list(run_storage.glob("parsed_reports.*")) == [], "batch files left behind"
    parallel = comparable(pipeline.warehouse)

    # Nothing written since: a run launched with no number of processes starts no fork server.
    run = subprocess.run(MATERIALIZE_ALL, cwd=REPO, env=env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]
    assert "Executing steps in process" in run.stderr and "nothing to do" in run.stderr

    pipeline.warehouse.unlink()
    one_process = MATERIALIZE_ALL + ["--config-json", json.dumps(run_config(processes=1))]
    run = subprocess.run(one_process, cwd=REPO, env=env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]
    assert "Executing steps in process" in run.stderr
    in_process = comparable(pipeline.warehouse)
    assert {table: frame.height for table, frame in parallel.items()} == {table: frame.height for table, frame in in_process.items()}
    for table, frame in in_process.items():
        assert parallel[table].equals(frame), table


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="threads are counted in /proc")
def test_the_fork_server_preloads_a_warm_parser_and_starts_no_thread_for_it():
    from pipelines.execution import _executor_config

    preload = _executor_config({"processes": 2})["multiprocess"]["start_method"]["forkserver"]["preload_modules"]
    assert "pipelines.executor_warmup" in preload
    code = (
        "import os, pipelines.definitions\n"
        "from pipelines.parsing import lexicons\n"
        "before = (lexicons.pattern.cache_info().currsize, len(os.listdir('/proc/self/task')))\n"
        "import pipelines.executor_warmup\n"
        "print(*before, lexicons.pattern.cache_info().currsize, len(os.listdir('/proc/self/task')))\n"
    )
    run = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120, check=True)
    cached_before, threads_before, cached_after, threads_after = map(int, run.stdout.split())
    assert cached_before == 0 < cached_after
    # Two runs at once hung when the fork server had used Polars' thread pool before forking.
    assert threads_after == threads_before


def test_a_setting_out_of_bounds_does_not_break_the_fork_servers_warm_up():
    # The run's resource setup reports it; an error in a preloaded module would kill the fork server.
    for variable, value in (("TARGET_SCRIPT", "klingon"), ("KEEP_RELEASES", "0")):
        env = {**os.environ, variable: value}
        run = subprocess.run([sys.executable, "-c", "import pipelines.executor_warmup"], cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
        assert run.returncode == 0, run.stderr[-2000:]


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="one core: every run is in one process")
def test_a_run_launched_with_no_number_takes_one_process_while_at_most_a_batch_needs_parsing(pipeline, monkeypatch):
    from pipelines import execution

    def launched() -> int:
        # The variables only around the decision: the definitions module reads them when first imported.
        with monkeypatch.context() as variables:
            variables.setenv("REPORTS_DIR", str(pipeline.reports))
            variables.setenv("WAREHOUSE_PATH", str(pipeline.warehouse))
            variables.setenv("REPORTS_PER_BATCH", "2")
            return execution.processes_at_launch()

    pipeline.add(sorted(SAMPLES.rglob("*.txt"))[0])
    assert launched() == os.cpu_count(), "a first run parses everything"
    pipeline.run()
    assert launched() == 1, "nothing written since the warehouse was published"
    for name in ("a.txt", "b.txt"):
        (pipeline.reports / name).write_text("青石县总工会召开全委会议。", encoding="utf-8")
    assert launched() == 1, "two files fit in a batch of two"
    (pipeline.reports / "c.txt").write_text("青石县总工会召开全委会议。", encoding="utf-8")
    assert launched() == os.cpu_count()
    pipeline.run()
    assert launched() == 1
    monkeypatch.setattr(execution, "parser_version", lambda: "another parser")
    assert launched() == os.cpu_count(), "a new parser parses every report again"


def test_the_launch_decision_is_made_once_while_dagster_maps_a_runs_config_again_and_again(monkeypatch):
    from pipelines import execution

    decisions = []
    monkeypatch.setattr(execution, "processes_at_launch", lambda: decisions.append(1) or 1)
    monkeypatch.setattr(execution.time, "monotonic", lambda: 1000.0)
    execution._decided_at_launch.cache_clear()
    try:
        assert [execution._executor_config({}) for _ in range(4)] == [{"in_process": {}}] * 4
        assert len(decisions) == 1
        monkeypatch.setattr(execution.time, "monotonic", lambda: 1000.0 + execution.DECISION_KEPT_SECONDS)
        execution._executor_config({})
        assert len(decisions) == 2, "a later launch decides anew"
        execution._executor_config({"processes": 2})
        assert len(decisions) == 2, "a run given its number of processes needs no decision"
    finally:
        execution._decided_at_launch.cache_clear()


def test_a_batch_is_parsed_with_the_collector_spaced_out_and_the_thresholds_come_back_even_on_an_error():
    before = gc.get_threshold()
    with collections_spaced_for_parsing():
        assert gc.get_threshold() == PARSING_COLLECTION_THRESHOLDS != before
    assert gc.get_threshold() == before
    with pytest.raises(ValueError), collections_spaced_for_parsing():
        raise ValueError("a report that breaks the parser")
    assert gc.get_threshold() == before
