-- A release's CSV file read back with the types of its Table Schema, for the release gate:
-- every cell must parse as its column's type, and the rows must equal the warehouse's.
-- $columns maps each column to its DuckDB type (lists are read as their ';'-joined text).
-- $max_line_size is the longest line the file can hold (reports may be megabytes long).
SELECT *
FROM read_csv(
    $path,
    header = true,
    auto_detect = false,
    columns = $columns,
    delim = ',',
    quote = '"',
    escape = '"',
    nullstr = '',
    allow_quoted_nulls = false,
    max_line_size = $max_line_size,
    strict_mode = true
);
