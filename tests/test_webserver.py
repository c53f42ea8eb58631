"""The Dagster UI's server loads the project: asset graph and checks answered over GraphQL."""
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import REPO

QUERY = """
{
  assetNodes {
    assetKey { path }
    groupName
    assetChecksOrError { ... on AssetChecks { checks { name } } }
  }
}
"""
STARTUP_SECONDS = 120


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def post_graphql(port: int, query: str) -> dict:
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/graphql",
        data=json.dumps({"query": query}).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.load(response)


def wait_until_serving(server: subprocess.Popen, port: int) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"dagster-webserver exited with {server.returncode}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/server_info", timeout=2):
                return
        except OSError:
            time.sleep(0.5)
    pytest.fail(f"dagster-webserver did not answer within {STARTUP_SECONDS} s")


@pytest.fixture
def webserver(tmp_path: Path):
    port = free_port()
    home = tmp_path / "dagster_home"
    home.mkdir()
    (home / "dagster.yaml").write_text((REPO / "dagster.yaml").read_text())
    env = {
        **os.environ,
        "DAGSTER_HOME": str(home),
        "REPORTS_DIR": str(tmp_path / "raw"),
        "WAREHOUSE_PATH": str(tmp_path / "warehouse.duckdb"),
        "EXTRACTS_DIR": str(tmp_path / "extracts"),
    }
    webserver_bin = Path(sys.executable).parent / "dagster-webserver"
    server = subprocess.Popen(
        [str(webserver_bin), "-m", "pipelines.definitions", "-h", "127.0.0.1", "-p", str(port)],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_until_serving(server, port)
        yield port
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def test_the_ui_shows_every_asset_and_its_checks(webserver):
    nodes = post_graphql(webserver, QUERY)["data"]["assetNodes"]
    by_key = {"/".join(node["assetKey"]["path"]): node for node in nodes}
    assert set(by_key) == {
        "raw_reports", "rejected_files_found", "clean_reports",
        "parsed_meetings", "parsed_attendees", "parsed_initiatives",
        "warehouse/reports", "warehouse/meetings", "warehouse/attendees",
        "warehouse/initiatives", "warehouse/rejected_files", "open_data_release",
    }
    assert {by_key[key]["groupName"] for key in by_key} == {"ingest", "parse", "warehouse", "publish"}
    checks = {key: {c["name"] for c in node["assetChecksOrError"]["checks"]} for key, node in by_key.items()}
    assert checks["warehouse/reports"] == {"holds_every_parsed_row", "no_traditional_characters_left", "no_pinyin_annotations_left"}
    assert checks["warehouse/attendees"] == {"holds_every_parsed_row", "points_at_existing_meeting"}
    assert checks["warehouse/initiatives"] == {"holds_every_parsed_row", "points_at_existing_meeting"}
    assert checks["warehouse/meetings"] == checks["warehouse/rejected_files"] == {"holds_every_parsed_row"}
    assert checks["open_data_release"] == {"no_unannounced_breaking_change", "files_hold_the_warehouse_rows", "valid_data_package"}
