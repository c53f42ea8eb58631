-- One table of a release written as its CSV file ($path) by DuckDB, streaming, without the BOM the
-- release puts before it: RFC 4180 quoting, a header row, CRLF line ends, NULL as an empty field and an
-- empty string as "". $rows names the view of the table's cells as the CSV holds them
-- (release/files.py: lists joined with ';', times in UTC as ISO 8601), ordered by the primary key ($key).
COPY (FROM query_table($rows) ORDER BY COLUMNS(lambda c: list_contains($key, c)))
TO $path (FORMAT csv, HEADER, DELIMITER ',', QUOTE '"', ESCAPE '"', NULLSTR '', NEW_LINE E'\r\n');
