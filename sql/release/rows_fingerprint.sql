-- The rows of a relation ($rows: a release file read back, or a warehouse table as that file should hold it)
-- as a count and the sum of a hash of every row: equal for two relations holding the same rows in any order,
-- duplicates counted. One streaming pass, so the gate's memory does not grow with the table.
SELECT count(*), coalesce(sum(hash(*COLUMNS(*))::HUGEINT), 0) FROM query_table($rows);
