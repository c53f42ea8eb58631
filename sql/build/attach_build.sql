-- The database a run builds, beside the published file: a new one, or a copy of the published file to amend.
-- Written in the storage format given as the second parameter (store.STORAGE_VERSION), one DuckDB 1.x can
-- read; DuckDB 2.0's own format it cannot. Row groups of 2,048 rows rather than 122,880: amending rewrites
-- the row groups it adds rows to, so small ones keep that to the new rows.
ATTACH ? AS build (STORAGE_VERSION ?, ROW_GROUP_SIZE 2048);
