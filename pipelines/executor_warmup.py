"""Imported by the executor's fork server (pipelines/execution.py) and by nothing else.

Parsing one short report here fills the parser's caches once, so every batch step
forked from the server starts warm instead of filling them again (docs/decisions.md).
The project's repository is built here too: each step loads its job from it, which
took 0.09 s of every step when each built it for itself.
The objects made so far are then frozen out of the cycle collector: a step's full
collections scan only what the step makes, not the server's Dagster, model and caches.
"""
import gc

import dagster as dg

from pipelines.definitions import defs
from pipelines.parsing.warmup import warm_up
from pipelines.settings import resources_from_environment


def _target_script() -> str | None:
    """TARGET_SCRIPT as a run resolves it; None when it is out of bounds, so that the run's own resource
    setup fails with the message naming it (an error raised here would kill the fork server instead)."""
    try:
        return resources_from_environment()["text_settings"].process_config_and_initialize().target_script
    except (ValueError, dg.DagsterInvalidConfigError):
        return None


if (target_script := _target_script()) is not None:
    warm_up(target_script)
defs.get_repository_def()
gc.collect()  # what the imports and the warm-up left as garbage is freed, not frozen into every step
gc.freeze()
