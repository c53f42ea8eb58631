-- One table of a release written as its Parquet file ($path) by DuckDB, streaming: every column as the
-- warehouse types it, ordered by the primary key ($key) so the same data gives the same bytes, zstd,
-- and $metadata (licence, version, source, name) as the file's key-value metadata.
COPY (SELECT * FROM query_table($table) ORDER BY COLUMNS(lambda c: list_contains($key, c)))
TO $path (FORMAT parquet, COMPRESSION zstd, PARQUET_VERSION V1, KV_METADATA $metadata);
