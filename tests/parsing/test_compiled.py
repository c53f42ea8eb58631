"""The compiled parser is used only when it was built from the sources as they are."""
from __future__ import annotations

import os
import shutil
import warnings

import pytest

from pipelines.parsing import compiled, people


@pytest.fixture
def package_and_build(tmp_path):
    package, build = tmp_path / "parsing", tmp_path / "build"
    package.mkdir()
    build.mkdir()
    for module in compiled.COMPILED_MODULES:
        shutil.copyfile(compiled.PACKAGE / f"{module}.py", package / f"{module}.py")
    return package, build


def test_a_build_stamped_with_the_sources_digest_is_used(package_and_build):
    package, build = package_and_build
    (build / compiled.STAMP).write_text(compiled.sources_digest(package) + "\n", encoding="ascii")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert compiled.current_build(package, build) == build


def test_a_build_of_other_sources_is_not_used_and_a_warning_says_so(package_and_build):
    package, build = package_and_build
    (build / compiled.STAMP).write_text(compiled.sources_digest(package) + "\n", encoding="ascii")
    with open(package / "people.py", "a", encoding="utf-8") as edited:
        edited.write("\n# a rule being written\n")
    with pytest.warns(compiled.StaleBuildWarning, match="make install"):
        assert compiled.current_build(package, build) is None


def test_no_build_means_plain_python_without_a_warning(package_and_build):
    package, build = package_and_build
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert compiled.current_build(package, build) is None


def test_the_digest_covers_every_compiled_module(package_and_build):
    package, _ = package_and_build
    before = compiled.sources_digest(package)
    for module in compiled.COMPILED_MODULES:
        source = package / f"{module}.py"
        text = source.read_bytes()
        source.write_bytes(text + b"\n")
        assert compiled.sources_digest(package) != before, module
        source.write_bytes(text)


@pytest.mark.skipif(not os.environ.get("REQUIRE_COMPILED_PARSER"), reason="make test builds the compiled parser first")
def test_make_runs_the_parser_compiled():
    assert compiled.current_build() == compiled.BUILD
    assert people.__file__.startswith(str(compiled.BUILD)) and people.__file__.endswith(".so")


def test_a_build_holding_a_module_the_package_no_longer_has_is_not_used(package_and_build):
    package, build = package_and_build
    (build / compiled.STAMP).write_text(compiled.sources_digest(package) + "\n", encoding="ascii")
    (package / "groups.py").rename(package / "groupings.py")
    with pytest.warns(compiled.StaleBuildWarning):
        assert compiled.current_build(package, build) is None


def test_building_again_what_the_build_holds_compiles_nothing(package_and_build):
    package, build = package_and_build
    (build / compiled.STAMP).write_text(compiled.sources_digest(package) + "\n", encoding="ascii")
    assert compiled.build(package, build) is False
    assert sorted(path.name for path in build.iterdir()) == [compiled.STAMP]
