-- Rows a release file and the warehouse table do not share: $file and $expected name the views the
-- release gate made of the file read back and of the table as the file should hold it. Counted both
-- ways with duplicates kept: 0 when they hold the same rows.
SELECT count(*) FROM (
    (FROM query_table($file) EXCEPT ALL FROM query_table($expected))
    UNION ALL
    (FROM query_table($expected) EXCEPT ALL FROM query_table($file))
);
