-- The reports extract: columns listed, ordered by key, so the same data gives the same file.
SELECT report_id, source_name, sha256, size_bytes, encoding, script, target_script, text_original, text_clean,
       pinyin_annotations_removed, damage_count, damage_flags, is_damaged, published_date, ingested_at, parser_version
FROM reports
ORDER BY report_id;
