"""How a run's steps are executed: spread over processes, or all in the run's own process.

Only Dagster's own executors; ``processes`` in the run config picks one, so the
folder sensor, the launchpad and ``make run`` choose the same way. A run launched
without it (the CLI, the schedule) takes one process when there is at most a batch to parse.
"""

import contextlib
import functools
import gc
import multiprocessing
import os
import time
from collections.abc import Iterator

import dagster as dg

from pipelines.frames import SPLIT_SIZE
from pipelines.parsing import parser_version
from pipelines.settings import resources_from_environment
from pipelines.sources import scan_folder
from pipelines.store import published_parsers


def _executor_config(config: dict) -> dict:
    processes = config.get("processes")
    if processes is None:
        processes = _decided_at_launch(int(time.monotonic() // DECISION_KEPT_SECONDS))
    if processes == 1:
        return {"in_process": {}}
    return {
        "multiprocess": {
            "max_concurrent": processes,
            # Steps fork from a server that has imported Dagster and the pipeline once, loaded
            # the lexical model and parsed a report to fill the parser's caches (executor_warmup):
            # a fresh interpreter per step would spend ~3 s on imports, and a fork without the
            # warm-up ~1 s a step on the model (docs/decisions.md, "The fork server's warm-up").
            "start_method": {"forkserver": {"preload_modules": ["pipelines.definitions", "pipelines.executor_warmup"]}},
        }
    }


reports_executor = dg.multi_or_in_process_executor.configured(
    _executor_config,
    name="reports_executor",
    config_schema={
        "processes": dg.Field(
            int,
            is_required=False,
            description=(
                "Steps run side by side, in processes forked from one server. 1 runs every step in the run's "
                "own process: no server to start (about 4 s), which is quicker when all the new reports fit "
                "in one batch. Unset, the run takes 1 when the files written since the warehouse was "
                "published fit in one batch and it was parsed as today, one per core otherwise."
            ),
        )
    },
)
"""Batches are parsed on every core; the DuckDB steps are held to one at a time by their pool."""


def run_config(processes: int) -> dict:
    """The run config that executes a run's steps in ``processes`` processes."""
    return {"execution": {"config": {"processes": processes}}}


def processes_for(reports_to_parse: int, reports_per_batch: int) -> int:
    """Processes worth starting for a run with about this many reports to parse: one when they make one batch
    (:func:`~pipelines.frames.batch_size_for`), since a single batch cannot be spread over cores."""
    return 1 if reports_to_parse <= min(reports_per_batch, SPLIT_SIZE) else os.cpu_count() or 1


DECISION_KEPT_SECONDS = 10
"""Dagster maps a run's executor config several times while the run starts (four times in a CLI run, in one
process): the decision, which opens the warehouse and scans the folder (0.25 s at 20,000 reports), is made once
and reused within a window of this many seconds."""


@functools.lru_cache(maxsize=1)
def _decided_at_launch(window: int) -> int:
    return processes_at_launch()


def processes_at_launch() -> int:
    """Processes for a run launched without a number: one when the published warehouse was parsed as today and
    the files written since it was published (by their status-change time, as the folder sensor counts them)
    fit in one batch, so that a run with nothing new reads the folder and stops without starting the fork
    server; one per core otherwise (a first run, a new parser or target script, a large drop)."""
    every_core = os.cpu_count() or 1
    if multiprocessing.parent_process() is not None:
        # A step's process resolves its run's config again: the run was launched, and the choice made, already.
        return every_core
    try:
        resources = resources_from_environment(read_now=True)
        folder, warehouse = resources["reports_folder"], resources["warehouse"]
        if not folder.root.is_dir():
            return every_core  # ingest stops the run, saying so
        if published_parsers(warehouse.file, warehouse.settings) != {(parser_version(), resources["text_settings"].target_script)}:
            return every_core
        written = scan_folder(folder.root, since_ns=warehouse.file.stat().st_mtime_ns).touched
    except Exception:  # noqa: BLE001 - a guess that cannot be made (a locked warehouse, a bad setting) is no reason to fail
        return every_core  # the run's own steps meet the same problem and say what it is
    return processes_for(written, folder.reports_per_batch)


PARSING_COLLECTION_THRESHOLDS = (20_000, 50, 50)
"""Python's cycle collector runs its youngest generation every 700 new objects and the whole heap every 100 of those
by default. Parsing a batch makes millions of short-lived objects, nearly none in cycles, and holds the batch's
documents alive: collecting every 20,000 spares the whole-heap scans of them, about a tenth of a step's time
(benchmarks/RESULTS.md), for at most 20,000 objects more before a collection."""


@contextlib.contextmanager
def collections_spaced_for_parsing() -> Iterator[None]:
    """The cycle collector at :data:`PARSING_COLLECTION_THRESHOLDS` while a batch is parsed, as it was after."""
    before = gc.get_threshold()
    gc.set_threshold(*PARSING_COLLECTION_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*before)
