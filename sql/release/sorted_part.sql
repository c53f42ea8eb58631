-- One part of a table or view ($table): its released columns ($columns) of the rows whose first key column
-- ($column) lies in [$lower, $upper) (NULL for no bound), sorted by the whole key ($key: the primary key, or
-- every column of a view), written as a Parquet file ($path) beside the release.
-- The release's CSV and Parquet files are written from the parts in order, streaming: one sort of the
-- whole table, texts and all, took more than DuckDB's memory limit once the table outgrew it. Row groups of
-- 10,000 rows or 16 MB keep what DuckDB holds to write or read a part small.
COPY (
    SELECT COLUMNS(lambda c: list_contains($columns, c)) FROM query_table($table)
    WHERE ($lower IS NULL OR COLUMNS(lambda c: c = $column) >= $lower)
      AND ($upper IS NULL OR COLUMNS(lambda c: c = $column) < $upper)
    ORDER BY COLUMNS(lambda c: list_contains($key, c))
)
TO $path (FORMAT parquet, ROW_GROUP_SIZE 10000, ROW_GROUP_SIZE_BYTES '16MB');
