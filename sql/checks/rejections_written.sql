-- Rows of the rejections table ($table): each run writes the whole list of the files it rejected.
SELECT count(*) FROM query_table($table);
