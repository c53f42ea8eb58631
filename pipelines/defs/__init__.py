"""The Dagster definitions, one folder per stage, loaded by ``dg.load_from_defs_folder``
(``pipelines/definitions.py``): ingest → parse → warehouse → release, and the automation that
starts runs. Each stage is a thin shell over the pure core in ``pipelines/`` (parsing, frames,
store, release), which never imports Dagster."""
