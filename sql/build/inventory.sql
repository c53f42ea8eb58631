-- What the published warehouse holds: decides which files need reading and parsing again.
SELECT reports.source_name, sha256, parser_version, target_script, report_id, size_bytes, sidecar_sha256, file_signature
FROM prev.reports
LEFT JOIN prev.ingest.file_signatures USING (source_name);
