"""Stage 5: a versioned, validated open-data release of the warehouse for the portal."""

import dagster as dg

from pipelines.release import ReleaseBlocked, ReleaseInfo, latest_manifest, prune_releases, publish_release
from pipelines.resources import ExtractsFolder, Warehouse
from pipelines.store import TABLES, connect_read_only
from pipelines.warehouse import table_key


@dg.asset(
    group_name="publish",
    deps=[table_key(table) for table in TABLES],
    kinds={"parquet", "csv"},
    description=(
        "An immutable release under EXTRACTS_DIR/releases/<version>/ (Parquet, CSV, datapackage.json, "
        "manifest.json, SHA256SUMS, data dictionary), published only when the data changed and every gate passed; "
        "EXTRACTS_DIR/latest and LATEST then point at it."
    ),
)
def open_data_release(
    context: dg.AssetExecutionContext, warehouse: Warehouse, extracts_folder: ExtractsFolder
) -> dg.MaterializeResult:
    with connect_read_only(warehouse.file, warehouse.settings) as con:
        try:
            release = publish_release(
                con, extracts_folder.root, ReleaseInfo(), allow_major=extracts_folder.allow_major_release
            )
        except ReleaseBlocked as blocked:
            raise dg.Failure(description=f"Release not published: {blocked}", allow_retries=False) from blocked
    removed = prune_releases(extracts_folder.root, extracts_folder.keep_releases) if extracts_folder.keep_releases else []
    if removed:
        context.log.info(f"removed releases {', '.join(removed)}: KEEP_RELEASES={extracts_folder.keep_releases}")
    pruned = {"releases_removed": dg.MetadataValue.json(removed)}
    if release is None:
        current = latest_manifest(extracts_folder.root)
        context.log.info(f"data unchanged since release {current['version']}: nothing published")
        return dg.MaterializeResult(metadata={"published": False, "latest_version": current["version"], **pruned})
    context.log.info(f"published release {release.version} ({release.level}) at {release.folder}")
    return dg.MaterializeResult(
        metadata={
            "published": True,
            **pruned,
            "version": release.version,
            "level": release.level,
            "changes": dg.MetadataValue.json(release.changes),
            "folder": dg.MetadataValue.path(str(release.folder)),
            "rows": dg.MetadataValue.json(release.rows),
            "formula_cells": dg.MetadataValue.json(release.formula_cells),
        }
    )
