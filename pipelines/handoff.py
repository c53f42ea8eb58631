"""How steps hand their outputs to the next: Dagster's filesystem IO manager, each file written whole.

Dagster's own writes an asset's pickle in place, at one path per asset. Two overlapping runs
(the sensor's and the schedule's) then let one run's step read a file the other run is still
writing, and fail in ``pickle.load``. Here a file is written beside its path and renamed onto
it, so a reader gets a whole file: the previous one or the new one.
"""
import os
import pickle
import uuid
from typing import Any

import dagster as dg
from upath import UPath


class WholeFilePickleIOManager(dg.UPathIOManager):
    def dump_to_path(self, context: dg.OutputContext, obj: Any, path: UPath) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f".{path.name}.{uuid.uuid4().hex}")
        try:
            with partial.open("wb") as file:
                pickle.dump(obj, file, pickle.HIGHEST_PROTOCOL)
            os.replace(partial, path)
        finally:
            partial.unlink(missing_ok=True)

    def load_from_path(self, context: dg.InputContext, path: UPath) -> Any:
        with path.open("rb") as file:
            return pickle.load(file)


class WholeFileFilesystemIOManager(dg.ConfigurableIOManagerFactory):
    """Step outputs as pickles under the instance's storage folder, laid out as Dagster's
    ``FilesystemIOManager`` lays them out (where ``parse.remove_batch_files`` looks for them)."""

    def create_io_manager(self, context: dg.InitResourceContext) -> WholeFilePickleIOManager:
        return WholeFilePickleIOManager(base_path=UPath(context.instance.storage_directory()))
