"""Stage 5: a versioned, validated open-data release of the warehouse for the portal.

Write, audit, publish: the release is staged, its gates run on the staged files, and only then
does ``latest`` point at it. Each gate shows as a check on the release in the UI.
"""

import datetime as dt

import dagster as dg

from pipelines.asset_keys import RELEASE_KEY, table_key
from pipelines.metadata import check_results
from pipelines.release import GATES, ReleaseBlocked, ReleaseInfo, latest_manifest, prune_releases, publish_release
from pipelines.resources import ExtractsFolder, Warehouse
from pipelines.store import TABLES, Finding, connect_read_only, content_fingerprint, taken_up


DAILY_CHECK_CRON = "30 6 * * *"
"""Half an hour after the daily run: the release is checked against the warehouse once a day."""
RELEASE_TIMEZONE = "Asia/Shanghai"

RUNS_ON_ITS_OWN = (
    # Any update of the warehouse, whatever run made it: any_deps_updated() leaves out the runs that also
    # targeted the release (dagster asset materialize --select '*'), and those may die before reaching it.
    (
        dg.AutomationCondition.any_deps_match(dg.AutomationCondition.newly_updated())
        | dg.AutomationCondition.cron_tick_passed(DAILY_CHECK_CRON, RELEASE_TIMEZONE)
    )
    .since_last_handled()
    .with_label("the warehouse changed, or a day began, since the release last ran")
    & ~dg.AutomationCondition.any_deps_in_progress()
    & ~dg.AutomationCondition.in_progress()
)
"""When the release runs on its own, besides in every run that rebuilds the warehouse: after a run that
died between the warehouse and the release (its tables updated, the release not), and once a day, so that
a day with nothing new still shows the release checked. A run still building the warehouse is waited for."""

RELEASE_POOL = "release_writes"
"""Concurrency pool of the release step (limit 1, dagster.yaml): a job's release and one the automation
started never stage the same version side by side."""

DAILY_RELEASE = dg.FreshnessPolicy.cron(deadline_cron="0 7 * * *", lower_bound_delta=dt.timedelta(hours=1), timezone=RELEASE_TIMEZONE)
"""The release runs between 06:00 and 07:00 every day (the daily run, or the check after it); the UI flags a day it did not."""


@dg.asset(
    group_name="publish",
    deps=[table_key(table) for table in TABLES],
    kinds={"parquet", "csv"},
    automation_condition=RUNS_ON_ITS_OWN,
    pool=RELEASE_POOL,
    freshness_policy=DAILY_RELEASE,
    check_specs=[dg.AssetCheckSpec(gate.name, asset=RELEASE_KEY, blocking=True, description=gate.description) for gate in GATES],
    description=(
        "An immutable release under EXTRACTS_DIR/releases/<version>/ (Parquet, CSV, datapackage.json, "
        "manifest.json, SHA256SUMS, data dictionary), published only when the data changed and every gate passed; "
        "EXTRACTS_DIR/latest and LATEST then point at it."
    ),
)
def open_data_release(context: dg.AssetExecutionContext, warehouse: Warehouse, extracts_folder: ExtractsFolder):
    with connect_read_only(warehouse.file, warehouse.settings) as con:
        content = content_fingerprint(con)
        try:
            release = publish_release(
                con,
                extracts_folder.root,
                ReleaseInfo(),
                allow_major=extracts_folder.major_release_allowed,
                full_texts=extracts_folder.full_texts,
                content=content,
            )
        except ReleaseBlocked as blocked:
            yield from check_results(blocked.findings, _release)
            raise dg.Failure(description=f"Release not published: {blocked}", allow_retries=False) from blocked
    # Published, or found unchanged: the warehouse this release read is taken up, whatever came after it.
    taken_up(warehouse.file, content)
    removed = prune_releases(extracts_folder.root, extracts_folder.keep_releases) if extracts_folder.keep_releases else []
    if removed:
        context.log.info(f"removed releases {', '.join(removed)}: KEEP_RELEASES={extracts_folder.keep_releases}")
    pruned = {"releases_removed": dg.MetadataValue.json(removed)}
    if release is None:
        current = latest_manifest(extracts_folder.root)
        context.log.info(f"data unchanged since release {current['version']}: nothing published")
        # Nothing was staged: the release the portal has is the one that passed every gate when it was published.
        yield from check_results([Finding(gate.name, "release", True, {"unchanged_since": current["version"]}) for gate in GATES], _release)
        yield dg.MaterializeResult(metadata={"published": False, "latest_version": current["version"], **pruned})
        return
    context.log.info(f"published release {release.version} ({release.level}) at {release.folder}")
    yield from check_results(release.findings, _release)
    yield dg.MaterializeResult(
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


def _release(_: Finding) -> dg.AssetKey:
    return RELEASE_KEY
