"""What the Dagster UI shows: a frame's row count and Markdown preview, a table's columns, and audit findings as check results."""
from __future__ import annotations

from collections.abc import Callable

import dagster as dg
import polars as pl

from pipelines.schema import Table
from pipelines.store import Finding

PREVIEW_ROWS = 5
PREVIEW_TEXT_CHARS = 40


def frame_metadata(frame: pl.DataFrame) -> dict[str, dg.MetadataValue | int]:
    return {"dagster/row_count": frame.height, "preview": markdown_preview(frame)}


def files_metadata(rows: pl.LazyFrame) -> dict[str, dg.MetadataValue | int]:
    """Row count and preview of rows held in Parquet files, read without loading them whole."""
    return {"dagster/row_count": rows.select(pl.len()).collect().item(), "preview": markdown_preview(rows.head(PREVIEW_ROWS).collect())}


def markdown_preview(frame: pl.DataFrame) -> dg.MetadataValue:
    head = frame.head(PREVIEW_ROWS).with_columns(
        pl.col(name).list.join(", ") for name, dtype in frame.schema.items() if isinstance(dtype, pl.List)
    )
    with pl.Config(
        tbl_formatting="MARKDOWN",
        tbl_hide_column_data_types=True,
        tbl_hide_dataframe_shape=True,
        fmt_str_lengths=PREVIEW_TEXT_CHARS,
        tbl_cols=-1,
        tbl_width_chars=10_000,
    ):
        return dg.MetadataValue.md(str(head.with_columns(pl.col(pl.String).str.replace_all("\n", " "))))


def column_schema(table: Table) -> dg.TableSchema:
    """A table's columns as the asset's column schema: types, nullability, allowed values and descriptions."""
    return dg.TableSchema(
        columns=[
            dg.TableColumn(
                name=column.name,
                type=column.data_type,
                description=f"{column.title} / {column.description}",
                constraints=dg.TableColumnConstraints(
                    nullable=column.nullable,
                    unique=table.primary_key == [column.name],
                    other=[column.allowed_note()] if column.allowed else [],
                ),
            )
            for column in table.columns
        ]
    )


def check_results(findings: list[Finding], asset_key: Callable[[Finding], dg.AssetKey]) -> list[dg.AssetCheckResult]:
    """Each finding as the result of its check on the asset ``asset_key`` names for it."""
    return [
        dg.AssetCheckResult(
            asset_key=asset_key(finding),
            check_name=finding.check,
            passed=finding.passed,
            metadata={
                key: dg.MetadataValue.json(value) if isinstance(value, dict | list) else value
                for key, value in finding.metadata.items()
            },
        )
        for finding in findings
    ]
