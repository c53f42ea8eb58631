-- The rejections the published warehouse records: a run with the same ones (and no report changed) has nothing to do.
SELECT source_name, reason FROM prev.rejected_files;
