"""What analysts rely on: views, example questions, reading while runs write, and whole-file publishing."""
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from pipelines.sql import SQL_DIR
from tests.conftest import DAGSTER_CLI, MATERIALIZE_ALL, REPO, SAMPLE_REPORT, SAMPLES, comparable

EXAMPLES = sorted((SQL_DIR / "examples").glob("*.sql"))


@pytest.fixture
def samples_run(pipeline):
    for path in SAMPLES.rglob("*.txt"):
        pipeline.add(path, str(path.relative_to(SAMPLES)))
    pipeline.run()
    return pipeline


def test_there_are_at_least_five_example_questions():
    assert len(EXAMPLES) >= 5


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_each_example_question_answers_on_the_sample_data(samples_run, example: Path):
    with duckdb.connect(str(samples_run.warehouse), read_only=True) as con:
        rows = con.execute(example.read_text(encoding="utf-8")).fetchall()
    assert rows, f"{example.name} returned no rows"


def test_views_join_people_to_their_meetings(samples_run):
    with duckdb.connect(str(samples_run.warehouse), read_only=True) as con:
        chair = con.execute(
            "SELECT organizer, role, title FROM meeting_people WHERE person_name = '李晓华'"
        ).fetchall()
        person = con.execute("SELECT person_id, chaired, affiliation FROM people_directory WHERE person_name = '李晓华'").fetchall()
        attendees = con.execute("SELECT count(*) FROM attendees").fetchall()
        listed = con.execute("SELECT count(*) FROM meeting_people").fetchall()
    assert chair == [("都江堰市总工会", "chair", "市总工会党组书记、常务副主席")]
    assert len(person) == 1 and person[0][1:] == (1, "都江堰市总工会")
    assert listed == attendees


OLDEST_DUCKDB_PYTHON = os.environ.get("OLDEST_DUCKDB_PYTHON")
DIGEST_EVERY_RELATION = """
import hashlib, json, sys, duckdb
con = duckdb.connect(sys.argv[1], read_only=True)
con.execute("SET TimeZone = 'UTC'")
names = con.execute("SELECT schema_name, table_name FROM duckdb_tables() UNION SELECT schema_name, view_name FROM duckdb_views() WHERE NOT internal").fetchall()
def digest(rows):
    lines = sorted(json.dumps(row, ensure_ascii=False, default=str) for row in rows)
    return [len(lines), hashlib.sha256("\\n".join(lines).encode()).hexdigest()]
print(json.dumps({"version": duckdb.__version__, "relations": {f"{s}.{n}": digest(con.execute(f'SELECT * FROM "{s}"."{n}"').fetchall()) for s, n in names}}))
"""


@pytest.mark.skipif(not OLDEST_DUCKDB_PYTHON, reason="make test provides the oldest DuckDB the README promises")
def test_the_oldest_duckdb_the_readme_promises_reads_every_table_and_view_as_today_s_does(samples_run):
    """Every value, not only the row counts: DuckDB 1.3 opens a file written in its format by DuckDB 2.0 and
    reads a whole column of names as NULL; 1.4.0 to 1.4.3 compute a view's NULL months as 5877642 BC."""
    def relations_seen_by(python: str) -> dict:
        done = subprocess.run([python, "-c", DIGEST_EVERY_RELATION, str(samples_run.warehouse)], capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)

    oldest = relations_seen_by(OLDEST_DUCKDB_PYTHON)
    assert oldest["version"] == "1.4.4"
    assert oldest["relations"] == relations_seen_by(sys.executable)["relations"]
    assert {"main.reports", "main.attendees", "main.meeting_people", "main.people_directory"} <= oldest["relations"].keys()


def test_a_person_id_is_stable_across_runs(samples_run):
    def directory():
        with duckdb.connect(str(samples_run.warehouse), read_only=True) as con:
            return con.sql("SELECT person_id, person_name, affiliation FROM people_directory ORDER BY person_id").pl()

    before = directory()
    samples_run.warehouse.unlink()
    samples_run.run()
    assert directory().equals(before)
    assert before["person_id"].is_unique().all()


READER = """
import json, sys, time, pathlib, duckdb
reader = duckdb.connect(sys.argv[1], read_only=True)
stop = pathlib.Path(sys.argv[2])
seen, errors, queries = set(), [], 0
print(json.dumps(reader.execute(COUNTS).fetchall()[0]), flush=True)
while not stop.exists():
    try:
        seen.add(tuple(reader.execute(COUNTS).fetchall()[0]))
        queries += 1
    except Exception as err:
        errors.append(repr(err))
    time.sleep(0.01)
print(json.dumps({"seen": sorted(seen), "errors": errors, "queries": queries}), flush=True)
""".replace("COUNTS", repr("SELECT (SELECT count(*) FROM reports), (SELECT count(*) FROM meetings)"))


def test_an_analyst_session_keeps_its_snapshot_while_a_run_publishes(pipeline, tmp_path):
    pipeline.add(SAMPLE_REPORT)
    pipeline.run()
    stop = tmp_path / "stop"
    analyst = subprocess.Popen(
        [sys.executable, "-c", READER, str(pipeline.warehouse), str(stop)], stdout=subprocess.PIPE, text=True
    )
    try:
        before = tuple(json.loads(analyst.stdout.readline()))
        pipeline.add(SAMPLES / "sample_sections.txt")
        pipeline.run()
    finally:
        stop.touch()
    report = json.loads(analyst.stdout.readline())
    analyst.wait(timeout=30)
    assert report["errors"] == []
    assert report["queries"] > 0
    assert [tuple(counts) for counts in report["seen"]] == [before]
    with duckdb.connect(str(pipeline.warehouse), read_only=True) as fresh:
        names = {n for (n,) in fresh.execute("SELECT source_name FROM reports").fetchall()}
    assert names == {SAMPLE_REPORT.name, "sample_sections.txt"}


def test_two_runs_at_once_give_the_tables_of_one_run(pipeline, tmp_path):
    for path in SAMPLES.rglob("*.txt"):
        pipeline.add(path, str(path.relative_to(SAMPLES)))
    env = pipeline.cli_environment(tmp_path / "dagster_home")
    subprocess.run([DAGSTER_CLI, "instance", "migrate"], cwd=REPO, env=env, check=True, capture_output=True)
    runs = [
        subprocess.Popen(MATERIALIZE_ALL, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True)
        for _ in range(2)
    ]
    try:
        outcomes = [(run.wait(timeout=300), run.stderr.read()) for run in runs]
    finally:
        for run in runs:
            if run.poll() is None:
                os.killpg(run.pid, signal.SIGKILL)  # the run and its steps: one still waiting would hold a core for the rest of the suite
    assert [code for code, _ in outcomes] == [0, 0], outcomes
    together = comparable(pipeline.warehouse)

    pipeline.warehouse.unlink()
    pipeline.run()
    alone = comparable(pipeline.warehouse)
    for table, frame in alone.items():
        assert together[table].equals(frame), table


def test_a_run_killed_while_writing_leaves_the_published_file_unchanged(pipeline, monkeypatch):
    pipeline.add(SAMPLE_REPORT)
    pipeline.run()
    before = pipeline.warehouse.read_bytes()
    pipeline.add(SAMPLES / "sample_sections.txt")

    def killed(*args, **kwargs):
        raise KeyboardInterrupt("killed while publishing")

    monkeypatch.setattr("pipelines.store.os.replace", killed)
    with pytest.raises(BaseException, match="killed while publishing"):
        pipeline.run()
    assert pipeline.warehouse.read_bytes() == before
    assert sorted(p.name for p in pipeline.warehouse.parent.iterdir()) == [pipeline.warehouse.name]
