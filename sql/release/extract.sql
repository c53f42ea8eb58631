-- One table of a release ($table): every column, ordered by its primary key ($key), so the same
-- data gives the same file. The columns are the DDL's, in its order: nothing here names them.
SELECT * FROM query_table($table) ORDER BY COLUMNS(lambda c: list_contains($key, c));
