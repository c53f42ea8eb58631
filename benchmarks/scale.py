"""The scale benchmark behind `make bench` (a benchmark, run by hand; not a test).

    .venv/bin/python -m benchmarks.scale [--reports 20000] [--repeats 3] [--keep]

Generates a corpus of N reports in batch folders of 1,000 (benchmarks/corpus.py), then,
each against the same warehouse, extracts and Dagster instance:

- the full run: `dagster asset materialize --select '*'`, the same job `make run` launches with `dg launch`;
- a no-op re-run, both as the CLI run and as the folder sensor's tick that decides
  there is nothing to run;
- a run after 1% of the files changed, launched as the folder sensor asks for it (in one
  process when the changed files fit in one batch) and as a CLI run with the default executor;
- each re-run ``--repeats`` times (other files changed each time): the machine's speed drifts
  by a fifth within minutes, so the table gives the median and the range;
- Dagster's floor: the CLI materializing one asset that does nothing, in one process
  (benchmarks/dagster_floor.py), on an instance of its own: what any run costs first;
- the bare conversion of the same corpus with the OpenCC converter in one process
  (the floor our converter sets), and the ratio full run / bare conversion; beside it,
  the same conversion with the pipeline's own converter (pipelines/parsing/conversion.py),
  which gives the same text.

It prints a Markdown table and writes it, with the figures as JSON, to
benchmarks/results/scale-N.{md,json}. Wall times are taken around each command; the
peak memory is the largest sum of the run's processes' PSS, sampled every 0.2 s; stage
times are the step durations in the run's event log, summed per stage.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import threading
import time
from collections import defaultdict
from pathlib import Path

from benchmarks.corpus import change_files, write_corpus

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "benchmarks" / "results"
BIN = Path(sys.executable).parent
STAGES = {
    "raw_reports": "ingest",
    "parsed_reports.split_into_batches": "clean + parse",
    "parsed_reports.clean_and_parse_batch": "clean + parse",
    "parsed_reports.combine_parsed_batches": "clean + parse",
    "warehouse_tables": "warehouse",
    "open_data_release": "publish",
}


def main() -> None:
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("--reports", type=int, default=20_000)
    arguments.add_argument("--keep", action="store_true", help="keep the generated corpus and warehouse")
    arguments.add_argument("--full-run-only", action="store_true", help="skip the no-op and 1%%-change runs")
    arguments.add_argument("--repeats", type=int, default=3, help="times each re-run is timed (median and range reported)")
    options = arguments.parse_args()
    if options.repeats < 1:
        arguments.error("--repeats must be at least 1")
    work = RESULTS / f"work-{options.reports}"
    shutil.rmtree(work, ignore_errors=True)
    reports = work / "raw"
    paths = write_corpus(reports, options.reports)
    corpus_bytes = sum(path.stat().st_size for path in paths)
    environment = _environment(work, reports)

    full = _timed_run(environment)
    result = {"reports": options.reports, "megabytes": round(corpus_bytes / 1e6, 1), "cores": os.cpu_count()}
    result |= {
        "full_run_seconds": full["seconds"],
        "reports_per_second": round(options.reports / full["seconds"], 1),
        "megabytes_per_second": round(corpus_bytes / 1e6 / full["seconds"], 2),
        "milliseconds_per_report": round(1000 * full["seconds"] / options.reports, 3),
        "peak_rss_megabytes": full["peak_rss_megabytes"],
        "stage_seconds": full["stage_seconds"],
    }
    if not options.full_run_only:
        result |= _reruns(environment, paths, full["seconds"], options.repeats)
        floor = _dagster_floor_seconds(work)
        result |= {"dagster_floor_seconds": floor, "dagster_floor_share_of_full": round(floor / full["seconds"], 3)}
    bare, ours = _bare_conversion_seconds(paths)
    result |= {
        "bare_conversion_seconds": bare,
        "pipeline_converter_seconds": ours,
        "full_over_bare_conversion": round(full["seconds"] / bare, 3),
    }

    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / f"scale-{options.reports}.json").write_text(json.dumps(result, indent=2), encoding="utf-8")
    table = _markdown(result)
    (RESULTS / f"scale-{options.reports}.md").write_text(table, encoding="utf-8")
    print(table)
    if not options.keep:
        shutil.rmtree(work)


def _reruns(environment: dict[str, str], paths: list[Path], full_seconds: float, repeats: int) -> dict:
    noop = [_timed_run(environment) for _ in range(repeats)]
    _, cursor, _ = _sensor_tick(environment, None)
    ticks = []
    for _ in range(repeats):
        seconds, cursor, request = _sensor_tick(environment, cursor)
        assert request is None, f"the sensor asked for a run with nothing changed: {request}"
        ticks.append({"seconds": seconds})
    as_requested, by_cli = [], []
    for repeat in range(repeats):
        changed = change_files(paths, 0.01, seed=100 + 2 * repeat)
        _, cursor, request = _sensor_tick(environment, cursor)
        as_requested.append(_timed_run(environment, request["run_config"]))
        change_files(paths, 0.01, seed=101 + 2 * repeat)
        _, cursor, _ = _sensor_tick(environment, cursor)  # so the next tick counts only the next change
        by_cli.append(_timed_run(environment))
    return {
        **_repeated("noop_run", noop, full_seconds),
        **_repeated("noop_sensor_tick", ticks, full_seconds),
        "changed_files": len(changed),
        "one_percent_sensor_run_config": request["run_config"],
        **_repeated("one_percent_sensor_run", as_requested, full_seconds),
        **_repeated("one_percent_run", by_cli, full_seconds),
    }


def _repeated(name: str, runs: list[dict], full_seconds: float) -> dict:
    """The median run's seconds and stage times (the lower of the middle two for an even count), its
    share of the full run, and every run's seconds."""
    seconds = [run["seconds"] for run in runs]
    median = next(run for run in runs if run["seconds"] == statistics.median_low(seconds))
    figures = {
        f"{name}_seconds": median["seconds"],
        f"{name}_share_of_full": round(median["seconds"] / full_seconds, 4),
        f"{name}_all_seconds": seconds,
    }
    if "stage_seconds" in median:
        figures[f"{name}_stage_seconds"] = median["stage_seconds"]
    return figures


def _environment(work: Path, reports: Path) -> dict[str, str]:
    return {
        **os.environ,
        "DAGSTER_HOME": str(_instance_home(work / "dagster_home")),
        "REPORTS_DIR": str(reports),
        "WAREHOUSE_PATH": str(work / "warehouse" / "warehouse.duckdb"),
        "EXTRACTS_DIR": str(work / "extracts"),
    }


def _instance_home(home: Path) -> Path:
    """A fresh DAGSTER_HOME with the project's dagster.yaml."""
    home.mkdir(parents=True)
    shutil.copyfile(REPO / "dagster.yaml", home / "dagster.yaml")
    return home


def _timed_run(environment: dict[str, str], run_config: dict | None = None) -> dict:
    command = [str(BIN / "dagster"), "asset", "materialize", "-m", "pipelines.definitions", "--select", "*"]
    if run_config:
        command += ["--config-json", json.dumps(run_config)]
    started = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=REPO, env=environment, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True
    )
    peak = _RssSampler(process.pid)
    peak.start()
    log = process.stdout.read()
    process.wait()
    seconds = time.perf_counter() - started
    peak.stop()
    if process.returncode != 0:
        raise SystemExit(f"the run failed:\n{log[-5000:]}")
    return {"seconds": round(seconds, 2), "peak_rss_megabytes": round(peak.peak_bytes / 2**20), "stage_seconds": _stage_seconds(environment["DAGSTER_HOME"])}


def _dagster_floor_seconds(work: Path) -> float:
    """Median wall time of three CLI runs of benchmarks/dagster_floor.py in one process, after one that
    creates the instance's databases."""
    home = _instance_home(work / "dagster_floor_home")
    command = [
        str(BIN / "dagster"), "asset", "materialize", "-m", "benchmarks.dagster_floor", "--select", "*",
        "--config-json", json.dumps({"execution": {"config": {"in_process": {}}}}),
    ]
    seconds = []
    for _ in range(4):
        started = time.perf_counter()
        subprocess.run(command, cwd=REPO, env={**os.environ, "DAGSTER_HOME": str(home)}, capture_output=True, check=True)
        seconds.append(time.perf_counter() - started)
    return round(sorted(seconds[1:])[1], 2)


def _stage_seconds(dagster_home: str) -> dict[str, float]:
    """Step durations of the instance's latest run, from its event log (steps in other processes write
    to the same console, so its lines can interleave), summed per stage (batches run side by side, so
    theirs is CPU-like)."""
    import dagster as dg

    totals: dict[str, float] = defaultdict(float)
    with dg.DagsterInstance.from_config(dagster_home) as instance:
        [run] = instance.get_run_records(limit=1)
        for entry in instance.all_logs(run.dagster_run.run_id, of_type=dg.DagsterEventType.STEP_SUCCESS):
            stage = STAGES.get(entry.step_key.split("[")[0], "checks")
            totals[stage] += entry.dagster_event.event_specific_data.duration_ms / 1000
    return {stage: round(seconds, 2) for stage, seconds in totals.items()}


class _RssSampler(threading.Thread):
    """Largest total resident memory of a process session, read from /proc.

    Each process counts its proportional set size (PSS): the steps fork from one
    server, and pages they share would be counted once per process as plain RSS.
    """

    def __init__(self, session: int) -> None:
        super().__init__(daemon=True)
        self.session, self.peak_bytes, self._stopped = session, 0, threading.Event()

    def run(self) -> None:
        while not self._stopped.wait(0.2):
            total = 0
            for stat in Path("/proc").glob("[0-9]*/stat"):
                try:
                    fields = stat.read_text().rsplit(")", 1)[1].split()
                    if int(fields[3]) == self.session:  # field 6 of /proc/pid/stat: the session id
                        total += _pss_bytes(stat.parent / "smaps_rollup")
                except (OSError, IndexError, ValueError):
                    continue
            self.peak_bytes = max(self.peak_bytes, total)

    def stop(self) -> None:
        self._stopped.set()
        self.join()


def _pss_bytes(smaps_rollup: Path) -> int:
    for line in smaps_rollup.read_text().splitlines():
        if line.startswith("Pss:"):
            return int(line.split()[1]) * 1024
    return 0


def _sensor_tick(environment: dict[str, str], cursor: str | None) -> tuple[float, str | None, dict | None]:
    """One tick of the folder sensor from ``cursor``: its seconds, the cursor it leaves and the run it asks for, if any."""
    code = (
        "import json, sys, time, dagster as dg\n"
        "from pipelines.defs.automation.triggers import reports_folder_sensor\n"
        "from pipelines.settings import resources_from_environment\n"
        "context = dg.build_sensor_context(resources=resources_from_environment(), cursor=json.loads(sys.argv[1]))\n"
        "started = time.perf_counter()\n"
        "result = reports_folder_sensor(context)\n"
        "seconds = time.perf_counter() - started\n"
        "request = {'run_config': result.run_config, 'tags': result.tags} if isinstance(result, dg.RunRequest) else None\n"
        "print(json.dumps([seconds, context.cursor, request]))\n"
    )
    output = subprocess.run(
        [sys.executable, "-c", code, json.dumps(cursor)], cwd=REPO, env=environment, capture_output=True, text=True, check=True
    )
    seconds, cursor, request = json.loads(output.stdout.strip().splitlines()[-1])
    return round(seconds, 3), cursor, request


def _bare_conversion_seconds(paths: list[Path]) -> tuple[float, float]:
    """Seconds to convert every report's text to Simplified in this one process, with OpenCC's own
    converter (the floor the issue sets) and with the pipeline's converter; reading and decoding are not timed."""
    import opencc

    from pipelines.parsing.conversion import Converter
    from pipelines.parsing.decoding import decode_report

    texts = [decode_report(path.read_bytes()).text for path in paths]
    seconds = []
    for converter in (opencc.OpenCC("t2s"), Converter("t2s")):
        started = time.perf_counter()
        for text in texts:
            converter.convert(text)
        seconds.append(round(time.perf_counter() - started, 2))
    return seconds[0], seconds[1]


def _markdown(result: dict) -> str:
    rows = [
        ("reports", f"{result['reports']:,} ({result['megabytes']} MB, {result['cores']} cores)"),
        ("full run", f"{result['full_run_seconds']} s: {result['reports_per_second']} reports/s, {result['megabytes_per_second']} MB/s, {result['milliseconds_per_report']} ms/report"),
        ("time per stage (sum of step times)", ", ".join(f"{k} {v} s" for k, v in result["stage_seconds"].items())),
        ("peak memory (PSS summed over the run's processes)", f"{result['peak_rss_megabytes']} MB"),
    ]
    if "noop_run_seconds" in result:
        rows += [
            ("no-op re-run (CLI run)", _median_and_range(result, "noop_run", ".1%")),
            ("no-op (folder sensor tick)", _median_and_range(result, "noop_sensor_tick", ".2%")),
            (
                "1% changed, run as the folder sensor asks for it",
                f"{result['changed_files']} files, processes={result['one_percent_sensor_run_config']['execution']['config']['processes']}: "
                + _median_and_range(result, "one_percent_sensor_run", ".1%"),
            ),
            ("1% changed, CLI run with the default executor", f"{result['changed_files']} files: " + _median_and_range(result, "one_percent_run", ".1%")),
            ("Dagster's floor: a CLI run of one asset that does nothing, one process", f"{result['dagster_floor_seconds']} s = {result['dagster_floor_share_of_full']:.1%} of the full run"),
        ]
    rows += [
        ("bare OpenCC conversion, one process", f"{result['bare_conversion_seconds']} s"),
        ("the same with the pipeline's converter (same output)", f"{result['pipeline_converter_seconds']} s"),
        ("full run / bare conversion", f"{result['full_over_bare_conversion']}"),
    ]
    return "| figure | value |\n|---|---|\n" + "\n".join(f"| {name} | {value} |" for name, value in rows) + "\n"


def _median_and_range(result: dict, name: str, share_format: str) -> str:
    runs = result[f"{name}_all_seconds"]
    share = format(result[f"{name}_share_of_full"], share_format)
    return f"{result[f'{name}_seconds']} s = {share} of the full run (median of {len(runs)}: {min(runs)}–{max(runs)} s)"


if __name__ == "__main__":
    main()
