"""What killed runs leave behind goes once it is a day old, and nothing a live run may still be using goes with it."""
import os
import time
from pathlib import Path

from pipelines.leftovers import remove_abandoned
from tests.conftest import SAMPLE_REPORT


def _made(path: Path, days_ago: float, folder: bool = False) -> Path:
    if folder:
        path.mkdir(parents=True)
        (path / "part").write_text("rows")
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("rows")
    stamp = time.time() - days_ago * 24 * 3600
    os.utime(path, (stamp, stamp))
    return path


def test_only_matching_leftovers_over_a_day_old_are_removed(tmp_path):
    old_file = _made(tmp_path / ".w.build-1", days_ago=2)
    old_folder = _made(tmp_path / ".w.build-2", days_ago=2, folder=True)
    fresh = _made(tmp_path / ".w.build-3", days_ago=0.5)
    unrelated = _made(tmp_path / "w.duckdb", days_ago=30)

    remove_abandoned(tmp_path, ".w.build-*")

    assert not old_file.exists() and not old_folder.exists()
    assert fresh.exists() and unrelated.exists()


def test_a_leftover_link_is_removed_and_what_it_points_at_is_not(tmp_path):
    release = _made(tmp_path / "releases" / "1.0.0", days_ago=5, folder=True)
    link = tmp_path / ".latest-1"
    link.symlink_to(Path("releases") / "1.0.0")
    stamp = time.time() - 2 * 24 * 3600
    os.utime(link, (stamp, stamp), follow_symlinks=False)

    remove_abandoned(tmp_path, ".latest-*")

    assert not link.is_symlink()
    assert (release / "part").read_text() == "rows"


def test_a_run_removes_what_killed_runs_left_a_day_ago_and_keeps_what_live_runs_are_writing(pipeline):
    pipeline.add(SAMPLE_REPORT)
    storage = Path(pipeline.instance.storage_directory())
    folder = pipeline.warehouse.parent
    killed = {
        "warehouse build": _made(folder / f".{pipeline.warehouse.name}.build-killed", days_ago=2),
        "its write-ahead log": _made(folder / f".{pipeline.warehouse.name}.build-killed.wal", days_ago=2),
        "release staging": _made(pipeline.extracts / ".staging-killed", days_ago=2, folder=True),
        "latest pointer": _made(pipeline.extracts / ".LATEST-killed", days_ago=2),
        "batch files": _made(storage / "killed-run" / "parsed_reports.clean_and_parse_batch[batch_00000]", days_ago=2, folder=True),
        "split batches": _made(storage / "killed-run" / "parsed_reports.split_into_batches", days_ago=2, folder=True),
        "parsed rows": _made(storage / "killed-run" / "parsed", days_ago=2, folder=True),
    }
    live = {
        "warehouse build": _made(folder / f".{pipeline.warehouse.name}.build-live", days_ago=0.1),
        "release staging": _made(pipeline.extracts / ".staging-live", days_ago=0.1, folder=True),
        "batch files": _made(storage / "live-run" / "parsed_reports.clean_and_parse_batch[batch_00000]", days_ago=0.1, folder=True),
        "parsed rows": _made(storage / "live-run" / "parsed", days_ago=0.1, folder=True),
    }

    pipeline.run()

    assert [name for name, path in killed.items() if path.exists()] == []
    assert [name for name, path in live.items() if not path.exists()] == []
    assert (pipeline.extracts / "LATEST").read_text().strip() == "1.0.0"
