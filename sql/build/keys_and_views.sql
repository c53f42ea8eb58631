-- The keys and the names of the views of a database ($database): a published warehouse is amended
-- only when they are the current schema's (its views are then created again from sql/views), so
-- that an amended file is the same as one written anew.
SELECT 'constraint' AS kind, table_name AS name, constraint_text AS definition
FROM duckdb_constraints()
WHERE database_name = $database
UNION ALL
SELECT 'view', view_name, NULL
FROM duckdb_views()
WHERE database_name = $database AND NOT internal
ORDER BY ALL;
