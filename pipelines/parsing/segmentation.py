"""Lines, page chrome, bylines, headline, section headings and sentences, with offsets.

The parser works on *masked* copies of the report: every character that must yield
nothing (chrome lines, captions, bylines, datelines) is replaced by ``MASK`` so that offsets
into the masked text are offsets into the original text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from . import lexicons
from .lexical import Token, tokens_overlapping

MASK = "\u3000"
"""Replaces masked characters; no rule reads it as part of a word or a name."""
TERM_MASK = "\u25a1"
"""Replaces the characters of a fixed term (习近平新时代…思想) for the people rules: no name is read in it,
yet, unlike ``MASK``, it does not end the clause that holds it."""
MAX_CLAUSE_CHARS = 200
"""How far any clause scan reaches: a clause is never longer in report prose, and scans stay bounded."""

MAX_TITLE_MARK_CHARS = 80
"""A document's title in 《》 is at most this long: an opening mark further back closes no title here."""


def inside_document_title(text: str, at: int) -> bool:
    """Whether ``text[at]`` stands inside a document's title in 《》: a title's wording is its own, not the report's."""
    return _inside_marks(text, at, "《", "》")


def inside_quote_marks(text: str, at: int) -> bool:
    """Whether ``text[at]`` stands inside “…” or 「…」: a quoted name or slogan (“张三”工作室, “景秀、村美”)."""
    return _inside_marks(text, at, "“", "”") or _inside_marks(text, at, "「", "」")


def _inside_marks(text: str, at: int, opener: str, closer: str) -> bool:
    opened = text.rfind(opener, max(0, at - MAX_TITLE_MARK_CHARS), at)
    return opened >= 0 and text.rfind(closer, opened, at) < 0 and text.find(closer, at, at + MAX_TITLE_MARK_CHARS) >= 0

SHORT_NAME_CUE = r"(?:以下简称|下称|简称)"
"""The words that introduce the short name a report will use for what it has just named (以下简称“少代会”)."""

THIS_SESSION = r"(?:本次|此次|这次|该次|本期|此期|这期)"
"""The words by which a report points back at the meeting it tells of (本次会议, 此次联席会议)."""

SENT_IN_THEIR_STEAD = "派人|派员|派代表|委派|指派"
"""X等人也派人与会: words saying someone sent another in their stead; they are told of, whom they sent is no group."""
HOLDING_VERBS = ("召开", "举行", "举办")
"""The verbs that say a meeting is or was held, which rules outside the meeting verbs' own read for."""
HOLDING = "|".join(HOLDING_VERBS)

ORGANISING_VERB = r"组织(?!部|委|科(?!协(?!调|助|商|作))|处|工作(?!人员)|建设(?!者)|生活会|员(?!工)|关系|架构|人事)"
"""组织 as a verb, a body having people meet or study (X组织Y召开, X组织科协全体干部), not 组织部, 组织科 or
组织处 in a body's name (组织科协调…: the section coordinates), nor the noun of a field of work or of Party life
(全县组织工作会议, 组织建设, 组织生活会, 组织员); 组织员工, 组织工作人员 and 组织建设者 are the verb and whom it gathers."""

ATTENDANCE_HEADER = re.compile(
    r"(?:出席|参加|列席)(?:本次|今天的)?(?:[\u4e00-\u9fff]{0,6}?(?:会议|大会|活动|仪式))?的"
    r"(?:领导|嘉宾|人员|[\u4e00-\u9fff]{0,8}?成员)?(?:还)?有[:：]?"
    r"|(?:参会|出席|列席|与会)(?:领导|嘉宾|人员)[:：]"
)
"""出席会议的有：, 参会人员：, 出席会员大会的会馆理事会成员有: what follows lists those present by name, with no verb after
them; in a scraped page, one name and post a line."""

# The punctuation every component splits on, defined here once; the patterns below are built from it.
SPEAKING_VERBS = r"(?:指出|强调|认为|表示)"
"""Verbs that introduce what a speaker says (X表示，…): 要求 and 提出 also head nouns (按照…要求，)."""
SAYING_VERBS = rf"(?:{SPEAKING_VERBS}|要求|提出)"
"""Verbs that introduce what a meeting or a speaker said (X指出，…; 并表示能…)."""
SENTENCE_MARKS = "。！？!?"
CLAUSE_MARKS = "，,；;"
COLON_MARKS = "：:"

PROSE_PUNCTUATION = re.compile(f"[{SENTENCE_MARKS}{CLAUSE_MARKS}]")
"""A line holding any of these is prose, not a heading, a headline or chrome."""
SENTENCE_BREAK = re.compile(f"[{SENTENCE_MARKS}\n]|{MASK}")
"""Where a sentence ends, a masked span included."""
_COLON_BREAK = f"(?<!\\d)[{COLON_MARKS}]|[{COLON_MARKS}](?!\\d)"
"""A colon, but not that of a time of day (19:30)."""
STATEMENT_BREAK = re.compile(f"[{SENTENCE_MARKS}\n]|{_COLON_BREAK}|{MASK}")
"""Where a sentence or the lead-in before a colon ends: a list after a colon is its own statement."""
CLAUSE_BREAK = re.compile(f"[{SENTENCE_MARKS}，；;\n]|{_COLON_BREAK}|,(?!、)|{MASK}")
"""Where a clause ends for the rules: a comma doubled before 、 by scraping ("书记,、主席") is not a break, nor the
colon of a time of day (19:30)."""
_CJK = re.compile(r"[\u4e00-\u9fff]")


def is_cjk(ch: str) -> bool:
    """Whether ``ch`` opens with a CJK unified ideograph (U+4E00–U+9FFF); False for an empty string."""
    return "\u4e00" <= ch[:1] <= "\u9fff"

HEADLINE_MAX_CHARS = 70
HEADLINE_MIN_CJK = 6
SHORT_LINE_CJK = 6
SECTION_HEADING_MAX_CHARS = 24

_BREADCRUMB = re.compile(r"(?:>|»|＞)")
_SOURCE_IN_BRACKETS = re.compile(r"【[^【】\n]{1,20}(?:消息|讯|电|报道|报导)】")
"""【澳门日报消息】, 【X网讯】 where a page ran the headline and the report into one line: the source, wherever it stands."""
_REPRINT_NOTICE = re.compile(r"转载[^。\n]{0,30}?(?:注明|授权|出处|版权)|(?:注明|授权|许可|同意)[^。\n]{0,30}?转载|不代表本(?:站|网)(?:的)?(?:观点|立场)")
_THE_SITES_OWN = re.compile("本网|本站|本文|本刊|本报|原文|出处|网站|新闻网")
"""转载请注明出处, 未经本网授权不得转载, 本文…不代表本站观点: the site's notice on reprinting, which names the site, the
article or its source; no words of the report (its title quoted in it would be read as a meeting again). A report's
own sentence on reprinting (打击未经许可擅自转载…的行为) names none of them."""
_HYPHENED_STEP = re.compile(r"[\u4e00-\u9fff]{2}\s*[-－]\s+(?=[\u4e00-\u9fff])")
"""新闻中心- 医院新闻- …: a breadcrumb's step of two characters or more, set apart by a hyphen and a space; two make a
trail, where one joins two places (江南-青石) and 沪-苏-浙-皖 lists them."""
MIN_HYPHENED_STEPS = 2
_CHROME_LINE_START = re.compile(
    r"^\s*(?:date\b|Date\b|DATE\b|!\[|https?://|www\.|•|(?:您好[，,！!]?\s*)?欢迎(?:访问|来到|光临|登录)|[上下]一版[»>:：\s])"
)
"""…, a site's greeting (欢迎访问开鲁县人民政府!, 您好,欢迎来到…) and the links to the paper's pages before and after
(下一版»本期共4版, 当前第1版): chrome, whatever mark ends it."""
_ARTICLE_LINKS = re.compile(r"^\s*[上下]一[篇条][:：]")
"""上一篇:X,Y 下一篇:Z: the links to the articles before and after, chrome whatever commas their titles hold, unless the
scrape ran the report's own sentences on after them (下一篇：无 5月4日，…召开…。)."""
_DATE_LABEL = re.compile(r"^\s*(?:date|Date|DATE)\b[\s:：]*[\d\-/.: ]*")
"""A page's "date 2025-10-29" run into the report's first line: the label is chrome, the prose after it is not."""
# A line-start dateline: "本报讯", "某某网讯 ", "本报南宁3月2日电 ", "【香港商报网讯】", "[Newtalk新闻]", "(太平19日讯)", or
# one the page ran into the first sentence, where a news outlet and the day before 电 mark it ("新华网北京12月12日电全国政协…",
# "青石日报北京12日电"; not 3月5日电信公司…, nor 电视, 电话).
_DATELINE = re.compile(
    r"^[\s|｜]*(?:【[^】\n]{1,60}】|〔[^〕\n]{1,40}?(?:报[导道]|讯|电)〕|[\u4e00-\u9fff]{2,4}\s?[/／]\s?[\u4e00-\u9fff]{0,4}报[导道][。.]?|\[[^\]\n]{1,30}\]|[<‹][^<>‹›\n]{1,30}?(?:讯|电|社|网|报)[>›]|本[报网台刊站]讯[:：]?|[^，,。:：\n]{1,30}?报[道导][:：]|[(（][^()（）\n]{1,30}(?:讯|电)(?:息服务)?[\d\s:：/-]*[)）]|[^，,。\n]{0,80}?(?:讯|电)(?=\s|[(（【]|$)"
    r"|[^，,。\n]{0,30}?(?:社|网|报|台|新闻|客户端)[^，,。\n]{0,12}?(?:\d{1,2}月)?\d{1,2}日电(?![视影话台脑器力子站网]))"
    r"(?:\s{0,3}[(（](?:记者)?\s?[\u4e00-\u9fff]{2,4}(?:[、\s][\u4e00-\u9fff]{2,4}){0,4}[)）])?"
)
"""【…】, [X], 〔记者X／台中报导〕, X／综合报导 (its label on the line before), <X通讯>, (X讯), (X社讯息服务20211206 09:27:31), X讯, 本报讯 run into the first word, X网海外华商报道:,
X社北京5月26日电, and the reporters named in brackets right after it (X网北京5月26日电 (赵鹏、申佳平))."""
_LINE_END_PARENTHETICAL = re.compile(r"[(（][^()（）\n]{1,40}[)）][\s|｜]*$")
_PHOTO_CAPTION_END = re.compile(r"[(（][^()（）\n]{0,30}(?:摄|提供|供图)[^()（）\n]{0,12}[)）][\s|]*$")
"""A line that ends with whose photo it is, (X摄) or (新闻处提供), is the caption under a photo."""
_PHOTO_CREDITED_TO = re.compile(r"[(（]图片?(?:来源)?\s*[/／:：](?!\s*文)[^()（）\n]{1,30}[)）][\s|]*$")
"""(图/X县政府), (图片来源：X): a photo credited to a body, as Taiwan's papers credit one; not (图/文 X), who wrote and
took it."""
_CREDITED_AT_THE_END = re.compile(r"[。！!]\s*[\u4e00-\u9fff]{0,8}?(?:记者|通讯员|摄影)\s{0,3}[\u4e00-\u9fff]{2,4}\s{0,3}摄\s*$")
"""…王荣向大会报告工作。 南方日报记者 李细华 摄: a line of prose closed by the photographer's credit. Such a line, and
one crediting its photo to a body, is the caption under a photo where it holds one sentence and body lines follow; the
last body line so closed is the report's own, its photo credited after it."""
_DEED_TOLD = re.compile(r"(?:发言|讲话|致(?:开幕|闭幕|欢迎|答谢)?[辞词]|作了?[^，,。；;：:]{0,24}?报告|强调|指出|要求)\s*$")
"""省总工会主席吴明明发表讲话, X致闭幕辞, X同志作工会财务开支报告: a caption telling who spoke, as the captions of a photo
report do; 局长X强调, a line heading the points a speaker made, likewise. Not 主持会议: a caption of the chair names no meeting, and would read
as one of its own."""
_PHOTO_OPENING = re.compile(r"\s*(?:图为|图片|照片|图[：:/／])")
_ATTENDED_AT_THE_END = re.compile(r"(?:出席|参加|列席)了?(?:会议|大会|活动|仪式)?\s*$")
MIN_TOLD_DEED_CJK = 7
"""A line telling a deed holds at least a name besides its verb (王明致闭幕辞); a menu's 领导讲话 does not."""
_PHOTO_CREDIT = re.compile(r"[\u4e00-\u9fff]{2,4}\s{0,3}摄(?=\s*(?:$|[。)）]))", re.M)
_CONTRIBUTED = re.compile(r"[(（]?[^\s()（）。，]{1,12}\s{0,3}供[稿图][)）]?\s*$", re.M)
"""(X供稿), 通讯员供图: who sent the report or its photo, closing the line."""


@cache
def _labelled_parenthetical() -> re.Pattern[str]:
    labels = lexicons.alternation(tuple(w for w in lexicons.entries("byline_labels") if len(w) >= 2))
    return re.compile(rf"[(（][^()（）\n]{{0,40}}?(?:{labels})[^()（）\n]{{0,40}}?[)）]")


@cache
def _reporter_byline() -> re.Pattern[str]:
    # "记者林可报道:", "全媒体记者 韦岚", "通讯员 叶舟", "通讯员陈东、张欢报道", "记者孙芳、林海纽约报导", "记者林东/文": a
    # reporter's label, a name or a list of names (the last may run on into the place reported from), and 报道.
    labels = _reporter_label().pattern
    # A name ends where 报道, a verb of learning (获悉, 了解到), a mark or a space does: 记者唐小惠报道 中国金融工会…
    # leaves the holder after the byline whole.
    name = rf"[\u4e00-\u9fff]{{2,4}}?(?=报[道导]|获悉|了解|从|摄|{labels}|[\s、，,。:：)）/／]|$)"
    return re.compile(rf"(?:{labels})\s{{0,3}}{name}(?:(?:、|\s{{1,3}}){name}){{0,4}}(?:、?[\u4e00-\u9fff]{{0,8}}?报[道导])?[:：]?")


_WORDS_OF_THE_PRESS = re.compile(r"[\s\u3000]*(?:节|会|招待会|见面会|站|们|证|团|协会|之家)")
"""记者节, 记者会, 记者站, 记者们: 记者 heading a word of the prose (第十二个记者节座谈会, 举行记者会), no reporter's label."""


def _names_a_reporter(line: str, start: int) -> bool:
    """Whether the reporter's label at ``start`` is followed by a name: not by a word it heads (记者节座谈会), and by a
    surname (记者 林可, 通讯员陈东), or by a space where the label stands as a byline does, at the line's opening or after
    a mark (本报记者 次仁罗布: a Tibetan name has no surname); not by a verb of the prose (回答记者提问, 记者深入交流)."""
    label = _reporter_label().match(line, start)
    if label is None or _WORDS_OF_THE_PRESS.match(line, label.end()):
        return False
    name = line[label.end():].lstrip(" \t\u3000")
    standing_apart = (start == 0 or not _CJK.match(line[start - 1])) and len(name) < len(line) - label.end()
    return name[:1] in _all_surnames() or name[:2] in _all_surnames() or standing_apart


@cache
def _all_surnames() -> frozenset[str]:
    """The surnames of both lists: after a reporter's label, a surname more often a word (时, 全) opens a name too."""
    return lexicons.surnames() | lexicons.entry_set("surnames_wordlike")


@cache
def _reporter_label() -> re.Pattern[str]:
    return re.compile(lexicons.alternation(tuple(w for w in lexicons.entries("byline_labels") if w.endswith(("记者", "通讯员")))))


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    kind: str
    """One of: blank, chrome, headline, section, caption, body."""


@dataclass(frozen=True)
class Section:
    start: int
    end: int
    heading: str | None


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int


@dataclass(frozen=True)
class Document:
    text: str
    body: str
    """``text`` with everything but body lines masked, and bylines/datelines masked too."""
    lines: tuple[Line, ...]
    sections: tuple[Section, ...]
    tokens: tuple[Token, ...] = ()
    """The lexical model's words of the spans the parser had tagged (:meth:`with_tokens`), in order."""

    def sentences(self, start: int = 0, end: int | None = None) -> list[Sentence]:
        return split_sentences(self.body, start, len(self.body) if end is None else end)

    def with_tokens(self, tokens: list[Token]) -> Document:
        return replace(self, tokens=tuple(sorted(tokens, key=lambda token: token.start)))

    def tokens_between(self, start: int, end: int) -> tuple[Token, ...]:
        """The tokens that overlap ``body[start:end]``."""
        return tokens_overlapping(self.tokens, start, end)


def line_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in re.finditer("\n", text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def cjk_count(s: str) -> int:
    return len(_CJK.findall(s))


def is_chrome_line(line: str) -> bool:
    stripped = line.strip(" \t\u3000|｜")
    if not stripped or not _CJK.search(stripped):
        return True
    if _CHROME_LINE_START.match(line) and not (_DATE_LABEL.match(line) and PROSE_PUNCTUATION.search(stripped)):
        return True
    if _ARTICLE_LINKS.match(line) and "。" not in stripped:
        return True
    trail = _BREADCRUMB.search(stripped) or len(_HYPHENED_STEP.findall(stripped)) >= MIN_HYPHENED_STEPS
    if trail and not PROSE_PUNCTUATION.search(stripped):
        return True
    has_marker = lexicons.pattern("chrome_markers").search(stripped) is not None
    if has_marker and (not PROSE_PUNCTUATION.search(stripped) or cjk_count(stripped) <= 12):
        return True
    # A list of short tokens separated by spaces (site maps, town lists) is navigation.
    return stripped.count(" ") >= 6 and not PROSE_PUNCTUATION.search(stripped)


def _is_section_heading(line: str) -> bool:
    stripped = line.strip()
    if len(stripped) > SECTION_HEADING_MAX_CHARS or PROSE_PUNCTUATION.search(stripped):
        return False
    if cjk_count(stripped) != len(stripped):
        return False
    return bool(lexicons.ends_with_entry(stripped, "place_suffixes") or lexicons.ends_with_entry(stripped, "org_suffixes"))


def _one_sentence(line: str) -> bool:
    """Whether a line holds one sentence at most, as a caption does; a paragraph the scrape closed with a photo's
    credit holds more."""
    return sum(line.count(mark) for mark in SENTENCE_MARKS) <= 1


def classify_lines(text: str) -> list[Line]:
    """Sort every line into blank, chrome, headline, section heading, caption or body."""
    spans = line_spans(text)
    kinds: list[str] = []
    ended = False
    body_lines = 0
    for start, end in spans:
        line = text[start:end]
        # 新闻推荐, 相关阅读: the page's links to other articles start here, and the report has ended.
        ended = ended or line.strip(" \t\u3000") in lexicons.entry_set("article_end_markers")
        if ended:
            kinds.append("chrome")
        elif not line.strip():
            kinds.append("blank")
        elif (reprint := _REPRINT_NOTICE.search(line) is not None and _THE_SITES_OWN.search(line) is not None) or is_chrome_line(line):
            kinds.append("chrome")
            # 责任编辑:X, 上一篇, a comment box, a notice on reprinting: the page's furniture under a report that has begun
            # closes it.
            ended = body_lines >= MIN_BODY_LINES_BEFORE_THE_END and (
                reprint or lexicons.pattern("page_end_markers").search(line) is not None
            )
        elif _PHOTO_CAPTION_END.search(line):
            kinds.append("caption")
        elif (_PHOTO_CREDITED_TO.search(line) or _CREDITED_AT_THE_END.search(line)) and _one_sentence(line):
            kinds.append("credited")
        elif PROSE_PUNCTUATION.search(line) or cjk_count(line) > HEADLINE_MAX_CHARS:
            kinds.append("body")
            body_lines += 1
        else:
            kinds.append("short")
    _mark_a_punctuated_headline(text, spans, kinds)
    body_after = False
    for i in range(len(kinds) - 1, -1, -1):
        if kinds[i] == "credited":
            kinds[i] = "caption" if body_after else "body"
        body_after = body_after or kinds[i] == "body"
    # Kind of the next line that is neither blank nor chrome, for every line (one backward pass).
    next_kinds: list[str | None] = [None] * len(kinds)
    upcoming: str | None = None
    for i in range(len(kinds) - 1, -1, -1):
        next_kinds[i] = upcoming
        if kinds[i] not in ("blank", "chrome"):
            upcoming = "body" if kinds[i] == "body" else "short"
    seen_body = False
    headline_at = _headline_index(text, spans, kinds)
    heading_before_the_body = None
    for i, kind in enumerate(kinds):
        if kind == "body":
            seen_body = True
        if kind != "short":
            continue
        line = text[spans[i][0]:spans[i][1]]
        next_kind = next_kinds[i]
        if seen_body and next_kind == "body" and _is_section_heading(line):
            kinds[i] = "section"
        elif i == headline_at:
            kinds[i] = "headline"
        elif not seen_body and cjk_count(line) <= SHORT_LINE_CJK:
            kinds[i] = "chrome"
            if next_kind == "body" and headline_at is not None and i > headline_at and _is_section_heading(line):
                heading_before_the_body = i
        else:
            kinds[i] = "caption"
    if heading_before_the_body is not None and "section" in kinds:
        # 清源区 | 6月28日，区科协召开… | 鹿鸣县 | …: the first section's heading, under the headline and right above the
        # body, reads as the page's furniture until the headings after it show the report is told in sections.
        kinds[heading_before_the_body] = "section"
    listing = False
    last = max((i for i, kind in enumerate(kinds) if kind not in ("blank", "chrome")), default=-1)
    roster = _roster_lines(text, spans, kinds)
    # Captions of awards handed out belong to a report that tells of awards; under another, they are other news.
    awards_told = any(kind == "body" and _AWARDS.search(text, start, end) for (start, end), kind in zip(spans, kinds))
    for i, kind in enumerate(kinds):
        if kind in ("blank", "chrome"):
            continue
        line = text[spans[i][0]:spans[i][1]]
        opens_a_list = _opens_a_list_of_those_present(line)
        if kind == "caption" and i in roster:
            kinds[i] = "body"  # 会长：X / 副会长：Y、Z: the officers a meeting elected, a post and its holders a line
            continue
        if kind == "caption" and (_DEED_TOLD.search(line) or awards_told and _titled_deed_told(line)) and cjk_count(line) >= MIN_TOLD_DEED_CJK:
            kinds[i] = "body"  # the captions of a photo report tell who spoke, and who read or handed out the awards
        elif kind == "caption" and i == last and _ATTENDED_AT_THE_END.search(line) and cjk_count(line) >= MIN_TOLD_DEED_CJK and not _PHOTO_OPENING.match(line):
            kinds[i] = "body"  # …副主任X、Y、Z出席会议: the report's last sentence, its mark cut off with the page
        elif kind == "caption" and i == last and _titled_list_cut_off(line):
            kinds[i] = "body"  # 立委X、中埔乡长Y、…县议员Z、W、詹琬: a list of the guests, cut off with the page before its verb
        elif kind == "caption" and (listing or opens_a_list):
            kinds[i] = "body"  # 出席领导：, then one name and post a line: those present, no caption
        listing = kinds[i] == "body" and opens_a_list or listing and kind == "caption"
    return [Line(s, e, k) for (s, e), k in zip(spans, kinds)]


def _mark_a_punctuated_headline(text: str, spans: list[tuple[int, int]], kinds: list[str]) -> None:
    """Make the page's first prose line a short one where it is the headline written with marks: one that ends with
    ! or ? and holds no other mark (…就职典礼活动取得圆满成功!), or one with commas but no 。, where the page's
    date and author stand under it before the body (来了就聊…,这次聊了啥? above 发表于 2025-2-26) or the lead retells it
    (…评选活动圆满举行,揭晓典礼首次改为线上举行 |), or that sets a slogan before the news with a dash (以训提能,筑格强基——
    X镇召开…). A lead's first line that the page broke before its end is none."""
    first = next((i for i, kind in enumerate(kinds) if kind == "body"), None)
    if first is None or any(kinds[i] == "short" and _may_head_the_page(text[spans[i][0]:spans[i][1]]) for i in range(first)):
        return  # a headline stands above: the line with marks is the lead, which the page may have broken
    line = text[spans[first][0]:spans[first][1]].strip(" \t\u3000|｜")
    if cjk_count(line) > PUNCTUATED_HEADLINE_MAX_CJK or _DATELINE_OPENING.match(line):
        return
    words = line.rstrip("!?！？")
    if not PROSE_PUNCTUATION.search(words) and words != line:
        kinds[first] = "short"
        return
    if any(mark in words for mark in "。；;:：") or words[-1] in CLAUSE_MARKS + "、":
        return
    after = [i for i in range(first + 1, len(kinds)) if kinds[i] != "blank"]
    lead = next((i for i in after if kinds[i] == "body"), None)
    if lead is None:
        return
    metadata_between = lead > after[0] and any(kinds[i] == "chrome" for i in after if i < lead)
    retold = _shared_with(line, text[spans[lead][0]:spans[lead][1]]) >= MIN_SHARE_OF_A_RETOLD_HEADLINE
    # 以训提“能”,筑“格”强基——X镇组织召开…培训会: a slogan, a dash and the news, as a title and its subtitle are set.
    titled_with_a_dash = _TITLE_DASH in words and not words.startswith(_TITLE_DASH) and not words.endswith(_TITLE_DASH)
    if metadata_between or retold or titled_with_a_dash:
        kinds[first] = "short"


_TITLE_DASH = "——"


MIN_BODY_LINES_BEFORE_THE_END = 2
"""Body lines a report has before the page's furniture can close it: a headline written as prose or a summary above
the date and editor's line is one (上杭古田:36场次!…, 摘要：…)."""
PUNCTUATED_HEADLINE_MAX_CJK = 40
"""A headline written with marks is a line of 40 characters at most; a lead's first paragraph is longer."""
MIN_SHARE_OF_A_RETOLD_HEADLINE = 0.5
"""The share of a marked line's character pairs the lead must write again for the line to be its headline."""
_DATELINE_OPENING = re.compile(r"\d{1,4}\s*[年月日]|本报|记者|通讯员|[【\[(（]")
"""A line opening with a date, a dateline or a byline (5月21日，…; 本报讯…; 【X网讯】) is the lead, not a headline."""


def _may_head_the_page(line: str) -> bool:
    return cjk_count(_DATE.sub("", line)) >= HEADLINE_MIN_CJK and not _PHOTO_OPENING.match(line)


def _headline_index(text: str, spans: list[tuple[int, int]], kinds: list[str]) -> int | None:
    """The headline among the short lines before the body: the first that tells of a meeting (X召开Y会议, …传达学习…), else
    the one the report's first paragraph retells, else the first long enough. The site's name, the chrome above the
    headline and other news listed there (青石县人民政府, 扫码关注我家在线, a ticker) are none."""
    candidates: list[tuple[int, str]] = []
    lead = ""
    for i, kind in enumerate(kinds):
        line = text[spans[i][0]:spans[i][1]]
        if kind == "body":
            lead = line
            break
        if kind == "short" and _may_head_the_page(line):
            candidates.append((i, line))
    if not candidates:
        return None
    telling = next((i for i, line in candidates if _tells_of_a_meeting(line)), None)
    if telling is not None:
        return telling
    # 台中市劳工总工会正式成立… under lines of other news (a ticker): the headline is the line the lead retells.
    shared = [_shared_with(line, lead) for _, line in candidates]
    best = max(range(len(shared)), key=shared.__getitem__)
    retold = shared[best] >= MIN_SHARED_WITH_THE_LEAD and shared[best] - shared[0] >= MIN_SHARED_MORE_THAN_THE_FIRST
    return candidates[best if retold else 0][0]


_DATE = re.compile(r"\d{1,4}\s*[年月日号]")
"""A date's characters, which do not count towards a headline's words (当前报章2023年05月10日 is the issue's date)."""
MIN_SHARED_WITH_THE_LEAD = 0.3
"""The share of a headline's character pairs its report's first paragraph writes again, at least."""
MIN_SHARED_MORE_THAN_THE_FIRST = 0.25
"""How much more of the lead a later line must share than the first line long enough, to be the headline instead."""


def _shared_with(line: str, lead: str) -> float:
    pairs = {line[k:k + 2] for k in range(len(line) - 1) if _CJK.match(line[k]) and _CJK.match(line[k + 1])}
    return sum(pair in lead for pair in pairs) / len(pairs) if pairs else 0.0


def _tells_of_a_meeting(line: str) -> bool:
    """A headline's words about a meeting (X召开Y会议, …传达学习…), or a line that names one (第50届会董就职典礼晚宴), not a
    body's name (工商及社会事务委员会)."""
    if _NEWS_OF_A_MEETING.search(line):
        return True
    words = line.strip(" \t\u3000")
    noun = lexicons.ends_with_entry(words, "meeting_nouns") or ""
    return len(noun) >= MIN_MEETING_NOUN_CHARS and len(lexicons.ends_with_entry(words, "org_suffixes") or "") <= len(noun)


MIN_MEETING_NOUN_CHARS = 2
"""会 alone ends bodies' names as often as meetings' (委员会, 商会)."""


_NEWS_OF_A_MEETING = re.compile(f"{HOLDING}|开班|开幕|闭幕|传达|学习|部署|会议|大会|全会|座谈会")
"""The words of a headline that tells of a meeting (X召开Y会议, 县委常委会传达学习省委全会精神)."""


MIN_ITEMS_CUT_OFF = 4


_AWARDS = re.compile("表彰|颁奖|颁发|授牌|授旗|颁证|揭牌|奖励|荣誉")
_AWARD_DEED = re.compile(r"宣读[^\s，,。：:]{0,16}(?:决定|通知|名单|命令|贺信|贺电|倡议书)|颁奖|颁发|授牌|授旗|颁证|揭牌")


def _titled_deed_told(line: str) -> bool:
    """Whether a caption tells of a titled person reading out a decision or handing out the awards (县卫健委主任X宣读
    表彰决定, 副主任Y为获奖者颁奖), as the captions of a photo report do; not a photo's opening (图为…), nor a headline
    of other news that quotes its speaker (县长X：全力抓好…)."""
    stripped = line.strip()
    deed = _AWARD_DEED.search(stripped)
    if deed is None or _PICTURED.search(stripped[:MAX_CAPTION_OPENING_CHARS]) or any(mark in stripped for mark in "：:"):
        return False
    return any(_NAME_THEN_THE_DEED.match(stripped, post.end()) for post in lexicons.pattern("post_titles").finditer(stripped, 0, deed.start()))


_NAME_THEN_THE_DEED = re.compile(r"[\u4e00-\u9fff]{2,3}(?:宣读|为|向|给|颁|授|揭)")
"""副主任柳青|为…颁奖: a name of two or three characters after the post, then the deed or whom it is done for."""


def _titled_list_cut_off(line: str) -> bool:
    """Whether a last line is a 、-list of four or more items holding posts, opening with a character, with no mark that
    ends a sentence and no photo's opening (立委X、中埔乡长Y、义竹乡长Z、…): those present, listed where the page was cut
    off (not ▲图为…, （左起）…, 上图：…)."""
    stripped = line.strip()
    return (
        stripped.count("、") >= MIN_ITEMS_CUT_OFF - 1
        and _CJK.match(stripped) is not None
        and not any(mark in stripped for mark in SENTENCE_MARKS)
        and not _PICTURED.search(stripped[:MAX_CAPTION_OPENING_CHARS])
        and len(lexicons.pattern("post_titles").findall(stripped)) >= 2
    )


_ROSTER_NAME = r"(?:[\u4e00-\u9fff]{2,4}|[A-Za-z][A-Za-z .'-]{1,30})"
_POST_AND_ITS_HOLDERS = re.compile(rf"\s*(?P<post>[\u4e00-\u9fff]{{1,10}})[:：]\s*{_ROSTER_NAME}(?:\s*[、，,]\s*{_ROSTER_NAME})*\s*")
_EDITORS_POST = re.compile("编$|编辑$|社长$")
"""主编, 总编辑, 社长: a masthead's labels, whose lines of a post and a name credit the page, not a meeting's officers."""
MIN_ROSTER_LINES = 2


MAX_OFFICE_LABEL_CHARS = 4


def _roster_entry(line: str) -> bool | None:
    """Whether a line is a post, a colon and the names of its holders and nothing else (副会长：王明、李强): True; or a
    short label of an office a roster names in its own words in place of the post (秘书：X, 财政：Y, as Malaysian
    associations call their treasurer): False; None for any other line, and for a byline's or a masthead's labels."""
    roster = _POST_AND_ITS_HOLDERS.fullmatch(line)
    if roster is None:
        return None
    label = roster.group("post")
    if lexicons.ends_with_entry(label, "byline_labels") is not None or _EDITORS_POST.search(label) is not None:
        return None
    if lexicons.ends_with_entry(label, "post_titles") is not None:
        return True
    return False if len(label) <= MAX_OFFICE_LABEL_CHARS else None


def _roster_lines(text: str, spans: list[tuple[int, int]], kinds: list[str]) -> set[int]:
    """The lines of runs of two or more lines that each give a post and its holders (会长：X, then 副会长：Y、Z), blank
    lines between them aside: the roster of officers an election gave, which the page sets out a post a line. An
    office the roster names in its own words (秘书：X, 财政：Y) stands in the run between two posts."""
    roster: set[int] = set()
    run: list[tuple[int, bool]] = []
    for i, kind in enumerate(kinds + ["end"]):
        if kind == "blank":
            continue
        entry = _roster_entry(text[spans[i][0]:spans[i][1]]) if kind != "end" else None
        if entry is not None:
            run.append((i, entry))
            continue
        while run and not run[-1][1]:
            run.pop()
        while run and not run[0][1]:
            run.pop(0)
        if sum(post for _, post in run) >= MIN_ROSTER_LINES:
            roster.update(i for i, _ in run)
        run = []
    return roster


_PICTURED = re.compile("图(?!书)|照片|左起|右起|合影")
MAX_CAPTION_OPENING_CHARS = 6
"""A caption's opening (上图：, 资料图片：, 左起) stands within its first characters; a list of guests opens with a post
(图书馆馆长X、… is one)."""


def _opens_a_list_of_those_present(line: str) -> bool:
    """Whether a line ends with a header of those present (…。出席会议的领导有：): the short lines after it list them."""
    stripped = line.strip()
    return any(header.end() == len(stripped) for header in ATTENDANCE_HEADER.finditer(stripped))


def _glosses_a_post(parenthetical: str) -> bool:
    """(市委书记) after a listed name is the person's post, not a byline or a source."""
    return lexicons.ends_with_entry(parenthetical.rstrip(" \t\n|｜")[1:-1], "post_titles") is not None


def _mask_span(chars: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if chars[i] != "\n":
            chars[i] = MASK


def _byline_spans(line: str) -> list[tuple[int, int]]:
    spans = []
    label_end = label.end() if (label := _DATE_LABEL.match(line)) else 0
    if label_end:
        spans.append((0, label_end))
    if (m := _DATELINE.match(line[label_end:])) and m.end() > 0:
        spans.append((label_end + m.start(), label_end + m.end()))
    spans.extend((m.start(), m.end()) for m in _labelled_parenthetical().finditer(line))
    spans.extend((m.start(), m.end()) for m in _SOURCE_IN_BRACKETS.finditer(line))
    at = 0
    while (byline := _reporter_byline().search(line, at)) is not None:
        if _names_a_reporter(line, byline.start()):
            spans.append(byline.span())
            at = byline.end()
        else:
            at = byline.start() + 1  # 本报驻青石记者站记者 王海涛: the label after a word of the press may open the byline
    # These two try a dozen characters at every position: only where their word occurs.
    for word, regex in (("摄", _PHOTO_CREDIT), ("供", _CONTRIBUTED)):
        if word in line:
            spans.extend((m.start(), m.end()) for m in regex.finditer(line))
    if (m := _LINE_END_PARENTHETICAL.search(line)) is not None and not _glosses_a_post(m.group()):
        spans.append((m.start(), m.end()))
    return spans


def mask_body(text: str, lines: list[Line]) -> str:
    """``text`` with all non-body lines and all bylines/datelines inside body lines masked."""
    chars = list(text)
    for line in lines:
        if line.kind != "body":
            _mask_span(chars, line.start, line.end)
            continue
        for start, end in _byline_spans(text[line.start:line.end]):
            _mask_span(chars, line.start + start, line.start + end)
    return "".join(chars)


def find_sections(text: str, lines: list[Line]) -> list[Section]:
    """Spans of text that share one section heading; one section spanning all when there is none."""
    sections: list[Section] = []
    start = 0
    heading: str | None = None
    for line in lines:
        if line.kind == "section":
            if start < line.start or heading is not None:
                sections.append(Section(start, line.start, heading))
            start, heading = line.end, text[line.start:line.end].strip()
    sections.append(Section(start, len(text), heading))
    return sections


def split_sentences(body: str, start: int, end: int) -> list[Sentence]:
    """Sentences of ``body[start:end]`` ending at 。！？ or a line break, blank ones dropped."""
    sentences = []
    cursor = start
    for match in SENTENCE_BREAK.finditer(body, start, end):
        if body[cursor:match.end()].strip(" \t\n" + MASK):
            sentences.append(Sentence(cursor, match.end()))
        cursor = match.end()
    if cursor < end and body[cursor:end].strip(" \t\n" + MASK):
        sentences.append(Sentence(cursor, end))
    return sentences


def segment(text: str) -> Document:
    lines = classify_lines(text)
    return Document(
        text=text,
        body=mask_body(text, lines),
        lines=tuple(lines),
        sections=tuple(find_sections(text, lines)),
    )
