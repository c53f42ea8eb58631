-- The data dictionary, in the database itself: duckdb_tables() and duckdb_columns()
-- show these texts. Chinese first, then English.

COMMENT ON TABLE reports IS '报告：每个抓取的原始文件一行，含原文与清洗后（转换为目标字体）的文本 / Reports: one row per scraped source file, with its original text and its clean text in the target script';
COMMENT ON COLUMN reports.report_id IS '报告编号，由文件路径与内容哈希生成 / Report id, derived from the file path and content hash';
COMMENT ON COLUMN reports.source_name IS '相对于报告目录的文件路径 / File path relative to the reports folder';
COMMENT ON COLUMN reports.url IS '文章网址，来自抓取程序的附带文件 <name>.json / Address of the article, from the scraper''s sidecar <name>.json';
COMMENT ON COLUMN reports.site IS '发布网站，来自附带文件 / Site that published the article, from the sidecar';
COMMENT ON COLUMN reports.title IS '文章标题，来自附带文件 / Headline of the article, from the sidecar';
COMMENT ON COLUMN reports.published_at IS '发布时间，来自附带文件；未注明时区的按北京时间 / When the article was published, from the sidecar; a time written without a zone is China time';
COMMENT ON COLUMN reports.fetched_at IS '抓取时间，来自附带文件 / When the scraper fetched the article, from the sidecar';
COMMENT ON COLUMN reports.licence IS '原文的许可，按附带文件原样发布 / Licence of the article text, published as the sidecar gives it';
COMMENT ON COLUMN reports.sidecar_sha256 IS '附带文件字节的SHA-256；无附带文件时为空 / SHA-256 of the sidecar''s bytes; null when the report has none';
COMMENT ON COLUMN reports.sha256 IS '原始字节的SHA-256 / SHA-256 of the raw bytes';
COMMENT ON COLUMN reports.size_bytes IS '文件大小（字节） / File size in bytes';
COMMENT ON COLUMN reports.encoding IS '识别出的编码（utf-8、gb18030、big5、utf-16…） / Detected encoding';
COMMENT ON COLUMN reports.script IS '原文字体：traditional、simplified、mixed、none / Script of the original text';
COMMENT ON COLUMN reports.target_script IS '清洗文本所转换成的字体 / Script the clean text was converted to';
COMMENT ON COLUMN reports.text_original IS '解码后的原文 / Decoded original text';
COMMENT ON COLUMN reports.text_clean IS '清洗后的文本：去除标记、拼音注音与防复制的 ASCII 乱码，转换为目标字体；证据位置均指向此列 / Clean text: markup, pinyin annotations and the ASCII debris a page hides against copying removed, converted to the target script; all evidence spans point into it';
COMMENT ON COLUMN reports.pinyin_annotations_removed IS '删除的拼音注音个数，如 系統(tǒng) / Number of pinyin annotations removed';
COMMENT ON COLUMN reports.damage_count IS '乱码、替换字符等损坏处及附带文件中无法使用的字段的个数 / Number of damaged spots (mojibake, U+FFFD, control characters) and of sidecar fields that could not be used';
COMMENT ON COLUMN reports.damage_flags IS '损坏类型；附带文件的问题如 sidecar_bad_url、sidecar_not_json / Kinds of damage found; sidecar problems such as sidecar_bad_url, sidecar_not_json';
COMMENT ON COLUMN reports.is_damaged IS '文本或附带文件是否有损坏（仍已解析） / Whether the text or its sidecar is damaged (the report is still parsed)';
COMMENT ON COLUMN reports.published_date IS '发布日期：附带文件的发布时间所在日，否则正文给出的日期 / Publication date: the day of the sidecar''s published_at, else the date the text gives';
COMMENT ON COLUMN reports.ingested_at IS '首次载入此文件此内容的时间（重新解析不变） / When this file with this content was first loaded (kept when it is parsed again)';
COMMENT ON COLUMN reports.parser_version IS '解析此报告的解析器版本 / Version of the parser that parsed the report';

COMMENT ON TABLE meetings IS '会议：报告所述某机构召开或参加的每一次会议 / Meetings: each meeting a report says a body held or took part in';
COMMENT ON COLUMN meetings.meeting_id IS '会议编号 / Meeting id';
COMMENT ON COLUMN meetings.report_id IS '所属报告 / Report the meeting was read from';
COMMENT ON COLUMN meetings.seq IS '会议在报告中的序号，从0开始 / Position of the meeting in its report, from 0';
COMMENT ON COLUMN meetings.organizer IS '召开会议的机构，按报告写出的最完整形式 / Body that held the meeting, in the fullest form the report writes';
COMMENT ON COLUMN meetings.meeting_name IS '会议名称，如原文所写 / Meeting name as written';
COMMENT ON COLUMN meetings.date_text IS '日期原文，如 12月6日上午、近日 / Date expression as written';
COMMENT ON COLUMN meetings.meeting_date IS '年份可知时的会议日期 / Meeting date, when the year is known';
COMMENT ON COLUMN meetings.location IS '会议地点，如原文所写 / Place as written';
COMMENT ON COLUMN meetings.chair IS '主持人姓名 / Name of the person who chaired';
COMMENT ON COLUMN meetings.subject IS '学习或讨论的内容 / What was studied or discussed';
COMMENT ON COLUMN meetings.span_start IS '证据在 text_clean 中的起始位置（字符） / Start of the evidence in text_clean (characters)';
COMMENT ON COLUMN meetings.span_end IS '证据在 text_clean 中的结束位置（不含） / End of the evidence in text_clean (exclusive)';
COMMENT ON COLUMN meetings.evidence IS '证据原文：text_clean 中 span_start 至 span_end 的文字，最多200字，超出以…结尾 / The evidence quoted: the text of text_clean from span_start to span_end, at most 200 characters, ending in … when cut';

COMMENT ON TABLE attendees IS '与会人员：每次会议中每位具名人员或未具名群体一行 / Attendees: one row per named person or unnamed group per meeting';
COMMENT ON COLUMN attendees.attendee_id IS '行编号 / Row id';
COMMENT ON COLUMN attendees.meeting_id IS '所属会议 / Meeting';
COMMENT ON COLUMN attendees.report_id IS '所属报告 / Report';
COMMENT ON COLUMN attendees.person_name IS '姓名；群体行为空 / Person name; null for a group row';
COMMENT ON COLUMN attendees.group_name IS '未具名群体，如 市总工会全体干部 / Unnamed group present';
COMMENT ON COLUMN attendees.title IS '姓名前（或后）所写的职务 / Title written before (or after) the name';
COMMENT ON COLUMN attendees.organization IS '文中与此人关联的机构 / Organisation the text ties the person to';
COMMENT ON COLUMN attendees.role IS '角色：chair 主持 > speaker 讲话 > attendee 出席 > referenced 被提及 / Role, strongest kept';
COMMENT ON COLUMN attendees.span_start IS '证据在 text_clean 中的起始位置 / Start of the evidence in text_clean';
COMMENT ON COLUMN attendees.span_end IS '证据在 text_clean 中的结束位置（不含） / End of the evidence in text_clean (exclusive)';
COMMENT ON COLUMN attendees.evidence IS '证据原文：text_clean 中 span_start 至 span_end 的文字，最多200字，超出以…结尾 / The evidence quoted: the text of text_clean from span_start to span_end, at most 200 characters, ending in … when cut';

COMMENT ON TABLE initiatives IS '工作举措：会议推动的品牌、行动、机制、平台、口号与文件 / Initiatives: brands, campaigns, frameworks, platforms, slogans and documents a meeting promotes';
COMMENT ON COLUMN initiatives.initiative_id IS '行编号 / Row id';
COMMENT ON COLUMN initiatives.meeting_id IS '所属会议 / Meeting';
COMMENT ON COLUMN initiatives.report_id IS '所属报告 / Report';
COMMENT ON COLUMN initiatives.name IS '引号或书名号内的文字 / Text inside the quote marks or 《》';
COMMENT ON COLUMN initiatives.full_name IS '连同中心词或所属前缀的全称 / Name with its head noun or owning prefix';
COMMENT ON COLUMN initiatives.category IS '类别：brand、campaign、framework、platform、slogan、document / Category';
COMMENT ON COLUMN initiatives.span_start IS '证据在 text_clean 中的起始位置 / Start of the evidence in text_clean';
COMMENT ON COLUMN initiatives.span_end IS '证据在 text_clean 中的结束位置（不含） / End of the evidence in text_clean (exclusive)';
COMMENT ON COLUMN initiatives.evidence IS '证据原文：text_clean 中 span_start 至 span_end 的文字，最多200字，超出以…结尾 / The evidence quoted: the text of text_clean from span_start to span_end, at most 200 characters, ending in … when cut';

COMMENT ON TABLE rejected_files IS '无法使用的文件及原因 / Files that could not be used, and why';
COMMENT ON COLUMN rejected_files.source_name IS '相对于报告目录的文件路径 / File path relative to the reports folder';
COMMENT ON COLUMN rejected_files.reason IS '原因：empty、binary、too large、undecodable、outside REPORTS_DIR、sidecar without a report… / Reason';
COMMENT ON COLUMN rejected_files.detail IS '说明 / A sentence explaining the reason';
COMMENT ON COLUMN rejected_files.size_bytes IS '文件大小（字节），已知时 / File size in bytes, when known';
COMMENT ON COLUMN rejected_files.seen_at IS '首次发现此问题的时间 / When the problem was first seen';

COMMENT ON TABLE ingest.file_signatures IS '流水线内部记录：上次读取每个文件时的元数据，元数据未变的文件不再重新读取 / Pipeline bookkeeping, not released: the metadata each file was last read with; a file whose metadata is unchanged is not read again';
COMMENT ON COLUMN ingest.file_signatures.source_name IS '相对于报告目录的文件路径 / File path relative to the reports folder';
COMMENT ON COLUMN ingest.file_signatures.file_signature IS '报告（及其附带文件）的大小、修改时间、状态变更时间与索引节点 / Size, modification time, status-change time and inode of the report (and of its sidecar)';
