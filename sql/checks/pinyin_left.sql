-- Clean texts still holding a tone-marked pinyin syllable in parentheses, such as (tǒng).
-- $pattern is the cleaner's own (pipelines.parsing.cleaning.TONED_ANNOTATION), with every letter it removes.
SELECT source_name, regexp_extract(text_clean, $pattern) AS example
FROM reports
WHERE regexp_matches(text_clean, $pattern)
ORDER BY source_name;
