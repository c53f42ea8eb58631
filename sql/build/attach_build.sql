-- The database a run builds, beside the published file: a new one, or a copy of the published file to amend.
-- Written in the storage format of DuckDB 1.1 so analysts' tools on any DuckDB from 1.1 on (DBeaver's driver,
-- older CLIs) can open it. (DuckDB 1.0 cannot read the key indexes today's DuckDB writes, whatever version
-- the file is tagged with.) Row groups of 2,048 rows rather than 122,880: amending rewrites the row groups
-- it adds rows to, so small ones keep that to the new rows.
ATTACH ? AS build (STORAGE_VERSION 'v1.1.0', ROW_GROUP_SIZE 2048);
