-- The fresh database a run builds, beside the published file. Written in the storage format of
-- DuckDB 1.1 so analysts' tools on any DuckDB from 1.1 on (DBeaver's driver, older CLIs) can open it.
-- (DuckDB 1.0 cannot read the key indexes today's DuckDB writes, whatever version the file is tagged with.)
ATTACH ? AS build (STORAGE_VERSION 'v1.1.0');
