-- Keys of the published tables and the CHECK constraints that list a column's values.
SELECT table_name, constraint_type, constraint_column_names, referenced_table, referenced_column_names, expression
FROM duckdb_constraints()
WHERE database_name = current_database() AND schema_name = 'main'
  AND constraint_type IN ('PRIMARY KEY', 'FOREIGN KEY', 'CHECK')
ORDER BY table_name, constraint_type DESC, constraint_index;
