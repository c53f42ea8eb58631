"""What a release says about itself, from the warehouse's catalog: the Frictionless Data Package, the
files' descriptions and the bilingual data dictionary (README.md)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from pipelines.release.files import CSV_LIST_DELIMITER
from pipelines.schema import Column, Table

FIELD_TYPES = {
    "VARCHAR": "string",
    "BIGINT": "integer",
    "INTEGER": "integer",
    "BOOLEAN": "boolean",
    "DATE": "date",
    "TIMESTAMP WITH TIME ZONE": "datetime",
    "VARCHAR[]": "list",
}


MEDIA_TYPES = {"csv": "text/csv", "parquet": "application/vnd.apache.parquet"}


@dataclass(frozen=True)
class ReleaseInfo:
    """What the portal shows about the data set; settings of the publish step."""

    name: str = "meeting-reports"
    title_zh: str = "会议报道数据集"
    title_en: str = "Chinese meeting reports"
    description_zh: str = "从抓取的会议新闻中解析出的会议、与会人员和工作举措。"
    description_en: str = "Meetings, attendees and initiatives parsed from scraped Chinese news reports about meetings."
    license_name: str = "CC-BY-4.0"
    license_title: str = "Creative Commons Attribution 4.0 International"
    license_path: str = "https://creativecommons.org/licenses/by/4.0/"
    source_title: str = "Scraped news reports about meetings (REPORTS_DIR)"
    rights_zh: str = (
        "提取的事实与每行所附的简短引文（最多200字）按上述许可发布；报道原文的权利归其发布者所有，"
        "reports.licence 载有来源自己给出的许可。"
    )
    rights_en: str = (
        "The extracted facts and the short quotation each row carries (at most 200 characters) are published under "
        "the licence above; the articles' texts keep their publishers' rights, and reports.licence gives a source's "
        "own terms where its scraper recorded them."
    )

    def texts_note(self, article_texts: str) -> tuple[str, str]:
        """What the release says of the articles' texts, in Chinese and English."""
        if article_texts == "full":
            return ("本版本含报道全文（text_original、text_clean），仅用于来源允许的部署。",
                    "This release holds the articles' full texts (text_original, text_clean), for a deployment whose sources allow it.")
        return ("本版本不含报道全文；证据以各行的 evidence 引文与其在原文中的位置给出。",
                "This release leaves out the articles' full texts; each row's evidence is its quotation (evidence) and its span.")


def describe_files(folder: Path, catalog: dict[str, Table], rows: dict[str, int], digests: dict[str, str]) -> dict[str, dict]:
    return {
        f"{table}.{extension}": {
            "table": table,
            "format": extension,
            "rows": rows[table],
            "bytes": (folder / f"{table}.{extension}").stat().st_size,
            "sha256": digests[f"{table}.{extension}"],
            "schema": [{"name": c.name, "type": c.data_type, "nullable": c.nullable} for c in catalog[table].columns],
        }
        for table in catalog
        for extension in ("parquet", "csv")
    }


def _field(column: Column, extension: str) -> dict:
    field_ = {"name": column.name, "title": column.title, "description": f"{column.title} / {column.description}"}
    kind = FIELD_TYPES[column.data_type]
    if kind != "list":
        field_["type"] = kind
    elif extension == "csv":
        field_.update(type="list", itemType="string", delimiter=CSV_LIST_DELIMITER)
    else:
        field_.update(type="array", description=field_["description"] + " (list of strings)")
    constraints: dict = {}
    # In CSV an empty list is an empty field, the same as a missing value.
    if not column.nullable and not (kind == "list" and extension == "csv"):
        constraints["required"] = True
    if column.allowed:
        constraints["enum"] = list(column.allowed)
    if constraints:
        field_["constraints"] = constraints
    return field_


def datapackage(info: ReleaseInfo, version: str, now: dt.datetime, catalog: dict[str, Table], files: dict[str, dict], article_texts: str) -> dict:
    texts_zh, texts_en = info.texts_note(article_texts)
    resources = []
    for name, described in files.items():
        table, extension = catalog[described["table"]], described["format"]
        schema = {
            "fields": [_field(c, extension) for c in table.columns],
            "foreignKeys": [
                {"fields": columns, "reference": {"resource": f"{referenced}-{extension}", "fields": referenced_columns}}
                for columns, referenced, referenced_columns in table.foreign_keys
            ],
            "missingValues": [""] if extension == "csv" else [],
        }
        if table.primary_key:
            schema["primaryKey"] = table.primary_key
        resource = {
            "name": f"{table.name}-{extension}",
            "title": f"{table.title} / {table.name} ({extension})",
            "description": f"{table.title} / {table.description}",
            # Frictionless reads Parquet past its byte and hash counters; as a "file" resource the
            # file is streamed and both are checked. Its Table Schema is checked by the release gate.
            "type": "table" if extension == "csv" else "file",
            "path": name,
            "format": extension,
            "mediatype": MEDIA_TYPES[extension],
            "bytes": described["bytes"],
            "hash": f"sha256:{described['sha256']}",
            "schema": schema,
        }
        if extension == "csv":
            resource["encoding"] = "utf-8"
            resource["dialect"] = {"delimiter": ",", "lineTerminator": "\r\n", "quoteChar": '"', "header": True}
        resources.append(resource)
    return {
        "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
        "name": info.name,
        "title": f"{info.title_zh} / {info.title_en}",
        "description": "\n\n".join(
            [f"{info.description_zh}{info.rights_zh}{texts_zh}", f"{info.description_en} {info.rights_en} {texts_en}"]
        ),
        "version": version,
        "created": now.isoformat(),
        "licenses": [{"name": info.license_name, "title": info.license_title, "path": info.license_path}],
        "sources": [{"title": info.source_title}],
        "resources": resources,
    }


def dictionary(info: ReleaseInfo, manifest: dict, catalog: dict[str, Table], previous: dict | None) -> str:
    """数据说明: the release's README, generated from the same catalog as datapackage.json."""
    texts_zh, texts_en = info.texts_note(manifest["article_texts"])
    lines = [
        f"# {info.title_zh} / {info.title_en} — {manifest['version']}",
        "",
        info.description_zh,
        "",
        info.description_en,
        "",
        f"- 版本 / version: {manifest['version']} ({manifest['level']})",
        f"- 发布时间 / created: {manifest['created']}",
        f"- 许可 / licence: {info.license_title} ({info.license_name}, {info.license_path})",
        f"- 来源 / source: {info.source_title}",
        "",
        info.rights_zh + texts_zh,
        "",
        f"{info.rights_en} {texts_en}",
        "",
        "## 发布说明 / Release notes",
        "",
    ]
    previous_rows = rows_by_resource(previous)
    for table in catalog:
        rows = manifest["files"][f"{table}.csv"]["rows"]
        change = f" ({rows - previous_rows[table]:+d})" if table in previous_rows else ""
        lines.append(f"- {table}: {rows} 行 / rows{change}")
    lines += [f"- {change}" for change in manifest["changes"]]
    lines += ["", "可能被电子表格当作公式的单元格（以 = + - @ 制表符 回车 开头；数据未改动） / "
              "Cells a spreadsheet could take for a formula (data not altered):", ""]
    formula = [f"- {table}.{column}: {count}" for table, columns in manifest["formula_cells"].items() for column, count in columns.items()]
    lines += formula or ["- 无 / none"]
    lines += [
        "",
        "## 文件 / Files",
        "",
        "Each table comes as Parquet (zstd) and as CSV (UTF-8 with BOM, RFC 4180, header row). In CSV, NULL is",
        'an empty field and an empty string is `""`; lists are joined with `;`; times are UTC, ISO 8601.',
        "`SHA256SUMS` checks every file: `sha256sum -c SHA256SUMS`.",
        "",
        "| file | rows | bytes | sha256 |",
        "| --- | --- | --- | --- |",
    ]
    lines += [f"| {name} | {f['rows']} | {f['bytes']} | `{f['sha256'][:16]}…` |" for name, f in manifest["files"].items()]
    lines += ["", "## 数据字典 / Data dictionary", ""]
    for table in catalog.values():
        kind = "视图 / view: " if table.is_view else ""
        lines += [f"### {table.name} — {table.title}", "", kind + table.description, ""]
        if table.primary_key:
            lines.append(f"主键 / primary key: {', '.join(table.primary_key)}")
        for columns, referenced, referenced_columns in table.foreign_keys:
            lines.append(f"外键 / foreign key: {', '.join(columns)} → {referenced}({', '.join(referenced_columns)})")
        lines += ["", "| 列 / column | 类型 / type | 可空 / nullable | 说明 | description |", "| --- | --- | --- | --- | --- |"]
        lines += [
            f"| {c.name} | {c.data_type} | {'yes' if c.nullable else 'no'} | {c.title} | {c.description}{_values(c)} |"
            for c in table.columns
        ]
        lines.append("")
    return "\n".join(lines)


def rows_by_resource(manifest: dict | None) -> dict[str, int]:
    """Each table's or view's row count in a release's manifest; empty when there is no release."""
    return {described["table"]: described["rows"] for described in (manifest or {}).get("files", {}).values()}


def _values(column: Column) -> str:
    return f" ({column.allowed_note()})" if column.allowed else ""
