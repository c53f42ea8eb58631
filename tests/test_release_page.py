"""The release's index.html: what it shows, drawn from the release, and that it loads nothing from elsewhere."""
import datetime as dt
import os
import re
import shutil
from pathlib import Path

import pytest

from pipelines.release.page import MONTHS_CHARTED, organizer_chart, time_chart
from tests.conftest import SAMPLE_REPORT, SAMPLES

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def bars(svg: str) -> list[tuple[str, int]]:
    return [(label, int(count)) for label, count in re.findall(r"<title>([^<:]+): (\d+)</title>", svg)]


def test_the_time_chart_counts_every_month_in_its_span_including_empty_ones():
    svg = time_chart([(dt.date(2024, 11, 1), 3), (dt.date(2025, 2, 1), 1)])
    assert bars(svg) == [("2024-11", 3), ("2024-12", 0), ("2025-01", 0), ("2025-02", 1)]


def test_a_span_longer_than_the_chart_holds_is_counted_per_year():
    months = [(dt.date(2010, 1, 1), 2), (dt.date(2010, 7, 1), 1), (dt.date(2010 + MONTHS_CHARTED // 12 + 1, 3, 1), 4)]
    svg = time_chart(months)
    assert bars(svg)[0] == ("2010", 3) and bars(svg)[-1] == (str(2010 + MONTHS_CHARTED // 12 + 1), 4)
    assert sum(count for _, count in bars(svg)) == 7


def test_organizer_names_are_written_as_text_never_as_markup():
    svg = organizer_chart([("<script>alert(1)</script>工会", 2)])
    assert "<script>" not in svg and "&lt;script&gt;" in svg


@pytest.fixture
def release_folder(pipeline) -> Path:
    pipeline.add(SAMPLE_REPORT)
    pipeline.add(SAMPLES / "sample_sections.txt")
    # A publication date from the scraper dates the meetings whose text gives no year.
    (pipeline.reports / SAMPLE_REPORT.with_suffix(".json").name).write_text('{"published_at": "2024-12-08"}', encoding="utf-8")
    pipeline.run()
    return (pipeline.extracts / "latest").resolve()


def test_the_page_shows_the_counts_files_and_dictionary_of_its_release_and_references_nothing_outside(release_folder):
    page = (release_folder / "index.html").read_text(encoding="utf-8")
    assert "default-src 'none'" in page
    assert "@font-face" in page and "data:font/otf;base64," in page
    addresses = re.findall(r'(?:src|href)="([^"]+)"', page)
    assert addresses and all("/" not in address and (release_folder / address).is_file() for address in addresses)
    for name in ("meetings.parquet", "people_directory.csv", "datapackage.json"):
        assert f'href="{name}"' in page
    assert "### " not in page and 'id="people_directory"' in page and "人员名录" in page
    assert "SHA256SUMS" in page and "index.html" in (release_folder / "SHA256SUMS").read_text()


@pytest.mark.skipif(
    CHROMIUM is None and not os.environ.get("REQUIRE_BROWSER"),
    reason="no Chromium here (.ci/run installs Debian's chromium and sets REQUIRE_BROWSER)",
)
def test_in_a_browser_the_charts_and_dictionary_are_visible_and_no_request_leaves_the_folder(release_folder, tmp_path):
    from playwright.sync_api import sync_playwright

    assert CHROMIUM, "REQUIRE_BROWSER is set and no Chromium is installed"
    requests: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        )
        page = browser.new_page(viewport={"width": 1100, "height": 900})
        page.on("request", lambda request: requests.append(request.url))
        page.goto((release_folder / "index.html").as_uri())
        page.wait_for_load_state("networkidle")
        font_loaded = page.evaluate(
            "async () => { await document.fonts.ready; return [...document.fonts].some(f => f.family.includes('Release Sans') && f.status === 'loaded'); }"
        )
        for chart in ("#meetings-per-month", "#most-active-organizers"):
            assert page.locator(chart).is_visible(), chart
            box = page.locator(chart).bounding_box()
            assert box["width"] > 300 and box["height"] > 100, chart
        assert page.locator("#most-active-organizers rect.bar").count() >= 1
        assert page.locator("#meetings-per-month rect.bar").count() >= 1
        dictionary = page.locator("#dictionary")
        dictionary.scroll_into_view_if_needed()
        assert dictionary.is_visible() and page.locator("#dictionary h3").count() >= 9
        assert page.get_by_text("人员名录").first.is_visible()
        page.screenshot(path=str(tmp_path / "index.png"), full_page=True)
        browser.close()
    assert font_loaded, "the embedded Chinese font did not load"
    outside = [url for url in requests if not (url.startswith("data:") or url.startswith(release_folder.as_uri() + "/"))]
    assert requests and outside == []
    assert (tmp_path / "index.png").stat().st_size > 10_000
