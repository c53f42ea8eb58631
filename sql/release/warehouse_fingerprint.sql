-- What the release's rows are made of, in one hash: each report's content, parser and script and when it
-- was first loaded, and every rejected file. Rows are derived from these alone, so a warehouse with the
-- same fingerprint as the latest release's holds that release's data, and nothing needs staging.
SELECT md5(concat_ws('|',
    (SELECT string_agg(concat_ws(',', report_id, sha256, parser_version, target_script, ingested_at), ';' ORDER BY report_id) FROM reports),
    (SELECT string_agg(concat_ws(',', source_name, reason, detail, size_bytes, seen_at), ';' ORDER BY source_name) FROM rejected_files)
));
