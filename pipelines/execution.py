"""How a run's steps are executed: spread over processes, or all in the run's own process.

Only Dagster's own executors; ``processes`` in the run config picks one, so the
folder sensor, the launchpad and ``make run`` choose the same way.
"""

import os

import dagster as dg

def _executor_config(config: dict) -> dict:
    if config["processes"] == 1:
        return {"in_process": {}}
    return {
        "multiprocess": {
            "max_concurrent": config["processes"],
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
            default_value=os.cpu_count() or 1,
            description=(
                "Steps run side by side, in processes forked from one server (one per core by default). "
                "1 runs every step in the run's own process: no server to start (about 2 s), "
                "which is quicker when all the new reports fit in one batch."
            ),
        )
    },
)
"""Batches are parsed on every core; the DuckDB steps are held to one at a time by their pool."""


def run_config(processes: int) -> dict:
    """The run config that executes a run's steps in ``processes`` processes."""
    return {"execution": {"config": {"processes": processes}}}


def processes_for(reports_to_parse: int, reports_per_batch: int) -> int:
    """Processes worth starting for a run with about this many reports to parse: one
    when they fit in one batch, since a single batch cannot be spread over cores."""
    return 1 if reports_to_parse <= reports_per_batch else os.cpu_count() or 1
