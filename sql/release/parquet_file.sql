-- One table of a release written as its Parquet file ($path) by DuckDB, streaming from its sorted parts
-- ($parts, sorted_part.sql) in their order, so the same data gives the same bytes: every column as the
-- warehouse types it, zstd, row groups of 10,000 rows or 16 MB, whichever comes first (each thread holds a
-- row group until it is written, and 10,000 reports with their texts are about 45 MB), and $metadata
-- (licence, version, source, name) as the file's key-value metadata.
COPY (FROM read_parquet($parts))
TO $path (FORMAT parquet, COMPRESSION zstd, PARQUET_VERSION V1, KV_METADATA $metadata, ROW_GROUP_SIZE 10000, ROW_GROUP_SIZE_BYTES '16MB');
