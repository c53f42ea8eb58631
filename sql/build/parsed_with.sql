-- The parsers and target scripts the published warehouse's reports were read with: a run launched with no
-- number of processes starts every core when they are not today's, since every report is parsed again.
SELECT DISTINCT parser_version, target_script FROM prev.reports;
