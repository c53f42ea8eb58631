"""What a killed run leaves behind, and when the next run removes it.

A run removes its own temporary files and folders when it fails; a run that is killed
(out of memory, a restart of the machine) cannot. At 200,000 reports they are large:
a half-built warehouse of 1 GB, a release staging folder of 1.4 GB, batch files of 3.9 GB.
The next run removes those a day old: no live run is still writing them by then, and the
data team has had a day to look at them.
"""
import shutil
import time
from pathlib import Path

ABANDONED_AFTER_SECONDS = 24 * 3600


def remove_abandoned(folder: Path, pattern: str) -> None:
    """Remove the files and folders in ``folder`` matching ``pattern`` that were last modified over a day ago."""
    cutoff = time.time() - ABANDONED_AFTER_SECONDS
    for leftover in folder.glob(pattern):
        try:
            if leftover.lstat().st_mtime >= cutoff:
                continue
            if leftover.is_dir() and not leftover.is_symlink():
                shutil.rmtree(leftover)
            else:
                leftover.unlink()
        except OSError:
            continue  # an overlapping run removed it first, or it is not ours to remove: not worth failing a run
