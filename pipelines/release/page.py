"""index.html: a release a person can look at, opened from the folder with no server and no network.

What the data is, its counts, what changed since the previous release, two charts drawn at publish time as
inline SVG (meetings per month, the most active organizers), the files with their sizes and checksums, and
the data dictionary. The page carries its own font, Noto Sans CJK SC cut down to the characters it shows, so
Chinese labels look the same on every machine; its Content-Security-Policy lets it load nothing else.
"""
from __future__ import annotations

import base64
import datetime as dt
import functools
import html
import io
from dataclasses import dataclass
from importlib import resources

import duckdb

from pipelines.release.description import ReleaseInfo, rows_by_resource
from pipelines.schema import Table
from pipelines.sql import read_sql

ORGANIZERS_CHARTED = 15
MONTHS_CHARTED = 72
"""The longest span the chart shows month by month; a longer one is shown year by year."""

PAGE_FONT = "Release Sans"
_NOTO_SANS_CJK_SC = 2
"""The face of Noto Sans CJK SC in the collection manimgx-fonts-cjk ships (JP, KR, SC, TC, HK)."""


@dataclass(frozen=True)
class Activity:
    months: list[tuple[dt.date, int]]
    """Meetings per month, oldest first."""
    undated: int
    """Meetings with neither a meeting date nor a publication date."""
    organizers: list[tuple[str, int]]
    """The organizers with the most meetings, most first."""


def read_activity(con: duckdb.DuckDBPyConnection) -> Activity:
    per_month = con.execute(read_sql("release/meetings_per_month")).fetchall()
    organizers = con.execute(read_sql("release/most_active_organizers"), {"limit": ORGANIZERS_CHARTED}).fetchall()
    return Activity(
        months=[(month, count) for month, count in per_month if month is not None],
        undated=sum(count for month, count in per_month if month is None),
        organizers=organizers,
    )


def release_page(info: ReleaseInfo, manifest: dict, catalog: dict[str, Table], previous: dict | None, activity: Activity) -> str:
    """The page, font included."""
    body = "\n".join(
        [
            _header(info, manifest),
            _counts(manifest, catalog, previous),
            _charts(activity),
            _changes(manifest, previous),
            _files(manifest),
            _dictionary(catalog),
        ]
    )
    font = embedded_font(body)
    return f"""<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_text(info.title_zh)} / {_text(info.title_en)} — {_text(manifest["version"])}</title>
<style>
@font-face {{ font-family: "{PAGE_FONT}"; src: url(data:font/otf;base64,{font}) format("opentype"); }}
body {{ font-family: "{PAGE_FONT}", sans-serif; margin: 2rem auto; max-width: 64rem; padding: 0 1rem; color: #1f2328; line-height: 1.5; }}
table {{ border-collapse: collapse; margin: 0.5rem 0 1.5rem; }}
th, td {{ border: 1px solid #d0d7de; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }}
td.number {{ text-align: right; font-variant-numeric: tabular-nums; }}
code {{ font-size: 0.9em; }}
figure {{ margin: 1rem 0 2rem; }}
svg text {{ font-family: "{PAGE_FONT}", sans-serif; font-size: 12px; fill: #1f2328; }}
svg .bar {{ fill: #2f6fb0; }}
svg .axis {{ stroke: #57606a; }}
</style>
</head>
<body>
{body}
</body>
</html>
"""


def _header(info: ReleaseInfo, manifest: dict) -> str:
    texts_zh, texts_en = info.texts_note(manifest["article_texts"])
    return f"""<header>
<h1>{_text(info.title_zh)} / {_text(info.title_en)}</h1>
<p>版本 / version <strong>{_text(manifest["version"])}</strong> · 发布时间 / created {_text(manifest["created"])}</p>
<p>{_text(info.description_zh)}<br>{_text(info.description_en)}</p>
<p>许可 / licence: {_text(info.license_title)} ({_text(info.license_name)}). {_text(info.rights_zh)}{_text(texts_zh)}<br>{_text(info.rights_en)} {_text(texts_en)}</p>
</header>"""


def _counts(manifest: dict, catalog: dict[str, Table], previous: dict | None) -> str:
    before = rows_by_resource(previous)
    rows = []
    for name, table in catalog.items():
        count = manifest["files"][f"{name}.csv"]["rows"]
        change = f"{count - before[name]:+,d}" if name in before else "new"
        rows.append(f'<tr><td>{_text(name)}</td><td>{_text(table.title)}</td><td class="number">{count:,d}</td><td class="number">{change}</td></tr>')
    return f"""<section id="counts">
<h2>数量 / Counts</h2>
<table>
<tr><th>表 / table</th><th>说明</th><th>行 / rows</th><th>较上一版本 / since previous</th></tr>
{chr(10).join(rows)}
</table>
</section>"""


def _charts(activity: Activity) -> str:
    undated = f"<p>无日期的会议未计入 / meetings with no date, not charted: {activity.undated:,d}</p>" if activity.undated else ""
    return f"""<section id="charts">
<h2>图表 / Charts</h2>
<figure>
{time_chart(activity.months)}
<figcaption>会议数随时间的变化 / Meetings over time</figcaption>
</figure>
{undated}
<figure>
{organizer_chart(activity.organizers)}
<figcaption>召开会议最多的机构 / The most active organizers</figcaption>
</figure>
</section>"""


def time_chart(months: list[tuple[dt.date, int]]) -> str:
    """Meetings per month as vertical bars, months with none included; per year when the span is longer than
    :data:`MONTHS_CHARTED` months. A label under every few bars, the axis marked at 0, half and the most."""
    if not months:
        return _empty_chart("meetings-per-month", 720, 260)
    counts = dict(months)
    first, last = months[0][0], months[-1][0]
    span = (last.year - first.year) * 12 + last.month - first.month + 1
    if span <= MONTHS_CHARTED:
        periods = [dt.date(first.year + (first.month - 1 + n) // 12, (first.month - 1 + n) % 12 + 1, 1) for n in range(span)]
        bars = [(f"{period:%Y-%m}", counts.get(period, 0)) for period in periods]
        title = "每月会议数 / Meetings per month"
    else:
        per_year: dict[int, int] = {}
        for month, count in months:
            per_year[month.year] = per_year.get(month.year, 0) + count
        bars = [(str(year), per_year.get(year, 0)) for year in range(first.year, last.year + 1)]
        title = "每年会议数 / Meetings per year"
    return _bar_chart("meetings-per-month", title, bars)


def _bar_chart(identifier: str, title: str, bars: list[tuple[str, int]]) -> str:
    width, height, left, right, bottom, top = 720, 260, 48, 32, 40, 12
    plot_width, plot_height = width - left - right, height - bottom - top
    most = max(count for _, count in bars) or 1
    slot = plot_width / len(bars)
    every = max(1, round(len(bars) / 12))
    parts = [f'<line class="axis" x1="{left}" y1="{top + plot_height}" x2="{width - right}" y2="{top + plot_height}"/>']
    for tick in sorted({0, most // 2, most}):
        y = top + plot_height - plot_height * tick / most
        parts.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{tick}</text>')
    for index, (label, count) in enumerate(bars):
        bar = plot_height * count / most
        x = left + index * slot
        parts.append(
            f'<rect class="bar" x="{x + slot * 0.1:.1f}" y="{top + plot_height - bar:.1f}" width="{slot * 0.8:.1f}" '
            f'height="{bar:.1f}"><title>{label}: {count}</title></rect>'
        )
        if index % every == 0:
            parts.append(f'<text x="{x + slot / 2:.1f}" y="{height - bottom + 16}" text-anchor="middle">{label}</text>')
    return _svg(identifier, width, height, title, parts)


def organizer_chart(organizers: list[tuple[str, int]]) -> str:
    """The organizers with the most meetings as horizontal bars, each named on its left and counted on its right."""
    width, row, left = 720, 24, 300
    height = max(row * len(organizers) + 16, 120)
    if not organizers:
        return _empty_chart("most-active-organizers", width, height)
    most = max(count for _, count in organizers)
    parts = []
    for index, (organizer, count) in enumerate(organizers):
        y = 8 + index * row
        bar = (width - left - 60) * count / most
        parts.append(f'<text x="{left - 8}" y="{y + 16}" text-anchor="end">{_text(_shortened(organizer, 22))}</text>')
        parts.append(f'<rect class="bar" x="{left}" y="{y + 4}" width="{bar:.1f}" height="{row - 8}"><title>{_text(organizer)}: {count}</title></rect>')
        parts.append(f'<text x="{left + bar + 6:.1f}" y="{y + 16}">{count}</text>')
    return _svg("most-active-organizers", width, height, "召开会议最多的机构 / The most active organizers", parts)


def _svg(identifier: str, width: int, height: int, label: str, parts: list[str]) -> str:
    return (
        f'<svg id="{identifier}" class="chart" role="img" aria-label="{_text(label)}" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">\n' + "\n".join(parts) + "\n</svg>"
    )


def _empty_chart(identifier: str, width: int, height: int) -> str:
    return _svg(identifier, width, height, "无数据 / no data", [f'<text x="{width / 2}" y="{height / 2}" text-anchor="middle">无数据 / no data</text>'])


def _changes(manifest: dict, previous: dict | None) -> str:
    if previous is None:
        items = ["<li>首个版本 / the first release</li>"]
    else:
        items = [f"<li>上一版本 / previous release: {_text(previous['version'])} ({_text(previous['created'])})</li>"]
        items += [f"<li>{_text(change)}</li>" for change in manifest["changes"]] or ["<li>结构未变 / the same tables and columns</li>"]
    return f"""<section id="changes">
<h2>自上一版本以来的变化 / What changed since the previous release</h2>
<ul>
{chr(10).join(items)}
</ul>
</section>"""


def _files(manifest: dict) -> str:
    rows = [
        f'<tr><td><a href="{_text(name)}">{_text(name)}</a></td><td class="number">{described["rows"]:,d}</td>'
        f'<td class="number">{described["bytes"]:,d}</td><td><code>{_text(described["sha256"])}</code></td></tr>'
        for name, described in manifest["files"].items()
    ]
    return f"""<section id="files">
<h2>文件 / Files</h2>
<p>每张表都有 Parquet 与 CSV（UTF-8 带 BOM）两种格式；<code>sha256sum -c SHA256SUMS</code> 校验全部文件。<br>
Each table comes as Parquet and as CSV (UTF-8 with BOM); <code>sha256sum -c SHA256SUMS</code> checks every file.
<a href="datapackage.json">datapackage.json</a> · <a href="manifest.json">manifest.json</a> · <a href="README.md">README.md</a></p>
<table>
<tr><th>文件 / file</th><th>行 / rows</th><th>字节 / bytes</th><th>SHA-256</th></tr>
{chr(10).join(rows)}
</table>
</section>"""


def _dictionary(catalog: dict[str, Table]) -> str:
    sections = []
    for table in catalog.values():
        kind = "视图 / view" if table.is_view else "表 / table"
        keys = f"<p>主键 / primary key: <code>{_text(', '.join(table.primary_key))}</code></p>" if table.primary_key else ""
        columns = "\n".join(
            f"<tr><td><code>{_text(c.name)}</code></td><td>{_text(c.data_type)}</td><td>{_text(c.title)}</td>"
            f"<td>{_text(c.description)}{_text(' (' + c.allowed_note() + ')' if c.allowed else '')}</td></tr>"
            for c in table.columns
        )
        sections.append(
            f"""<h3 id="{_text(table.name)}">{_text(table.name)} — {_text(table.title)}</h3>
<p>{kind}: {_text(table.description)}</p>
{keys}
<table>
<tr><th>列 / column</th><th>类型 / type</th><th>说明</th><th>description</th></tr>
{columns}
</table>"""
        )
    return f"""<section id="dictionary">
<h2>数据字典 / Data dictionary</h2>
{chr(10).join(sections)}
</section>"""


def _shortened(text: str, characters: int) -> str:
    return text if len(text) <= characters else text[: characters - 1] + "…"


def _text(value: object) -> str:
    return html.escape(str(value), quote=True)


def embedded_font(text: str) -> str:
    """Noto Sans CJK SC cut down to the characters of ``text``, as base64 for a data: URL."""
    return _font_of(frozenset(html.unescape(text) + "0123456789,.-+:/()…"))


@functools.lru_cache(maxsize=4)
def _font_of(characters: frozenset[str]) -> str:
    """Cutting the font takes about 0.8 s; a process that publishes again with the same characters (the same
    organizers charted) reuses the cut."""
    from fontTools import subset  # here, not at the top: only a publish needs it
    from fontTools.ttLib import TTFont

    options = subset.Options()
    options.layout_features = ["kern", "liga", "palt"]
    options.notdef_outline = True
    collection = resources.files("manimgx_fonts_cjk") / "NotoSansCJK-VF.otf.ttc"
    # The glyphs' bounds are the font's own: recomputing them for the cut font is most of the time of saving it.
    font = TTFont(str(collection), fontNumber=_NOTO_SANS_CJK_SC, lazy=True, recalcBBoxes=False)
    subsetter = subset.Subsetter(options)
    subsetter.populate(text="".join(sorted(characters)))
    subsetter.subset(font)
    data = io.BytesIO()
    font.save(data)
    return base64.b64encode(data.getvalue()).decode("ascii")
