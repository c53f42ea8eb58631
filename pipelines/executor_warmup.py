"""Imported by the executor's fork server (pipelines/execution.py) and by nothing else.

Parsing one short report here fills the parser's caches once, so every batch step
forked from the server starts warm instead of filling them again (about 0.1 s a step).
"""
from pipelines.parsing.warmup import warm_up
from pipelines.settings import resolved_resources

warm_up(resolved_resources()["text_settings"].target_script)
