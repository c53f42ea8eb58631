"""Versioned, validated open-data releases of the warehouse, for the portal.

A release is an immutable folder ``EXTRACTS_DIR/releases/<version>/``: one Parquet
and one CSV file per table and per analyst view, ``datapackage.json`` (Frictionless Data Package v2),
``manifest.json``, ``SHA256SUMS``, a data dictionary (``README.md``) and a page to look at (``index.html``). It is
built in a staging folder on the same filesystem and renamed into place; only
then do the ``latest`` symlink and the ``LATEST`` file switch, each atomically.
A run that crashes at any point leaves ``latest`` on the previous complete release.

The schema of every file comes from the warehouse's own catalog, that is from the
DDL and ``COMMENT ON`` text in ``sql/schema/``: one source for the database's
dictionary, the Table Schemas and the release's README.

``publish`` stages, checks and publishes; ``contents`` decides what a release holds; ``files`` writes the
tables and their digests; ``description`` writes what the release says about itself; ``page`` draws index.html; ``gates`` checks the staged files; ``versions`` numbers
releases and moves what points at them.
"""
from pipelines.release.description import ReleaseInfo
from pipelines.release.gates import GATES, ReleaseBlocked
from pipelines.release.publish import Release, publish_release
from pipelines.release.versions import CHECKED, latest_manifest, prune_releases

__all__ = ["CHECKED", "GATES", "Release", "ReleaseBlocked", "ReleaseInfo", "latest_manifest", "prune_releases", "publish_release"]
