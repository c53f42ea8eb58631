-- Clean texts meant to be Simplified, for the Traditional-character check.
SELECT source_name, text_clean FROM reports WHERE target_script = 'simplified' ORDER BY source_name;
