-- Whether a run may amend a copy of the published warehouse (attached as prev): how many reports it
-- holds, and how much of the file is free blocks that earlier amendments left.
SELECT (SELECT count(*) FROM prev.reports), total_blocks, free_blocks
FROM pragma_database_size()
WHERE database_name = 'prev';
