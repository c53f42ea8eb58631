-- Clean texts still holding a tone-marked pinyin syllable in parentheses, such as (tǒng).
SELECT source_name, regexp_extract(text_clean, '\( ?[a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,5} ?\)') AS example
FROM reports
WHERE regexp_matches(text_clean, '\( ?[a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,5} ?\)')
ORDER BY source_name;
