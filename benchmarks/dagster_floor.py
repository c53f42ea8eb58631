"""One asset that does nothing: what a Dagster run costs before any of the pipeline's work
(benchmarks/scale.py times the CLI materializing it; not part of the pipeline)."""
import dagster as dg


@dg.asset
def nothing() -> None:
    """Materializes at once."""


defs = dg.Definitions(assets=[nothing])
