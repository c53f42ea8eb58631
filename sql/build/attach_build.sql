-- The fresh database a run builds, beside the published file. Written in the storage format of
-- DuckDB 1.0 so analysts' tools on any DuckDB from 1.0 on (DBeaver's driver, older CLIs) can open it.
ATTACH ? AS build (STORAGE_VERSION 'v1.0.0');
