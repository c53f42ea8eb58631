-- One part of a table of a release written as CSV ($path) by DuckDB, without the BOM the release puts before
-- it: RFC 4180 quoting, a header row only when $header, CRLF line ends, NULL as an empty field and an empty
-- string as "". $rows names the view of one sorted part's cells as the CSV holds them (release/files.py: lists
-- joined with ';', times in UTC as ISO 8601); the parts' rows are joined in order into the table's file.
COPY (FROM query_table($rows))
TO $path (FORMAT csv, HEADER $header, DELIMITER ',', QUOTE '"', ESCAPE '"', NULLSTR '', NEW_LINE E'\r\n');
