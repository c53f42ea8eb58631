-- Whether a run may amend a copy of the published warehouse (attached as prev): how many reports it
-- holds, how much of the file is free blocks that earlier amendments left, and its storage format.
SELECT (SELECT count(*) FROM prev.reports), total_blocks, free_blocks,
       (SELECT tags['storage_version'] FROM duckdb_databases() WHERE database_name = 'prev')
FROM pragma_database_size()
WHERE database_name = 'prev';
