-- Clean texts meant to be Simplified that still hold a Traditional-only character, with how many.
-- $pattern is a character class of the characters OpenCC converts and that are not Simplified themselves.
SELECT source_name, len(regexp_extract_all(text_clean, $pattern)) AS characters
FROM reports
WHERE target_script = 'simplified' AND regexp_matches(text_clean, $pattern)
ORDER BY source_name;
