-- Where a table's parts start ($table, cut on its first key column $column): the key of every $rows-th row in
-- key order. Only the key column is sorted, so this stays small whatever the table holds.
SELECT bound FROM (
    SELECT COLUMNS(lambda c: c = $column) AS bound,
           row_number() OVER (ORDER BY COLUMNS(lambda c: c = $column)) AS position
    FROM query_table($table)
)
WHERE (position - 1) % $rows = 0
ORDER BY bound;
