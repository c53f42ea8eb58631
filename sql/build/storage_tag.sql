-- The storage format an attached database file is in, as DuckDB tags it: the oldest version that reads it.
SELECT tags['storage_version'] FROM duckdb_databases() WHERE database_name = $database;
