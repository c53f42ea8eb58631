"""The parser's modules compiled to C with mypyc, and when a build of them is used.

The parser is plain, typed Python. mypyc compiles the same modules to C extensions that parse about a
quarter faster and give the same rows (benchmarks/RESULTS.md). ``make install`` builds them into
``build/compiled-parser`` and stamps the build with a digest of the sources it was made from. This package
puts the build first on its module path only while the stamp matches the sources, so an edited module is
never shadowed by a build of its old text: it runs as plain Python, with a warning, until the next ``make``.

Run ``python pipelines/parsing/compiled.py`` to build (needs the ``compile`` extra: mypy and setuptools); as a script,
not a module of the package, so that building never imports the build it replaces. It then saves the lexical
model's 8-bit encoder beside the build (:data:`ENCODER_BUILD`).
"""
from __future__ import annotations

import contextlib
import hashlib
import io
import os
import sys
import sysconfig
import tempfile
import warnings
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
BUILD = PACKAGE.parents[1] / "build" / "compiled-parser"
STAMP = "sources.sha256"
COMPILED_MODULES = (
    "cleaning", "conversion", "dates", "decoding", "groups", "initiatives", "lexical", "lexicons", "meetings", "model",
    "people", "report", "script", "segmentation",
)
"""The modules that parse a report. Not compiled: this one, the package's own, the target script's wrapper, the
warm-up, and int8_encoder, which runs once per process."""


ENCODER_BUILD: Path = BUILD.parent / "lexical-encoder"
"""Where ``make install`` saves the lexical model's 8-bit encoder (:func:`.lexical.save_encoder`), named by what it
is built from, so that a process reads it instead of building it."""


class StaleBuildWarning(UserWarning):
    """The compiled parser was built from other sources than the package holds: plain Python runs instead."""


def sources_digest(package: Path = PACKAGE) -> str:
    """A digest of the compiled modules' sources and of the interpreter they are built for (its extension modules'
    suffix names the implementation, version, ABI and platform)."""
    digest = hashlib.sha256(str(sysconfig.get_config_var("EXT_SUFFIX")).encode())
    for module in COMPILED_MODULES:
        digest.update(b"\0" + module.encode() + b"\0" + (package / f"{module}.py").read_bytes())
    return digest.hexdigest()


def current_build(package: Path = PACKAGE, build: Path = BUILD) -> Path | None:
    """``build`` when it holds the compiled modules of the package's sources as they are now; None when there is no
    build, or a stale one (a warning says so)."""
    stamped = _stamp_of(build)
    if stamped is None:
        return None
    try:
        current = sources_digest(package)
    except OSError:
        current = None  # a compiled module was renamed or removed: the build holds modules the package no longer has
    if stamped != current:
        warnings.warn(
            f"the compiled parser in {build} was built from other sources: parsing in plain Python, about a third slower; "
            "run `make install` to build it again",
            StaleBuildWarning,
            stacklevel=2,
        )
        return None
    return build


def _stamp_of(build: Path) -> str | None:
    """The digest a build is stamped with; None for no build, or one being replaced this instant."""
    try:
        return (build / STAMP).read_text(encoding="ascii").strip()
    except OSError:
        return None


def build(package: Path = PACKAGE, target: Path = BUILD) -> bool:
    """Compile the modules into ``target``, replacing what it held, unless it holds them already (False then). The
    stamp is written last, with the digest of the sources as they were read, so an interrupted build is never used,
    and neither is one whose sources were edited while it compiled."""
    digest = sources_digest(package)
    if _stamp_of(target) == digest:
        return False
    from mypyc.build import mypycify
    from setuptools import Distribution

    root = package.parents[1]
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent, prefix=".building-") as scratch:
        work, out = Path(scratch) / "work", Path(scratch) / "out"
        cwd = Path.cwd()
        os.chdir(root)  # mypyc names each module by its path from here: pipelines/parsing/people.py → pipelines.parsing.people
        try:
            sources = [str((package / f"{module}.py").relative_to(root)) for module in COMPILED_MODULES]
            # mypyc prints its notes on every build (a generator read as a list); only a failed check is worth showing.
            notes = io.StringIO()
            try:
                with contextlib.redirect_stdout(notes):
                    extensions = mypycify(sources, target_dir=str(work))
            except SystemExit:
                print(notes.getvalue(), file=sys.stderr)
                raise
            distribution = Distribution({"name": "compiled-parser", "ext_modules": extensions})
            distribution.verbose = False  # not every compiler command line
            command = distribution.get_command_obj("build_ext")
            command.build_lib, command.build_temp = str(out), str(work / "objects")
            command.ensure_finalized()
            command.run()
        finally:
            os.chdir(cwd)
        if sources_digest(package) != digest:
            raise SystemExit("a parser module changed while it was compiled: run `make install` again")
        (out / STAMP).write_text(digest + "\n", encoding="ascii")
        # The old build is moved aside, not deleted in place: a process importing the package meanwhile finds either
        # build whole, or none (and parses as Python).
        replaced = Path(scratch) / "replaced"
        if target.exists():
            target.rename(replaced)
        out.rename(target)
    return True


if __name__ == "__main__":
    if build():
        print(f"compiled {len(COMPILED_MODULES)} parser modules into {BUILD}")
    else:
        print(f"the compiled parser in {BUILD} holds the sources as they are")
    # Imported only now, once the build it may load from is in place.
    from pipelines.parsing.lexical import model_directory, save_encoder

    print(f"the lexical model's 8-bit encoder is in {save_encoder(model_directory())}")
    (BUILD / STAMP).touch()  # for make: the build is as new as the sources it holds
