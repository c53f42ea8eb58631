-- The columns of the published tables, from the database's own catalog: the DDL and COMMENT ON
-- text in this folder are the one source of the schema (pipelines/schema.py reads it here).
SELECT c.table_name, t.comment AS table_comment, c.column_name, c.data_type, c.is_nullable, c.comment
FROM duckdb_columns() AS c
JOIN duckdb_tables() AS t USING (database_name, schema_name, table_name)
WHERE c.database_name = current_database() AND c.schema_name = 'main'
ORDER BY t.table_oid, c.column_index;
