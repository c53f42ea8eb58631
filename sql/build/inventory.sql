-- What the published warehouse holds: decides which files need parsing again.
SELECT source_name, sha256, parser_version, target_script, report_id FROM prev.reports;
