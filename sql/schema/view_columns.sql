-- The columns of the analysts' views, with the views' COMMENT ON text (sql/views/): the release publishes
-- each view as a resource, documented like the tables.
SELECT c.table_name, v.comment AS view_comment, c.column_name, c.data_type, c.is_nullable, c.comment
FROM duckdb_columns() AS c
JOIN duckdb_views() AS v ON v.database_name = c.database_name AND v.schema_name = c.schema_name AND v.view_name = c.table_name
WHERE c.database_name = current_database() AND c.schema_name = 'main' AND NOT v.internal
ORDER BY v.view_oid, c.column_index;
