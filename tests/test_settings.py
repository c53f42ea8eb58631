"""The environment variables the README lists reach the resources; unset ones keep the defaults."""
import pytest
from pydantic import ValidationError

from pipelines.settings import resources_from_environment


def test_unset_variables_keep_every_release_and_the_default_paths(monkeypatch):
    for variable in ("KEEP_RELEASES", "ALLOW_MAJOR_RELEASE", "EXTRACTS_DIR"):
        monkeypatch.delenv(variable, raising=False)
    extracts = resources_from_environment()["extracts_folder"]
    assert extracts.keep_releases is None and extracts.allow_major_release is False
    assert extracts.root.parts[-2:] == ("data", "extracts")


def test_keep_releases_and_allow_major_release_come_from_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("EXTRACTS_DIR", str(tmp_path))
    monkeypatch.setenv("KEEP_RELEASES", "3")
    monkeypatch.setenv("ALLOW_MAJOR_RELEASE", "1")
    extracts = resources_from_environment()["extracts_folder"]
    assert (extracts.root, extracts.keep_releases, extracts.allow_major_release) == (tmp_path, 3, True)


def test_keeping_no_release_is_refused(monkeypatch):
    monkeypatch.setenv("KEEP_RELEASES", "0")
    with pytest.raises(ValidationError, match="greater than or equal to 1"):
        resources_from_environment()
