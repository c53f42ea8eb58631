"""The one place the project is wired: the stages under ``pipelines/defs`` (loaded from the folder,
as ``dg`` projects are) with the resources, the executor and the hand-off between steps.

``dg launch``, ``dg dev``, ``dagster asset materialize -m pipelines.definitions`` and schedulers
load ``defs``; tests build the same definitions on resources of their own.
"""
from pathlib import Path

import dagster as dg

from pipelines.execution import reports_executor
from pipelines.handoff import WholeFileFilesystemIOManager
from pipelines.settings import resources_from_environment

def build_definitions(resources: dict) -> dg.Definitions:
    return dg.Definitions.merge(
        dg.load_from_defs_folder(path_within_project=Path(__file__).resolve().parent),
        dg.Definitions(resources={"io_manager": WholeFileFilesystemIOManager(), **resources}, executor=reports_executor),
    )


defs = build_definitions(resources_from_environment())
