"""Step outputs are handed over as whole files, so an overlapping run never reads half of one."""
import pickle

import dagster as dg
from upath import UPath

from pipelines.handoff import WholeFilePickleIOManager


def test_an_output_replaces_the_previous_file_whole_and_leaves_nothing_beside_it(tmp_path):
    manager = WholeFilePickleIOManager(base_path=UPath(tmp_path))
    path = UPath(tmp_path) / "parsed_reports"
    manager.dump_to_path(dg.build_output_context(), {"rows": 1}, path)
    reader = path.open("rb")  # a step of another run, still reading the first file
    manager.dump_to_path(dg.build_output_context(), {"rows": 2}, path)

    assert manager.load_from_path(dg.build_input_context(), path) == {"rows": 2}
    assert pickle.load(reader) == {"rows": 1}
    reader.close()
    assert [p.name for p in tmp_path.iterdir()] == ["parsed_reports"]
