"""The pure core of meeting-reports: decoding, cleaning, script conversion and parsing.

Nothing in this package imports Dagster; every function takes and returns plain data.
"""
import functools
import hashlib
import sys
from pathlib import Path

from .compiled import current_build

if (_build := current_build()) is not None:
    sys.path.append(str(_build))  # the build's shared runtime, a top-level module named by a digest
    __path__.insert(0, str(_build / "pipelines" / "parsing"))

from .lexical import model_fingerprint  # noqa: E402 - after the module path is set

PARSER_RELEASE = "0.1.0"
"""The parser's release, raised with each published change of the rules."""


@functools.cache
def parser_version() -> str:
    """The release plus fingerprints of this package's code and word lists and of the lexical model.

    Any change to cleaning, parsing or the model's weights changes the version, so every report is
    parsed again: a warehouse never mixes rows of two parsers, even when nobody raised the release.
    """
    return f"{PARSER_RELEASE}+{code_fingerprint(Path(__file__).parent)}.{model_fingerprint()}"


def code_fingerprint(package: Path) -> str:
    """A digest of a package's modules and word lists, names and contents."""
    digest = hashlib.sha256()
    for path in sorted([*package.glob("*.py"), *package.glob("lexicons/*.txt")]):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]
