-- What the warehouse's rows are made of, in one hash: each report's content, sidecar, parser and script and when
-- it was first loaded (in UTC), and every rejected file, each row as JSON so that no value can run into the
-- next. Rows are derived from these alone, so two warehouses with the same fingerprint hold the same data: the
-- release compares it with its latest release's, and a published warehouse's pending mark is named by it.
SELECT md5(concat(
    (SELECT coalesce(string_agg(to_json(struct_pack(report_id, sha256, sidecar_sha256, parser_version, target_script,
                                                     ingested_at := timezone('UTC', ingested_at)))::VARCHAR, '' ORDER BY report_id), '')
     FROM reports),
    '|',
    (SELECT coalesce(string_agg(to_json(struct_pack(source_name, reason, detail, size_bytes,
                                                     seen_at := timezone('UTC', seen_at)))::VARCHAR, '' ORDER BY source_name), '')
     FROM rejected_files)
));
