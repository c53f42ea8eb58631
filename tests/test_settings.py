"""The environment variables the README lists reach the resources as ``dg.EnvVar``s; unset ones keep the defaults."""
import dagster as dg
import pytest

from pipelines.settings import resolved_resources, resources_from_environment

VARIABLES = ("REPORTS_DIR", "EXTRACTS_DIR", "KEEP_RELEASES", "ALLOW_MAJOR_RELEASE", "TARGET_SCRIPT", "DUCKDB_THREADS")


@pytest.fixture
def environment(monkeypatch):
    for variable in VARIABLES:
        monkeypatch.delenv(variable, raising=False)
    return monkeypatch


def test_unset_variables_keep_every_release_and_the_default_paths(environment):
    extracts = resolved_resources()["extracts_folder"]
    assert extracts.keep_releases is None and extracts.major_release_allowed is False
    assert extracts.root.parts[-2:] == ("data", "extracts")


def test_a_set_variable_is_named_on_its_field_and_read_when_resolved(environment, tmp_path):
    environment.setenv("EXTRACTS_DIR", str(tmp_path))
    environment.setenv("KEEP_RELEASES", "3")
    environment.setenv("ALLOW_MAJOR_RELEASE", "yes")
    environment.setenv("DUCKDB_THREADS", "1")
    declared = resources_from_environment()
    # What the UI shows: the variable, not its value.
    assert isinstance(declared["extracts_folder"].path, dg.EnvVar)
    assert declared["extracts_folder"].path.env_var_name == "EXTRACTS_DIR"
    assert declared["warehouse"].threads.env_var_name == "DUCKDB_THREADS"
    extracts = resolved_resources()["extracts_folder"]
    assert (extracts.root, extracts.keep_releases, extracts.major_release_allowed) == (tmp_path, 3, True)
    assert resolved_resources()["warehouse"].threads == 1


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        ("KEEP_RELEASES", "0", "KEEP_RELEASES must be at least 1"),
        ("TARGET_SCRIPT", "klingon", "TARGET_SCRIPT must be one of"),
        ("ALLOW_MAJOR_RELEASE", "maybe", "ALLOW_MAJOR_RELEASE must be one of"),
    ],
)
def test_a_value_out_of_bounds_is_refused_when_resolved(environment, variable, value, message):
    environment.setenv(variable, value)
    resources_from_environment()  # declaring reads nothing yet
    with pytest.raises(Exception, match=message):
        resolved_resources()
