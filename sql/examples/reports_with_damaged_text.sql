-- Which reports have damaged text, and what kind of damage? (文本受损的报告)
SELECT source_name, encoding, damage_count, damage_flags, pinyin_annotations_removed,
       count(m.meeting_id) AS meetings_still_parsed
FROM reports AS r
LEFT JOIN meetings AS m USING (report_id)
WHERE r.is_damaged
GROUP BY ALL
ORDER BY damage_count DESC, source_name;
