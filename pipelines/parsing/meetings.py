"""Meeting mentions in sentences and their merging into meetings (EXTRACTION.md §2).

A mention is one sentence saying a meeting was held: active (X在Y召开Z) or passive
(Z在Y召开). Its fields are read from the clause before the verb (organiser, date,
location) and the phrase after it (meeting name). Mentions of the same meeting in one
section are merged; the headline only lends its organiser.
"""
from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, replace
from functools import cache

from . import lexicons
from .dates import DATE_TEXT_RE, DAY_PART_AT_END, DAY_PARTS, counts_in_digits, find_date_text
from .initiatives import QUOTE_PAIRS, find_quotes
from .lexical import Token, lexical_model, tokens_overlapping
from .people import is_a_kind_of_meeting, read_name_after
from .segmentation import CLAUSE_BREAK, HOLDING, HOLDING_VERBS, MAX_CLAUSE_CHARS, ORGANISING_VERB, SAYING_VERBS, SHORT_NAME_CUE, SPEAKING_VERBS, THIS_SESSION, inside_document_title, inside_quote_marks

MAX_ORGANIZER_CHARS = 25
MAX_MEETING_NAME_CHARS = 80
# Prose never holds more meeting verbs than this in one sentence; a run past it is a blob
# with no punctuation (scraped debris, or hostile text) and would only cost time.
MAX_VERBS_PER_SENTENCE = 24
MERGE_LOOKBACK = 20
"""A mention is compared with this many earlier meetings only: reports hold a handful."""
_ORDINAL_PREFIX = re.compile(r"^第?[一二三四五六七八九十\d]{1,4}届")
_LEVEL_AND_TERM = re.compile(r"^([省市县区州旗镇乡])[一二三四五六七八九十\d]{1,4}届")
_CONGRESS_STANDING_COMMITTEE = "人大常委会"
"""The standing committee of a people's congress: a body of its own, whose 常委会 is no meeting of the congress."""
_NAME_CHUNK_BAD = r"\d第届次（(“「《\s、，,暨"
GENERIC_MEETING_NAMES = frozenset({"会议", "大会", "会", "全会", "活动"})
"""Words that name a meeting by its kind alone: the one told of before, named again (活动在X厅隆重举行)."""
_WITHIN_THIS_SESSION = re.compile(rf"{THIS_SESSION}[\u4e00-\u9fff]{{1,4}}(?:中|上|期间)[，,]")
"""在此次活动中, 本次会议上: a sentence telling what the meeting told of already did."""
_MEETING_AS_SUBJECT = re.compile(r"[\s\u3000]*(?:会议|大会|会上|会中)")
"""会议传达学习…: a sentence whose subject is the meeting told of already."""
_NAMED_AGAIN = re.compile(THIS_SESSION)
"""通过召开此次联席会议: a meeting named with 此次 is the one the text has told of already."""
_STUDY_VERBS = re.compile(r"传达|学习")
_CARRIED_OUT = re.compile(r"(?P<verb>(?:开展|进行|举行)了?(?:一次)?)(?:集中|专题|集体)?")
_SUBJECT_VERB = re.compile(r"^(?:并)?(?:专题|集中|认真|深入)?(?:传达学习了?|学习贯彻|传达贯彻|传达了?|学习了?|宣讲)")


@dataclass(frozen=True)
class MeetingMention:
    start: int
    end: int
    """Span of the sentence holding the mention."""
    organizer: str | None
    organizer_stated: bool
    """True when the text says the body held it (X召开); False when read from the name."""
    meeting_name: str | None
    date_text: str | None
    location: str | None
    subject: str | None
    led_by_a_person: bool = False
    """A mention by the person who chairs it or lectures at it (X主持…, X出席活动并讲授专题党课), where the sentence sets
    the lecture on no other occasion: it joins the meeting told before it, of which it is a part, and starts one only
    where none was told."""
    organizer_start: int | None = None
    """Where the organiser is written in the text (for the words the lexical model reads there), or None."""
    listed_at: int | None = None
    """Where the verb a list of meetings shares stands (召开了常务理事会议、理事会议): its items are meetings of their own,
    never one named again, whichever name the other holds."""


@cache
def _verb_pattern() -> re.Pattern[str]:
    verbs = lexicons.entries("meeting_verbs") + lexicons.entries("session_verbs") + ("主持",)
    # 基层党组织召开: 组织 ends the body's name (党组织, 团组织), the verb is 召开 alone.
    # 组织了一场研讨会: 组织 holds a meeting where 了 says it was done (组织干部参加 organises people).
    # A与B合办「…座谈会」, A和B联办新春团拜: held jointly; not 合办 of 综合办公室 or 整合办, nor 联办 of 中联办 (the Liaison
    # Office), 外联办, 妇联办公室, nor 联合办学.
    # 组织机关干部集中学习: 组织 holds a study session it names right after the people it gathers (group_heads.txt: 机关干部,
    # 全体党员), in the same clause.
    sessions = lexicons.alternation(lexicons.entries("session_nouns"))
    gathered = rf"[^，,。；;：:、“”《》\n开进参来到]{{0,10}}?(?:{lexicons.alternation(lexicons.entries('group_heads'))})(?:每天|分批)?"
    # 组织全体教职工理论学习会，: or a meeting it names after them, closing the clause (not 组织干部学习会议精神, 组织党员学习
    # 三中全会, 组织学生排练晚会, 组织职工筹备年会: what they study, rehearse or prepare).
    meeting = rf"[^，,。；;：:、“”《》\n开进参来到看听收观学研讨排练筹备]{{0,8}}?(?:{lexicons.alternation(lexicons.entries('meeting_nouns'))})(?=[，,。；;])"
    return re.compile(rf"(?<![党团])组织召开|{ORGANISING_VERB}(?=了)|{_ORGANISATION_AS_A_NOUN}{ORGANISING_VERB}(?={gathered}{meeting}|(?:{gathered})?(?:{_SESSION_MANNER})?(?:{sessions})(?!{_SESSION_NAMES_A_MEETING}))|(?<![综整])合办(?![公学])|(?<![中外])联办(?![公学])|" + lexicons.alternation(tuple(v for v in verbs if v != "组织召开")))


@cache
def _org_chunk_pattern() -> re.Pattern[str]:
    suffixes = lexicons.alternation(lexicons.entries("org_suffixes") + lexicons.entries("place_suffixes"))
    # 办 of 办公会 (a meeting: 主席办公会) ends no body; no other ending is followed by 公会; 区 of 区域 (党建工作区域化
    # 联席会议) and 市 of 市场 (市场监管局) are a word's, no district's or city's; nor is an ending before 际 (部际
    # 联席会议: between ministries; 中国国际…), nor 部 of 部门 (not of 部|门户), nor a unit's ending before 级 (副部级, 处级:
    # a rank; 江西省级 is a named province's level); 人大 is a congress only after its level
    # (县人大会议, 盟人大, 苏木人大), not in 负责人|大会; 农村, 乡村, and 城市 after a city, are words of the topic (我县农业农村
    # 工作…, 武汉市城市管理…; not 盐城市), 村民 and 市民 the people (青石村|村民代表大会; not 市|民政局), and a level
    # after a level is a rank (青石县村级, 青石市县级), no village's or city's name. A school or hospital
    # numbered in its place (第四中学, 第一人民医院) is a body, where 第 elsewhere numbers a term or a session.
    numbered = rf"第[{_CN_NUMERALS}\d]{{1,3}}[\u4e00-\u9fff]{{0,4}}?(?:{_NUMBERED_BODIES})"
    long_suffixes = lexicons.alternation([s for s in lexicons.entries("org_suffixes") if len(s) >= 2])
    chunk = rf"[^{_NAME_CHUNK_BAD}]"
    return re.compile(
        rf"{numbered}|{chunk}{{0,{MAX_NAME_CHUNK_CHARS}}}?(?:{suffixes})(?<!农村|乡村)(?<!市城市)(?!公会|域|际)(?!(?<=[村市])民(?![政族营主兵生意警])|(?<=市)场|(?<=部)门(?![户前])|(?<=[部处局厅科司])级|(?<=[{_LEVELS}村][{_LEVELS}村])级|(?<=[^{_LEVELS}]人大)会)"
        rf"|{chunk}{{{MAX_NAME_CHUNK_CHARS + 1},{MAX_LONG_NAME_CHUNK_CHARS}}}?(?:{long_suffixes})(?!公会|际)(?!(?<=[部处局厅科司])级)"
    )


MAX_NAME_CHUNK_CHARS = 10
MAX_LONG_NAME_CHUNK_CHARS = 12
"""How far a body's name runs before an ending of two characters or more: a country, a city, then the body
(意大利罗马华侨华人联合总会); a one-character ending (部, 乡) that far on ends a word of the meeting's topic (…专项行动部署会)."""
_CN_NUMERALS = "一二三四五六七八九十"
_LEVELS = "国省市县区州盟旗镇乡木"
_NUMBERED_GROUPS = "巡察组|巡视组|督导组|督查组|指导组|检查组"
_NUMBERED_BODIES = f"医院|中学|小学|幼儿园|学校|{_NUMBERED_GROUPS}"
"""Bodies numbered among their kind: a school or hospital in its place, a Party committee's inspection or guidance
group (区委第四巡察组)."""
_NUMBERED_GROUP = re.compile(rf"第[{_CN_NUMERALS}\d]{{1,3}}(?:{_NUMBERED_GROUPS})$")


# The quote marks initiatives are read from, less the straight quote: it opens and closes
# alike, so a clause could not tell which one it stands inside.
_QUOTE_PAIRS = {opener: closer for opener, closer in QUOTE_PAIRS.items() if opener != closer}
_QUOTE_OPENER = re.compile("[" + "".join(_QUOTE_PAIRS) + "]")


def _in_direct_speech(text: str, start: int, at: int) -> bool:
    """Whether ``at`` stands in a quotation a colon opens (X发表感言：“…) and the sentence has not yet closed."""
    opened = max(text.rfind("：“", start, at), text.rfind(":“", start, at))
    return opened >= 0 and text.find("”", opened, at) < 0


def _quote_ranges(text: str, start: int, end: int) -> list[tuple[int, int]]:
    ranges, i = [], start
    unclosed: set[str] = set()  # a closer missing once is missing for every later opener: no rescans
    while (opener := _QUOTE_OPENER.search(text, i, end)) is not None:
        i = opener.start()
        closer = _QUOTE_PAIRS[text[i]]
        if closer not in unclosed:
            j = text.find(closer, i + 1, end)
            if j > 0:
                ranges.append((i, j + 1))
                i = j + 1
                continue
            unclosed.add(closer)
        i += 1
    return ranges


def _inside(ranges: list[tuple[int, int]], i: int) -> bool:
    """Whether ``i`` lies inside one of the sorted, disjoint ``ranges``."""
    k = bisect.bisect_right(ranges, (i, float("inf"))) - 1
    return k >= 0 and ranges[k][0] <= i < ranges[k][1]


def _clause_end(text: str, i: int, end: int, quote_end: dict[int, int]) -> int:
    """End of the clause starting at ``i``; punctuation inside quote marks (``quote_end``: opener → end) does not end it."""
    j = i
    limit = min(end, i + MAX_CLAUSE_CHARS)
    while j < limit:
        if j in quote_end:
            j = quote_end[j]
            continue
        if CLAUSE_BREAK.match(text, j) and not _LATIN_COMMA.match(text, j - 1):
            return j
        j += 1
    return limit


_NEXT_LEDE = re.compile(rf"[ \u3000]+([^ \u3000，,。；;“”「」『』《》]{{2,20}}?)(?=(?:于|在|\d{{1,2}}月)[^ \u3000，,。；;“”「」]{{0,40}}?(?:{HOLDING}))")
"""A space, then a body, the day or place, and a holding verb of its own: the lede of a report run on after its
headline (…圆满完成 X公所于8月22日下午在六楼大礼堂举行…); a space inside a name (县妇联举办 喜迎党的二十大召开主题
宣讲会) opens no body."""
_LATIN_COMMA = re.compile(r"[A-Za-z], (?=[A-Za-z])")
"""A comma in English words (假X酒店(Ballroom, Century Park Hotel)召开): no break of the Chinese clause."""


def _clause_start(text: str, i: int, start: int) -> int:
    """Where the clause holding ``i`` starts; a comma inside a quoted name (“共建文明城,职工在行动”动员会) or in English
    words breaks none."""
    j = i
    limit = max(start, i - MAX_CLAUSE_CHARS)
    while j > limit and not (
        CLAUSE_BREAK.match(text, j - 1)
        and not (text[j - 1] in "，," and (inside_quote_marks(text, j - 1) or _inside_brackets(text, j - 1)))
        and not _LATIN_COMMA.match(text, j - 2)
    ):
        j -= 1
    return j


MAX_BRACKETED_CHARS = 80


def _inside_brackets(text: str, at: int) -> bool:
    """Whether ``at`` stands inside round brackets: X总会(Confederation of …,简称华联总会)在…举行 notes the body's other
    names, whose comma breaks no clause."""
    opened = max(text.rfind("(", max(0, at - MAX_BRACKETED_CHARS), at), text.rfind("（", max(0, at - MAX_BRACKETED_CHARS), at))
    if opened < 0 or _BRACKET_CLOSE.search(text, opened, at):
        return False
    closed = _BRACKET_CLOSE_OR_STOP.search(text, at, at + MAX_BRACKETED_CHARS)
    return closed is not None and closed.group() in ")）"


_BRACKET_CLOSE = re.compile("[)）]")
_BRACKET_CLOSE_OR_STOP = re.compile("[)）。！？!?\n]")


_NAME_CLOSERS = "」”』"
"""The closing quote marks a meeting's name may end with (“学习贯彻…”专题学习会 read up to its mark)."""
_EDITION = re.compile(r"[(（](?:第?[一二三四五六七八九十\d]{1,4}[期届次]|扩大(?:会议?)?|视频(?:会议?)?|线上|网络)[)）]$")
"""Which edition a course or gathering is, or how it sat, written after its name: 研修班(第二期), 中心组学习(扩大会),
座谈会(视频)."""
_PERIOD_OPENING = re.compile(
    r"(?:\d{4}年度?|二[〇○零][一二三四五六七八九〇○零]{2}年度?)?(?:\d{1,2}月份?|第?[一二三四]季度|[上下]半年)"
    r"|\d{4}年度?|二[〇○零][一二三四五六七八九〇○零]{2}年度?"
)
"""The period a meeting's name opens with (2022年第一季度, 2021年5月, 2023年度): when it was held, no part of the body
that held it. A committee named with one (召开2022年第一季度安全生产委员会) is that period's sitting of it, since a
body has no quarter."""


JOINED = "暨"
"""Joins the events one gathering holds (…开班式暨中心组学习)."""


def meeting_noun_at_end(name: str) -> str | None:
    """The meeting noun a phrase ends with, unless it ends in a longer organisation suffix (总工会)."""
    bare = _EDITION.sub("", name.rstrip(_NAME_CLOSERS))
    noun = lexicons.ends_with_entry(bare, "meeting_nouns")
    if noun is None and JOINED in bare:
        return meeting_noun_at_end(bare.split(JOINED, 1)[0])  # X读书会开班式暨中心组(扩大)学习: the first event is a meeting
    if noun is None or lexicons.ends_with_entry(bare, "not_meeting_nouns"):
        return None
    org = lexicons.ends_with_entry(bare, "org_suffixes")
    if org and len(org) > len(noun):
        return org if org == "委员会" and _PERIOD_OPENING.match(bare) else None
    return noun


def _strip_adverbs(s: str) -> str:
    s = _LASTED.sub("", s)  # 县委常委会连续两天召开
    changed = True
    while changed and s:
        changed = False
        for adverb in lexicons.entries("meeting_adverbs"):
            if s.endswith(adverb):
                s, changed = s[: -len(adverb)], True
            if s.startswith(adverb):
                s, changed = s[len(adverb):], True
        for manner in lexicons.entries("verb_manner_words"):
            if s.endswith(manner):
                s, changed = s[: -len(manner)], True
    return s


def _strip_dates(s: str) -> str:
    while (m := find_date_text(s)) is not None and (m.end() == len(s) or m.start() == 0):
        s = (s[: m.start()] + s[m.end():]).strip(" \u3000")
    return _SPAN_OF_TIME.sub("", s)


_SPAN_OF_TIME = re.compile(r"(?:^|(?<=[后前]))[一二三两四五六七八九十半\d]+个?(?:天|日|周|星期|月|年|小时)(?:内|以内|之内|后|以后|来)$")
"""会后一周内组织…, 三天后召开: a span of time before the verb, no body (nor a date)."""


@dataclass(frozen=True)
class _Head:
    body: str
    location: str | None
    date_text: str | None


@cache
def _name_before_jia() -> re.Pattern[str]:
    """假 right after the meeting's own name or after a bracket closing the holder's short name (X商会(下称商会)假…)."""
    return re.compile(rf"(?:{lexicons.alternation(lexicons.entries('meeting_nouns'))}|[)）])(?=假)")


@cache
def _adverb_before_jia() -> re.Pattern[str]:
    return re.compile(rf"(?:{lexicons.alternation(lexicons.entries('meeting_adverbs'))})(?=假)")


_AGENT_AFTER_THE_PLACE = re.compile(r"(?<![自理])由(?=[^，,。；;的]{2,}$)")
"""在1005室由X副书记组织召开: who led it, after the place, is no part of it."""


def _without_the_agent(place: str) -> str:
    """The place without who led the meeting there, where a post names them (1005室|由X副书记)."""
    agent = _AGENT_AFTER_THE_PLACE.search(place)
    if agent is None or not lexicons.pattern("post_titles").search(place, agent.end()):
        return place
    return place[:agent.start()]


def _jia_after_a_day_part(head: str) -> int:
    return next((m.start() for m in re.finditer("假(?![期日])", head) if DAY_PART_AT_END.search(head, 0, m.start())), -1)


def _preposition_at(head: str, preposition: str) -> int:
    """Where ``preposition`` first stands as one; 在 of 正在/现在/所在/早在, or inside a quoted name (“职工在行动”), is
    no place preposition."""
    for match in re.finditer(re.escape(preposition), head):
        if inside_quote_marks(head, match.start()):
            continue
        if head[match.start() - 1:match.start()] not in ("正", "现", "所", "还", "仍", "都", "也", "早") or match.start() == 0:
            return match.start()
    return -1


_EVERYONE = re.compile(r"全体|全(?:校|院|所|厂|局|公司|系统)(?=师生|教职工|教职员工|干部|职工|员工|党员|医护|同志)")
"""All of a body's people (全体, 全校师生, 全院职工), written after the body whose members they are."""
MIN_BODY_BEFORE_EVERYONE = 2
"""X全体干部召开: X is a body of two characters or more (城关二小); 全体 at the head names no holder.
A head that is the meeting's own name (…第三次全体会议在北京召开) keeps it."""


_BRACKETED_NOTE = re.compile(
    rf"[(（](?:[^()（）]*?[A-Za-z][^()（）]*?{SHORT_NAME_CUE}[^()（）]*|[^()（）A-Za-z]*[，,][^()（）A-Za-z]*|[^()（）]*?[a-z]{{2,}}\d+[a-z]*(?:net|com|cc|vip)[^()（）]*)[)）]"
)
"""X总会(Confederation of …,简称华联总会), X同乡会（成立于1990年，会员逾千人）, X（以下简称“县总工会”，下同）: a note on the
body, its other names or its record, in brackets after it; no part of a holder; nor a site's address a mirror wrote
into the page in brackets (X联会(港ju111net十年信誉)). A short name alone (X（简称Y）) is left to
drop_abbreviation, and a place's name in English (假X酒店(Ballroom, Y Hotel)) stays with the place."""


def _without_leading_marks(core: str) -> str:
    """The holder's words without the marks before them; a quote mark opening a slogan the words go on after
    (“喜迎二十大”共青团青石区…会议) stays, where one quoting the whole name («X成立大会») goes."""
    marks = _LEADING_MARKS.match(core)
    if marks is None:
        return core
    body = core[marks.end():]
    opener = marks.group()[-1]
    closer = _QUOTE_PAIRS.get(opener)
    if closer and closer in body.rstrip(_NAME_CLOSERS):
        return opener + body
    return body


_ANNIVERSARY = re.compile(r"(?:成立|建会|创会|创立|建校|建院)[一二三四五六七八九十百\d]+周年(?:之际)?$")
"""X协会成立十周年(之际): the year a body marks, closing the clause before the verb; no part of the body."""


def _parse_head(head: str) -> _Head:
    """Split the clause before a meeting verb into holder, location and date (X于DATE在LOC)."""
    date = find_date_text(head)
    location = None
    core = _without_leading_marks(head)  # ★8月9日 东乌旗: a mark before the date hides the date from its stripping
    core = _BRACKETED_NOTE.sub("", core)
    if (closed := _CLOSED_WITHOUT_OPENING.match(core)) is not None:
        core = core[closed.end():]  # 〔记者X∕南投报导〕南投县总工会: the rest of a byline the mask left
    if (led := _UNDER_THE_LEAD_OF.search(core)) is not None:
        core = core[:led.start()] + led.group(1) + core[led.end():]  # 在X的统一组织下开展: X holds it
    core = _UNDER_THE_CHAIRING_OF.sub("", core)  # X临时会16日上午在议长Y主持下开幕: who chaired it, no place
    prepositions = lexicons.entries("location_prepositions")
    at = min((i for i in (_preposition_at(core, p) for p in prepositions if p != "假") if i >= 0), default=-1)
    # 假 (at, in Taiwan and Hong Kong usage) is a common character: a preposition only where
    # the head or its date ends right before it (…昨（12日）晚假九龙湾…举行).
    if core.startswith("假"):
        at = 0
    elif (date_in_core := find_date_text(core)) and core[date_in_core.end():].lstrip(" \u3000").startswith("假") and (at < 0 or date_in_core.end() < at):
        # …5月31日 假屏东县…举行: a space the page left before 假 changes nothing, nor one before the holder, which the
        # marks took off the core
        at = core.index("假", date_in_core.end())
    elif at < 0 and (named := _name_before_jia().search(core)) is not None:
        at = named.end()  # 会员代表大会假台北国军英雄馆举行: 假 right after the meeting's own name
    elif at < 0 and (adverb := _adverb_before_jia().search(core)) is not None:
        at = adverb.end()  # X商会早前假Y酒店举行: 假 right after an adverb of the meeting verb
    elif at < 0 and (hour := _jia_after_a_day_part(core)) >= 0:
        at = hour  # 工联总会晚上八时半假Y馆举行: 假 right after the hour the date reader leaves to the day parts
    if at >= 0:
        place_start = at + (2 if core.startswith("假座", at) else 1)  # 假座 is 假 written in full
        location = _strip_adverbs(_strip_dates(_without_the_agent(core[place_start:])).strip()) or None
        if location and _AMID.search(location):
            location = None
        core = core[:at]
    if (yu := core.find("于")) >= 0:
        place = _strip_adverbs(_strip_dates(core[yu + 1:]).strip(" \u3000"))  # 于青石大酒店隆重举行
        if location is None and "的" not in place and lexicons.ends_with_entry(place, "place_nouns"):
            location = place  # 于市民中心举行
        core = core[:yu]
    dated = find_date_text(core)
    if dated and 0 < dated.start() and dated.end() < len(core) and names_a_body(core[:dated.start()].strip(" \u3000")):
        core = core[:dated.start()]  # 环保局今(十四)日上午邀集媒体…办理: the body, its date, then what else it did
    core = _strip_adverbs(_strip_dates(_MANNER.sub("", core).strip(" \u3000")))
    core = _strip_adverbs(_strip_dates(core))  # 接着|7月12日上午|X: a date the adverb before it hid
    date_text = date.group() if date else None
    if date_text is None and (part := DAY_PART_AT_END.search(core)) is not None:
        # 工联晚上举行, 大会之前，下午四时先召开: the part of the day, or its hour, is its date
        date_text, core = part.group(), _strip_adverbs(core[:part.start()])
    core = _after_a_dash(core)
    if (anniversary := _ANNIVERSARY.search(core)) and names_a_body(core[:anniversary.start()]):
        core = core[:anniversary.start()]  # X协会成立十周年召开会员大会: the body, on the year it marks
    if (serving := core.find(_SERVING_AS)) > 0:
        # X社区作为今年…试点社区，召开…: the body, then what it serves as; 县委组织部将青禾社区作为联系点: the body that
        # made another its link holds it
        taken = core.rfind(_TAKEN, 0, serving)
        if taken > 0 and names_a_body(core[:taken]):
            core = core[:taken]
        elif names_a_body(core[:serving]):
            core = core[:serving]
    if (caused := _CAUSED.split(core)[-1]).strip():
        core = caused  # 该区指导沙河镇召开: the town holds it, at another's word (not …部署要求, a noun the clause ends in)
    organised = _ORGANISED.search(core)
    named_as_organised = organised is not None and (
        core.startswith("的", organised.end()) or _ORGANISED_AND_HELD.match(core, organised.end()) and meeting_noun_at_end(core) is not None
    )
    if organised is not None and organised.end() < len(core) and not named_as_organised and names_a_body(core[:organised.start()]):
        # 老干处组织离退休干部召开: the body that organised it holds it (县法院组织的培训班…开班, 由X组织举办的Y…召开 is the
        # passive name).
        core = core[:organised.start()]
    invited = _INVITED.search(core)
    if invited is not None and _FOR_THEM.search(core, invited.end()) and names_a_body(core[:invited.start()]):
        core = core[:invited.start()]  # 医院工会邀请了X教授为全体职工进行宣讲: the body that invited the speaker holds it
    elif (
        (towards := _TOWARDS.search(core, 2)) is not None and towards.end() < len(core)
        and meeting_noun_at_end(core) is None and names_a_body(core[:towards.start()])
    ):
        core = core[:towards.start()]  # 医院工会对200名工会干部进行了专题培训: the body, then whom it trains
    went = next(
        (
            m for m in _WENT_TO.finditer(core)
            if (names_a_body(core[:m.start()]) or _ends_in_a_titled_person(core[:m.start()])) and _names_a_place(_WENT_FOR.sub("", core[m.end():]))
        ),
        None,
    )
    if went is not None:
        # 市总工会来到青石公司召开座谈会: the body that went holds it, where it went (not 深入企业走访，并召开: what it
        # went to do is a clause of its own); 省统计局局长X到青石县…召开: a person went, no body is written as holding it.
        location = location or _WENT_FOR.sub("", core[went.end():]).strip(" \u3000")
        core = "" if _ends_in_a_titled_person(core[:went.start()]) else core[:went.start()]
    elif (went := _WENT_TO.match(core)) is not None and "的" not in core and _names_a_place(core[went.end():]):
        # …一行6人，赴麦积区政府召开座谈会: where the party named before went, no holder of its own
        location, core = location or core[went.end():].strip(" \u3000"), ""
    if (party := _VISITING_PARTY.search(core)) is not None and not names_a_body(core[:party.start()]):
        core = _body_of_the_leader(core[:party.start()])  # who came or called it, sent by the body of their post
    elif party is not None and party.group() == _CALLED:
        core = core[:party.start()]  # 青石公司召集班子成员…召开: the body that called them holds it
    if (everyone := _EVERYONE.search(core, MIN_BODY_BEFORE_EVERYONE)) is not None and meeting_noun_at_end(core) is None:
        core = core[:everyone.start()]  # 城关二小全体教职工齐聚…召开, X学校全校师生欢聚一堂: the body whose members gathered holds it
    if (quoted := _QUOTED_HOLDER.search(core)) is not None and names_a_body(quoted.group(1)):
        core = quoted.group(1)  # 有82个社团参加的“青石华人团体联合会”举行…: the body its members joined, as the report quotes it
    described, of, described_body = core.rpartition("的")
    if of and names_a_body(described_body) and not names_a_body(described):
        core = described_body  # 拥有40年历史的X同乡会: what is said of the body is no part of its name
    ended = max((m.end() for m in _AFTER_IT_ENDED.finditer(core)), default=0)
    if ended and names_a_body(_strip_adverbs(core[ended:])):
        core = core[ended:]  # 公安部会议结束后省厅立即召开续会: the body after the time the meeting follows holds it
    if _WHILE_THE_MEETING.search(core):
        core = ""  # 大会开始前举行了预备会议: a time the meeting sets, no holder
    elif core.endswith(_AFTER) and not names_a_body(core) and organizer_from_name(core[:-1]) is None:
        # 完成演练后举行了誓师大会: a time the meeting follows, no holder; 县总工会换届后召开…: the body that opens it holds
        # the meeting (in 青石商会成立典礼后举行… the meeting before names it, as it is read on).
        opening = 0
        while (chunk := _org_chunk_pattern().match(core, opening)) is not None and chunk.end() < len(core):
            opening = chunk.end()
        core = core[:opening] if opening and names_a_body(core[:opening]) else ""
    body = _without_leading_marks(core.strip(" \u3000"))
    if (last := re.split(r"[ \u3000]+", body)[-1]) != body and names_a_body(last):
        body = last  # 奋进新时代 建功新征程 青石区召开…: a headline's phrases stand apart, the holder last
    if (times := _COUNT_OF_TIMES.search(body)) is not None:
        body = body[:times.start()]  # 市会…是第一次召开年会, X第一次召开: how many times it has held one, no holder
    if (along := _ALONG_WITH.match(body)) is not None:
        body = body[along.end():]  # 随着市政协七届三次会议召开，拉开了…序幕: "as X opened", no part of its name or holder
    if body.startswith("由") and all(names_a_body(item) for item in _JOINTLY.sub("", body[1:]).split("、")):
        body = body[1:]  # 由市总工会召开, 由A、B联合举办: 由 introduces the bodies that hold it
    if _UNOPENED_CLOSER.match(body):
        body = body[:-1]  # 「X成立大会」于Y举行: the marks quoted the whole name; the opening one is gone
    if _TOPIC_OPENING.match(body):
        body = ""  # 并就X工作举行座谈会, 围绕“X”召开推进会: what the meeting is about, its holder told before
    if _ends_in_a_titled_person(body):
        body = _body_of_the_leader(body)  # 县总工会主席王明召开…: the body of the post; 副市长X召开: none written
    return _Head(body, location, date_text)


_ALONG_WITH = re.compile("伴?随着")


_CHAIRED_BY = re.compile(r"^(?P<named>[^，,。；;由]{2,40}?)由[^，,。；;由]{2,40}$")
"""X座谈会由副主席Y|主持: the meeting's name before 由, whoever chairs it after."""


def _meeting_chaired(head_text: str) -> str | None:
    """The name of a meeting the clause says someone chaired (启动仪式由X主持), where it names one of its own:
    not a meeting named again by its kind (会议由X主持, 本次会议由…), which is the one told of before."""
    if (chaired := _CHAIRED_BY.match(head_text.strip(" \u3000"))) is None:
        return None
    named = _strip_dates(chaired["named"]).rpartition("的")[2].strip(" \u3000")  # 调研期间的座谈会: the meeting's own name
    if not meeting_noun_at_end(named) or named in GENERIC_MEETING_NAMES or _NAMED_AGAIN.match(named) or _points_at_a_body(named):
        return None
    return _trim_name(named)


def _ends_in_a_titled_person(words: str) -> bool:
    """Whether words end in a post and a name after it (县总工会主席王明, 副市长彭雁同志): a person, no body."""
    words = words.removesuffix("同志")
    # 党政领导|班子: a "name" a body's ending runs over from the post before it is that ending.
    ending = lexicons.ends_with_entry(words, "org_suffixes") or ""
    return any(
        read_name_after(words, post.end()) == words[post.end():] and not is_a_kind_of_meeting(words[post.end():])
        and len(ending) <= len(words) - post.end()
        for post in lexicons.pattern("post_titles").finditer(words)
    )


_TOPIC_OPENING = re.compile(r"(?:并|还|又|同时)?(?:就(?!业|职)|围绕|针对)")
_QUOTED_HOLDER = re.compile(r"(?:参加|参与|组成|加入)的[“「]([^“”「」]{2,30})[”」]$")
_STANDING_JOINT_MEETING = re.compile(r"^([^第，,、]{2,30}?联席会议)(?=第)")
_CONSULTATIVE_COMMITTEE_SESSION = re.compile(
    rf"^((?:中国人民政治协商会议|政协)[^，,。；]{{1,24}}?委员会(?:常务委员会)?)第[{_CN_NUMERALS}\d]{{1,3}}次(?:全体)?会议$"
)
"""中国人民政治协商会议第十一届广东省委员会第五次会议: a committee whose own name holds 会议, in session."""


NATIONAL = "全国"
MAX_NATIONAL_BODY_CHARS = 5
"""The short name after 全国 of a national body (总工会, 关工委, 人大常委会) is at most this long."""


def _national_body_end(name: str) -> int:
    """Where a national body's short name ends at the head of a meeting name (全国关工委|办公室工作座谈会): 全国
    opens the names of national bodies (全国政协, 全国妇联), where 全市 or 全省 only scopes a meeting."""
    if not name.startswith(NATIONAL):
        return 0
    body = _org_chunk_pattern().match(name, len(NATIONAL))
    if body is None or len(body.group()) > MAX_NATIONAL_BODY_CHARS or not lexicons.ends_with_entry(body.group(), "org_suffixes"):
        return 0
    return body.end()


MAX_BODY_CHUNKS = 6
"""A body's name at the head of a meeting's is at most this many chunks of places and units (青石市|新城区|大河镇|大河社区|工会|联合会)."""


_SCOPED_STANDING_BODY = re.compile("全[省市县区镇乡州]")
_STANDING_BODIES = ("领导小组", "工作小组", "委员会", "指挥部")
"""Bodies a whole place sets up for a field of work (全县农业农村工作领导小组, 全市安全生产委员会): the scope that
opens a meeting's name is part of theirs, where it is no body's in 全县农业工作会议."""


def _set_up_for_a_field(body: str) -> bool:
    """A standing body named for a field of work (农业农村工作领导小组, 安全生产委员会); not a kind of body a whole place
    has many of (村民委员会, 居民委员会, 各级…委员会) or a bare 领导小组."""
    suffix = next((s for s in _STANDING_BODIES if body.endswith(s)), None)
    return (
        suffix is not None
        and len(body) - len(suffix) >= 2
        and not body.startswith("各")
        and not body.endswith(_KINDS_A_PLACE_HAS_MANY_OF)
    )


_KINDS_A_PLACE_HAS_MANY_OF = ("村民委员会", "居民委员会", "业主委员会", "审查委员会")


SELF_REFERENCES = frozenset("我该本")
"""What a report calls the body it tells of (我院, 该镇, 本局)."""


@cache
def _pointed_opening() -> re.Pattern[str]:
    """A pronoun and one character of a body's or a place's kind (我校, 本会, 我市, 该院) opening a meeting's name."""
    kinds = set(lexicons.keyed("pronoun_kinds")) | {s for s in lexicons.entries("org_suffixes") if len(s) == 1} | _level_characters()
    return re.compile(f"[{''.join(sorted(SELF_REFERENCES))}][{''.join(sorted(kinds))}](?![议期场])")  # 本会议, 本会期, 本会场


def unit_of_a_pronoun_body(organizer: str) -> str:
    """The unit a pronoun body's name goes on with (我校|文综支部 → 文综支部); empty for none."""
    pointed = _pointed_opening().match(organizer)
    return organizer[pointed.end():] if pointed else ""


_PARTY_COMMITTEE_OF_A_TERM = re.compile(
    r"((?:中国共产党|中共)[\u4e00-\u9fff]{2,20}?(?<!委)第[一二三四五六七八九十\d]{1,3}届委员会)第[一二三四五六七八九十\d]{1,3}次"
)
"""中国共产党X区第四届委员会第十一次全体会议: the Party of a place is no body, its committee of a term is; a union's
committee (X总工会第五届委员会…) is the union's, which names it before."""


def organizer_from_name(name: str) -> str | None:
    """The holding body written at the head of a meeting name (县委常委会议 → 县委), or None."""
    if (parent := _PARENT_OF_THE_BODY.match(name)) is not None and len(name) > parent.end():
        name = name[parent.end():]  # 青石投资集团旗下的青石装备公司职工代表大会: the company, whose parent is told first
    if (standing := _STANDING_JOINT_MEETING.match(name)) is not None:
        return standing.group(1)  # 青石县青年工作联席会议第三次全体会议: the joint meeting holds its sessions
    if (committee := _CONSULTATIVE_COMMITTEE_SESSION.match(name)) is not None:
        return committee.group(1)
    if (party := _PARTY_COMMITTEE_OF_A_TERM.match(name)) is not None:
        return party.group(1)  # 中国共产党X区第四届委员会第十一次全体会议: the Party's committee, which only its term names
    if (scoped := _SCOPED_STANDING_BODY.match(name)) is not None and (body := organizer_from_name(name[scoped.end():])) and _set_up_for_a_field(body):
        return scoped.group() + body  # 全县农业农村工作领导小组会议: the county's leading group, whose scope opens its name
    if (term := _LEVEL_AND_TERM.match(name)) is not None:
        # 县十五届县委常委会第24次会议: the body after the level and its term, if it is of that level; 县十七届人大常委会第
        # 二十九次主任会议: the level's standing committee of that term, a body no level opens.
        body = organizer_from_name(name[term.end():])
        if body and body.startswith(term.group(1)):
            return body
        return name[:term.end()] + body if body == _CONGRESS_STANDING_COMMITTEE else None
    if (quoted := _QUOTED_OPENING.match(name)) is not None:
        # 「青石商会成立大会」联欢晚会: the quoted meeting's holder; “喜迎二十大”共青团青石区十届三次全委会议: the body after
        # the slogan the meeting is held under, named with its place.
        if (inner := organizer_from_name(quoted.group(1))) is not None:
            return inner
        body = organizer_from_name(name[quoted.end():])
        named_with_its_place = body is not None and (len(body) >= MIN_BODY_AFTER_A_SLOGAN or body[0] in _level_characters())
        if body is None and names_a_body(quoted.group(1)) and meeting_noun_at_end(name[quoted.end():]):
            return quoted.group(1)  # “长三角文学发展联盟”年度工作会议: the quoted body, then the kind of meeting it holds
        return body if named_with_its_place else None
    opening = _THEMED.match(name) or _PERIOD_OPENING.match(name)
    if opening is not None and len(name) > opening.end():
        # 2017年度X中心志愿者表彰大会, 以“…”为主题的X商会成立大会: the year or the theme, then X; only a body named in
        # full, since what a bare kind (工会主席培训班, 工作部署会) opens with is whom it is for or a word cut short.
        body = organizer_from_name(name[opening.end():])
        return body if body is not None and (_named_in_full(body) or _a_place_named_in_full(body)) else None
    body = _organizer_in_chunks(name)
    if body is not None and (_PLACES_COUNTED.search(body) or name.startswith(_RANK, len(body)) and _REGION_AT_A_LEVEL.search(body)):
        return None  # 东北三省区气象工作座谈会, 珠江流域省级河湖长联席会议: a group of places, or a rank, is no body
    if body is None and (pointed := _pointed_opening().match(name)) is not None and _opens_no_longer_body(name[pointed.end():]):
        return pointed.group()  # 我校全体离退休教职工大会: the pronoun body the name opens with, where no longer body is read
    return body if body is not None else _body_numbering_its_sessions(name)


_N = "一二三四五六七八九十"
_PARENT_OF_THE_BODY = re.compile(r"[^，,。；;的]{2,20}?(?:旗下|下属|所属)的")
_PLACES_COUNTED = re.compile(r"[一二三四五六七八九十两\d]{1,2}(?:省(?:市|区|份)?|市|县)(?:[(（]区[)）])?$")
"""三省区, 四省市, 六省(区): places counted, whose bodies meet, none of them holding it."""
_RANK = "级"
_REGION_AT_A_LEVEL = re.compile("(?:流域|地区|区域|片区|沿线|沿岸)[省市县]$")
"""珠江流域省|级河湖长: the bodies of a region at a level, none named (not 江苏省|级机关, the province's own)."""
_NUMBERED_SESSION = re.compile(rf"(?:第[{_N}\d]{{1,4}}[届次]|[{_N}\d]{{1,3}}届[{_N}\d]{{1,3}}次)")
_COUNT_OF_TIMES = re.compile(rf"(?:也|还)?是?(?:第[{_N}\d]{{1,3}}次|首次)$")
"""是第一次, 第一次 ending the words before a meeting verb: how many times it has been held."""
_BEFORE_A_NUMBERED_SESSION = re.compile(rf"^([\u4e00-\u9fff]{{2,12}}?)(?={_NUMBERED_SESSION.pattern})")
_NO_BODY_OPENING = re.compile(rf"^(?:全[省市县区州旗镇乡国]|[今明去本首历同这每近][年届次期度周学]|[{''.join(sorted(SELF_REFERENCES))}])|年|月|期|周|的")
_COMMITTEE_OPENED_BY_ITS_SESSION = re.compile(rf"^{_NUMBERED_SESSION.pattern}([\u4e00-\u9fff]{{0,8}}(?:委员会|理事会|董事会|监事会))(?:全体)?会议$")


def _body_numbering_its_sessions(name: str) -> str | None:
    """The body whose numbered session a name writes, where no ending tells it is a body but the lexical model reads
    one: 万润家园第一次议事会议 (a session's number belongs to who holds it; 全市第二次…, 今年第一次… open with a scope or a
    time, 安全生产第二次… with work); 第一次工会委员会会议 (the committee whose session it is)."""
    if (committee := _COMMITTEE_OPENED_BY_ITS_SESSION.match(name)) is not None:
        return committee.group(1)
    opening = _BEFORE_A_NUMBERED_SESSION.match(name)
    if opening is None or meeting_noun_at_end(name[opening.end():]) is None:
        return None
    body = opening.group(1)
    if (
        _NO_BODY_OPENING.search(body)
        or body.endswith(_WHERE_OR_WHEN)
        or body.endswith(_topics())
        or lexicons.ends_with_entry(body, "group_heads")
        or lexicons.ends_with_entry(body, "person_nouns")
        or meeting_noun_at_end(body)
    ):
        # 会上第二次讨论会, 重点项目建设第三次推进会, 全体党员第二次集中学习会, 大会第二次全体会议: a time, what the sessions are
        # about, the people they are for, or the meeting they are of
        return None
    # 万润家园|第一次…, 星光合唱团|第五届…: the model reads a body or a place there, not work (安全|生产|第二次…, 疫情|防控…).
    return body if _first_word_is_a_body(name) == len(body) else None


@cache
def _first_word_is_a_body(name: str) -> int:
    """Where the model's first word of a name ends, if it reads a body or a place there; 0 otherwise. Asked rarely (a
    numbered session no ending explains), and the same name is read again and again while a report is parsed."""
    first = lexical_model().tag([name])[0][:1]
    return first[0].end if first and first[0].entity in ("organization", "place") else 0


_WHERE_OR_WHEN = tuple("上中下前后时间里内外")


@cache
def _topics() -> tuple[str, ...]:
    return tuple(lexicons.entries("field_nouns")) + tuple(lexicons.entries("generic_heads"))


def _named_in_full(body: str) -> bool:
    """A body written with its place or its own name before an ending of two characters or more (青石县总工会, 阳光社会
    工作服务中心), not a bare kind (工会, 社区, 办公室) or one ending in a single character (…工作部 of 工作部署会)."""
    suffix = lexicons.ends_with_entry(body, "org_suffixes")
    return suffix is not None and len(suffix) >= 2 and len(body) - len(suffix) >= 2 and not body.startswith("第")


def _a_place_named_in_full(body: str) -> bool:
    """A place written with its name and its level (2017年北京市体育工作会议: 北京市), not a scope (全市), a level alone,
    or words longer than a place's name (省派乡村振兴驻村)."""
    return (
        body[-1] in _level_characters()
        and MIN_PLACE_NAME_CHARS <= len(body) - 1 <= MAX_PLACE_NAME_CHARS
        and not any(ch in _not_in_place_names() for ch in body[:-1])
    )


MIN_PLACE_NAME_CHARS = 2
MAX_PLACE_NAME_CHARS = 6
"""A place's name before its level: 北京, 英山, 乌鲁木齐, 东乌珠穆沁, 科尔沁左翼中 (旗), at most six characters. (Six is
what the rule has run with: a later constant of the same name, now MAX_PLACE_BEFORE_A_BODY_CHARS, replaced the five
written here.)"""


def _opens_no_longer_body(rest: str) -> bool:
    """Whether what follows a pronoun body in a meeting's name is the meeting's own words (全体…大会, 首届…教代会), not
    more of the body (我院|党委中心组学习)."""
    return meeting_noun_at_end(rest) is not None and (
        any(rest.startswith(b) for b in lexicons.entries("meeting_boundaries")) or _org_chunk_pattern().match(rest) is None
    )


_WHOLE_UNIT = re.compile("全(?:[局校所厂行村]|公司|系统)")
"""全局干部会议, 全公司员工大会: the whole unit a meeting is named for, no body (全总 is one); a name may hold these words
(市国家安全局, 万全村), so they are no boundary of a chunk as 全院 is (meeting_boundaries.txt)."""
_WORDS_AN_ENDING_OPENS = ("部署", "学习")
"""部署 after 部, 学习 after 学: the verb a body's ending character opens (工作|部署会, 集中|学习会: no 部 or 中学 there)."""
_SYSTEM = "系统"
_STUDY_GROUP = re.compile("(?:党组|党委|党工委|党总支)?(?:理论学习)?中心组")
"""A body's (theoretical) study group, named after the body in a meeting's name (县政府党组理论学习中心组学习会议,
区局、处两级中心组集中学习): a body of its own, where 党组 alone (区政府党组会议) is the body's meeting."""
_BEING_SET_UP = re.compile("[(（]筹[)）]")
_COMMITTEE = "委员会"
_OTHER_NAME_OF_THE_BODY = re.compile(rf"[(（](?!{SHORT_NAME_CUE})([\u4e00-\u9fff]{{2,10}})[)）]")
"""(总商会) after a body's name is its other name; (以下简称青工委) is the short name the report goes on to use."""


_POST_MEETING = re.compile("办公会|专题会")


def _post_meeting_at(name: str, pos: int) -> bool:
    """Whether a post opens the meeting's kind at ``pos`` (市生态环境局|局长办公会议, 县委|书记专题会): the body's head
    meets with its staff, the body holds it."""
    post = lexicons.pattern("post_titles").match(name, pos)
    return post is not None and _POST_MEETING.match(name, post.end()) is not None


def _organizer_in_chunks(name: str) -> str | None:
    """The body a meeting's name opens with, read chunk by chunk up to each organisation or place ending."""
    s = _ORDINAL_PREFIX.sub("", name)
    offset = len(name) - len(s)
    boundaries = lexicons.entries("meeting_boundaries")
    pos = _national_body_end(s)
    for _ in range(MAX_BODY_CHUNKS):
        if pos and (study_group := _STUDY_GROUP.match(s, pos)) is not None:
            pos = study_group.end()  # 县政府党组理论学习中心组学习会议: the body's study group holds its study sessions
            break
        if any(s.startswith(b, pos) for b in boundaries) or _post_meeting_at(s, pos) or _passes_on_at(s, pos):
            break
        if pos and (being_set_up := _BEING_SET_UP.match(s, pos)):
            pos = being_set_up.end()  # 青石农商银行(筹)职工代表大会: a body still being set up, so named
            continue
        if pos and (other_name := _OTHER_NAME_OF_THE_BODY.match(s, pos)) and (
            lexicons.ends_with_entry(other_name.group(1), "org_suffixes") or lexicons.ends_with_entry(other_name.group(1), "place_suffixes")
        ):
            # 青石县工商业联合会(总商会)第九次会员代表大会, 共青团青石区(高新区)全委会议: the body's or the place's other
            # name is part of it
            pos = other_name.end()
            continue
        m = _org_chunk_pattern().match(s, pos)
        if not m or any(b in m.group() for b in boundaries) and not m.group().endswith(_CONGRESS_STANDING_COMMITTEE) or "会议" in m.group():
            # …, or 党委|会议暨中心组集体学习: a chunk past a meeting's name is no part of the body; 县委|常委会 is the
            # county committee's standing meeting, where 县人大常委会 is a body of its own.
            break
        if lexicons.ends_with_entry(m.group(), "group_heads"):
            break  # 集团优秀年轻干部培训班: 干部 are the people it is for, no unit of the body
        if s.startswith(_WORDS_AN_ENDING_OPENS, m.end() - 1):
            break  # 县总工会工作|部署会, 市委宣传部|部署会, 集中|学习会: 部 opens the verb 部署, 学 opens 学习
        pos = m.end() + (1 if s.startswith(_SYSTEM, m.end() - 1) else 0)  # 市卫生健康系统…会议: 系 opens 系统, the sector
        if _NUMBERED_GROUP.search(m.group()):
            break  # 区委第四巡察组|巡察区市场监管局党组…, 县委第一巡察组|进驻青石镇…: the group, then the body it inspects
    if s[pos - 1:pos + 1] == "委会" and s[pos + 1:pos + 2] != "议" and meeting_noun_at_end(s[pos + 1:]):
        pos += 1  # 省委会十一届常委会议: 委会 shortens 委员会, the body's name runs on to it; 商会|会员大会 does not
    elif s[pos - 1:pos + 2] == _COMMITTEE and s[pos + 2:pos + 3] != "议":
        pos += 2  # 中共青石县委员会全体会议: the committee in full, not 县委 (青石县政协委员|会议 is its members' meeting)
    organizer = s[:pos]
    if not organizer or pos >= len(s) or meeting_noun_at_end(s[pos:]) is None or _WHOLE_UNIT.fullmatch(organizer):
        return None
    if len(organizer) < 2:
        return None
    if not name.startswith("第"):
        return name[offset:offset + pos]  # 十三届县委第32次常委会会议: 县委, whatever its term
    # 第一届委员会第一次会议: the committee of that term, named with it, holds its numbered sessions; in
    # 第二届X工会联席会议 the term numbers the meeting, held by no body the name writes.
    return name[:offset + pos] if s.startswith("第", pos) else None


_PASSING_ON = "传达"
"""Only passing on: a body's name may hold what it carries out (县贯彻落实乡村振兴战略领导小组)."""


def _passes_on_at(name: str, at: int) -> bool:
    """Whether the body's name ends before a verb of passing on what the meeting studies (省X工会|传达…精神暨…推进会):
    not where the words up to the meeting's noun end as a body's name does (县委传达…领导小组会议)."""
    if not name.startswith(_PASSING_ON, at):
        return False
    run = name[at:].split(JOINED)[0]
    noun = meeting_noun_at_end(run)
    return lexicons.ends_with_entry(run[: len(run) - len(noun)] if noun else run, "org_suffixes") is None


def organizer_in_chairs_title(meeting_name: str | None, title: str | None) -> str | None:
    """The body a meeting named by its kind of body (党组(扩大)会议) belongs to, read from its chair's title
    (河北省检察院党组书记 → 河北省检察院党组): whoever leads that body chairs its meeting."""
    name = meeting_name or ""
    if (period := _PERIOD_OPENING.match(name)) is not None:
        name = name[period.end():]  # 2021年5月党组理论学习中心组学习会: the month it was held in, then the body's kind
    kind = lexicons.starts_with_entry(name, "org_suffixes")
    if not kind or not title or len(kind) < 2:
        return None
    for post in title.split("、"):
        at = post.find(kind)
        if at > 0 and lexicons.ends_with_entry(post, "post_titles"):
            return post[:at + len(kind)]
    return None


_ORGANISED = re.compile(ORGANISING_VERB)
_ORGANISED_AND_HELD = re.compile(rf"(?:{HOLDING}|开展)的")
"""由X组织举办的Y总结会: a meeting named by who organised and held it, where the words after 的 name the meeting (not
X组织举办的培训班学员, people who hold one of their own; 县法院组织的培训班 names one whatever follows)."""
_ORGANISATION_AS_A_NOUN = r"(?<!社会)(?<!基层)(?<!两新)(?<!经济)(?<!合作)(?<!群团)(?<![级党团])"
"""村级组织, 社会组织, 基层组织, 两新组织, 党组织, 群团组织, 经济组织, 合作组织: 组织 the noun, no one gathering anyone."""
_SESSION_NAMES_A_MEETING = r"[会班]|培训|交流|研讨|座谈"
"""…干部集中学习培训会, …专题学习班: the session's words open the name of a meeting another verb holds."""
_SESSION_MANNER = "集中|专题|集体"
_MANNER_BEFORE_A_SESSION = re.compile(f"(?:{_SESSION_MANNER})?$")
"""组织机关干部|集中|交流研讨: how the session is held belongs to its name; the people gathered do not."""
_SERVING_AS = "作为"
_TAKEN = "将"
_CAUSED = re.compile(r"(?:指导|督促|帮助|协助|推动|要求)(?![站组处科室办委队])")
"""该区指导沙河镇召开: the body another acts at the word of; not the head of a body's name (市农业技术指导站, 督导组)."""
_CALLED = "召集"
_VISITING_PARTY = re.compile(rf"一行|{_CALLED}")
"""市总工会副主席X一行到公司开展宣讲, 县委书记X召集相关部门召开: a leader who came or called the meeting, whose post
says which body sent them; a body that calls others (县总工会召集各基层工会召开) holds it itself."""
_INVITED = re.compile("邀请了?|特邀")
_FOR_THEM = re.compile("[为给向]")
_TOWARDS = re.compile("对(?![外口台])")
_WENT_TO = re.compile(r"来到|走进|深入|前往|赶赴|奔赴|赴|到")
"""Verbs of going somewhere, after the body that went (市总工会赴青石公司召开座谈会)."""
_WENT_FOR = re.compile(r"(?:调研|考察|视察|督导|检查|指导)(?:工作)?$")
"""到青石县调研并召开…: what the party went to the place to do, after the place."""


def _names_a_place(words: str) -> bool:
    """Whether ``words`` end as a body's or a place's name does (青石公司, 三楼会议室)."""
    words = words.strip(" \u3000")
    return bool(words) and (names_a_body(words) or lexicons.ends_with_entry(words, "place_nouns") is not None or _VILLAGERS_GROUP.search(words) is not None)


_VILLAGERS_GROUP = re.compile(rf"(?:^|村|社区)第?[{_CN_NUMERALS}\d]{{1,3}}(?:村民)?小?组$")
"""五组, 青石村三组, 第五村民小组: a numbered group of a village's households, the place the village's meetings sit in."""


def _body_of_the_leader(leader: str) -> str:
    """The body whose post the leader of a visiting party holds (市总工会副主席张三 → 市总工会); empty when the
    leader's title names none."""
    # 人大常委|会副主任: a post word inside a body's ending (人大常委会) is part of the body.
    endings = [m.span() for m in lexicons.pattern("org_suffixes").finditer(leader)]
    post = next((p for p in lexicons.pattern("post_titles").finditer(leader) if not any(a <= p.start() and b > p.end() for a, b in endings)), None)
    if post is None or post.group() in _MEMBERS:
        return ""  # 立法会议员王明举行记者会: a member's press conference, not the council's
    body = leader[: post.start()]
    return body if body and names_a_body(body) else ""


_MEMBERS = frozenset({"议员", "委员", "代表", "会员", "成员"})
"""Posts of a body's members: what one of them holds, the body does not."""


_TALLY = re.compile(r"^(?:[二三四五六七八九十两几数百千]|\d)[一二三四五六七八九十百千\d]*余?多?(?:场|次(?=会议?$))")
"""场 counts gatherings; 次 counts them only before a bare 会议 (召开了四次会议), since it numbers sessions as
often (三次全委会)."""
_COUNT_OF_ONE = re.compile(r"^一场(?=[\u4e00-\u9fff])")
_RECURRING = re.compile(r"^(?:一年一度|每年一度|[两三五]年一度|一年一届|每年一届|一年一次|每年一次)的")
"""一年一度的X学术年会: how often the meeting comes round, no part of its name or its holder's."""
_PRAISE = re.compile(r"^[^，,。；“”「」《》\"的]{1,8}的\s*")
_ENTITLED = re.compile(
    r"^(?:以)?题为《[^》]{1,80}》的|^以《[^》]{1,80}》为题的|^由[^，,。；;由]{2,40}?(?:参加|出席|参与)的"
    r"|^以?(?:“[^”]{1,80}”|「[^」]{1,80}」|《[^》]{1,80}》|[^“”「」《》，,。；;]{2,40}?)为主题的(?=.)"
    r"|^主题为(?:“[^”]{1,80}”|「[^」]{1,80}」|《[^》]{1,80}》)的(?=.)"
)
"""题为《…》的专题党课, 以“…”为主题的青年座谈会: the title of the talk or the theme is no part of the meeting's name
(it is its subject); nor are those who attend it (召开由两厂区全体管理人员参加的年度总结会议)."""
_QUOTED_OPENING = re.compile(r"^[“「]([^“”「」]{2,60})[”」](?=.)")
MIN_BODY_AFTER_A_SLOGAN = 4
"""A body after a slogan is named with its place (青石区总工会, 共青团青石区) or its level (县妇联), not a bare kind
(“…”工会|主席培训班, 党支部)."""
_THEMED = re.compile(r"^以“[^”]{1,80}”为主题的")
"""以“…”为主题的X商会成立大会: the theme is part of the meeting's name, and stands before the body it opens with."""
DURATION = r"(?:为期|连续)[一二三四五六七八九十两\d]{1,3}(?:[天日周]|个?(?:星期|月))的?"
"""为期两天的, 连续两天, 连续一周: how long a meeting lasts, no part of its name or its holder."""
_LASTING = re.compile(f"^{DURATION}")
_LASTED = re.compile(f"{DURATION}$")


def _without_count_and_praise(name: str) -> str:
    """一场别开生面的协商会议, 别开生面的 “…”主题研讨会, 为期三天的培训班: a count of one, how long the meeting lasts and
    what the report thought of it, before a quoted name or after the count, are no part of the name (学员们自己组织的读书会
    keeps its words)."""
    counted = _COUNT_OF_ONE.match(name) is not None
    name = _LASTING.sub("", _RECURRING.sub("", _COUNT_OF_ONE.sub("", name)))
    praise = _PRAISE.match(name)
    if praise and (counted or name.startswith(("“", "「", "《", '"'), praise.end())):
        name = name[praise.end():]
    return name


def _trim_name(name: str) -> str | None:
    """The meeting name in a phrase after the verb; a trailing clause without a comma is cut. A count of one
    before it (一场座谈会) is no part of it; a name counting several (六场咨询会, 27场活动) tallies meetings
    the report may or may not tell one by one, and is none of them."""
    name = _ENTITLED.sub("", name.strip(" \u3000"))
    if _TALLY.match(name):
        return None
    name = _without_count_and_praise(name)
    if not name or len(name) > MAX_MEETING_NAME_CHARS:
        return None
    if meeting_noun_at_end(name):
        return name
    cut = _DONE_AT_THE_MEETING.search(name)
    if cut and meeting_noun_at_end(name[:cut.end()]):
        return name[:cut.end()]
    held_there = _HELD_THERE.search(name)
    if held_there and meeting_noun_at_end(kept := _LASTING.sub("", name[:held_there.start()])):
        return kept  # 举办为期四天的X培训班在市委党校开班: the name ends where the place it opened in begins
    # 就职典礼并致辞, 揭牌仪式并授牌: whatever the meeting's noun, its name ends before the first 并 and what was done at
    # it; X召开“五小”竞赛活动 总结会 传达…: before the last space that sets a headline's next phrase apart. Not before a
    # study or a planning word, which a longer name holds after 活动, 论坛 or 党课 (…竞赛活动总结表彰大会, 青年论坛对话会).
    done = (at.start() for at in _AND_THEN.finditer(name, 1))
    apart = (at.start() for at in reversed(list(_SPACE_BEFORE.finditer(name, 1))))
    return next((name[:at] for at in (*done, *apart) if meeting_noun_at_end(name[:at])), None)


_DONE_AT_THE_MEETING = re.compile(
    r"(?:会议|大会|会|学习|培训班)(?=(?:专题|专门|集中|认真|深入|全面)?(?:传达|学习|研究|讨论|部署|听取|审议|贯彻|通报|总结|共议|共商|共谋|商议|谋划|聚焦)|并|对"
    r"|(?:及|和)[^，,。；;]{0,8}(?:改选|选举|换届)$"  # 会员代表大会及理监事改选: the election is its business
    r"|(?:和|及|以及)(?:开展|进行))"  # 组织生活会和开展民主评议党员: a second thing the body did
)
_HELD_THERE = re.compile(r"在[^，,。；;在]{2,20}(?:开班|开幕|开营|开讲|举行|召开)$")
_AND_THEN = re.compile("(?=并)")
_SPACE_BEFORE = re.compile(r"(?=[ \u3000]+[^ \u3000])")


def _first_of_joined(name: str) -> str:
    """The first of the meetings a name joins with 暨, where it is one (X工作会议暨提高…保障水平工作推进会): the words
    after 暨 name a second meeting by its aim, whose verbs (提高, 保障) make no sentence of the name."""
    first = name.split(JOINED, 1)[0]
    return first if first != name and meeting_noun_at_end(first) else name


def _has_predicate(phrase: str) -> bool:
    """A passive "name" holding a verb (…代表街道党工委热烈祝贺议政会) or what a person did
    (书记X作了培训班…, X出席了大会) is a sentence, not a name; a preparatory meeting's 筹备 (…周年庆典筹备座谈会) is
    its kind."""
    if _is_a_clause(phrase):
        return True
    return any(not _names_a_preparatory_meeting(phrase, m.start()) for m in _predicate_pattern().finditer(phrase))


def _is_a_clause(phrase: str) -> bool:
    return _CLAUSE_OUTSIDE_QUOTES.search(_QUOTED.sub("", phrase)) is not None


_QUOTED = re.compile(r"[“「『《\"][^“”「」『』《》\"]*[”」』》\"]")
_CLAUSE_OUTSIDE_QUOTES = re.compile("了(?!解)|代表[^，,。；;]{1,12}?向")
"""解读了“两会”胜利召开; X代表群团单位向大会: a verb's 了 in a phrase, or someone speaking for others to the meeting, makes
it a clause; no meeting's name holds 了 but in 了解 or inside its quotes. (Its opening tells nothing: 为民服务座谈会,
向革命烈士敬献花篮仪式 and 祝捷大会 are names.)"""


def _names_a_preparatory_meeting(phrase: str, at: int) -> bool:
    """Whether 筹备 at ``at`` opens the kind of meeting the phrase ends with (…庆典筹备座谈会, …运动会筹备推进会,
    …筹备委员会会议): a meeting held to prepare, not a sentence saying something is being prepared."""
    preparing = _PREPARING.match(phrase, at)
    if preparing is None or _MANNER_OF_PREPARING.search(phrase, 0, at):
        return False  # 精心筹备大会: preparing is what the body does, with care
    kind = phrase[preparing.end():]
    return kind in lexicons.entry_set("meeting_nouns") or kind == "委员会会议"


_PREPARING = re.compile("筹备(?:工作)?")
_MANNER_OF_PREPARING = re.compile("(?:精心|积极|全力|认真|周密|扎实|努力|着力|加紧|抓紧|正在|全面)$")


def _tells_of_people(phrase: str) -> bool:
    """A phrase holding what a person did (X主持, 书记X带领干部…) is no body's name."""
    return _deed_pattern().search(phrase) is not None


@cache
def _person_deed_verbs() -> frozenset[str]:
    # Chairing, attending and leading others, and 作了: what a person does at a meeting. Speech words are
    # left out, since meeting names hold them (学习贯彻…重要讲话精神会议).
    keyed = lexicons.keyed("role_verbs")
    attending = {w for role in ("chair", "attendee") for w in keyed[role] if len(w) >= 2}
    return frozenset(attending | {"作了", "做了"} | set(lexicons.entries("escort_verbs")))


@cache
def _deed_pattern() -> re.Pattern[str]:
    return re.compile(lexicons.alternation(_person_deed_verbs()))


@cache
def _predicate_pattern() -> re.Pattern[str]:
    return re.compile(lexicons.alternation(frozenset(lexicons.entries("predicate_verbs")) | _person_deed_verbs()))


_HELD_WELL = "好"
_COMPLETED = "完成"
_NOT_YET = re.compile("未|没有|尚未")
_AGENDA_DONE = re.compile(r"了?(?:各项|全部|既定|预定)?(?:会议)?议程")
"""X代表大会圆满完成了各项会议议程: the meeting named before 完成 was held, its business done."""
_CEREMONY = re.compile(r"(?:典礼|仪式)$")
_ANNOUNCED = re.compile(r"宣布(?:大会|会议|本次会议|活动)$")
"""X宣布大会开幕: someone opens the meeting told of; the words before 开幕 name no other."""
_NEXT_IN_THE_PROGRAMME = re.compile(r"(?:接着|紧接着|随后|随即|然后|继而)[，,]?\s*$")
"""What opens the next item of a meeting's programme (接着，举行了颁奖仪式)."""
_PROGRAMME_OPENED = "首先"
_DASH = re.compile(r"——|—|--")


def _after_a_dash(head: str) -> str:
    """务必要常抓不懈——我市: a dash ends a clause as a comma does, unless it joins a meeting's name to its subtitle, each
    naming a meeting (X高端论坛——第四届Y高层论坛)."""
    parts = _DASH.split(head)
    if len(parts) == 2 and meeting_noun_at_end(parts[0]) and meeting_noun_at_end(parts[1]):
        return head
    return parts[-1]
_LIST_NUMBER = r"(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.．]|[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）])"
"""A list item's number: 1、, 二、, （三）."""
_LEADING_MARKS = re.compile(
    rf"^(?:[【〔\[［][^】〕\]］]{{0,15}}[】〕\]］]|《[^》]{{1,4}}》|(?:摘要|导读|核心提示|内容提要|编者按)[:：]?|{_LIST_NUMBER}|[^\w\u4e00-\u9fff])+"
)
"""Marks, bracketed datelines and labels before the holder (▲, 〔本报讯〕, 《图说》, ——), a page's summary label
(摘要, 导读) and a list item's number (1、县总工会召开…): never part of a body's name."""
_PART_OF_THE_PROGRAMME = re.compile(r"[ \u3000]*第[一二三四五六七八九十\d]{1,2}(?:部分|阶段|环节|项议程)[，,：:]?[ \u3000]*")
"""第二部分召开室内座谈会: a part of the meeting told before, held within it."""
_UNOPENED_CLOSER = re.compile(r"^[^「“『]*[」”』]$")
_CLOSED_WITHOUT_OPENING = re.compile(r"[^【〔\[［(（]{1,15}[】〕\]］)）]")
_AMID = re.compile(r"(?:声|氛围|气氛|热潮|背景)中$|的[^，,。；]{0,16}下$|(?:后|之后|以后|之际|期间)$|^全[省市区县镇乡国]$")
"""在庄严的国歌声中, 在镇党委的支持下, 在完成各项议程后: a circumstance or a time, no place; 在全市率先召开: the
scope the body led in, no venue either."""
_ON_THE_BASIS_OF = "(?:按照|根据|遵照|依据|依照)"
_MANNER = re.compile(
    r"(?:以|通过|采取|采用)[^，,。；]{1,30}?(?:形式|方式)|为了?[^，,。；]{1,30}?(?:效果|目的|目标)"
    rf"|{_ON_THE_BASIS_OF}[^，,。；]{{1,20}}?(?:程序|流程|规定|议程)"
    r"|分[一二两三四五六七八九十\d]{1,2}[期批轮次]"
)
"""How a meeting was held (以视频会议形式召开, 按照规定程序召开, 分两期举办), or what for (为达到…的效果): neither holder nor
place."""
_PART_OF_THE_MEETING = re.compile(rf"\s*(?:{THIS_SESSION}[\u4e00-\u9fff]{{1,4}}?|会议|大会|会上|会中)(?:还|并|也|同时|首先|随后|接着|然后|\s*$)")
"""会议还举行了…, 大会举行…仪式: the meeting itself holds the ceremony, within itself."""
_BASIS = re.compile(rf"{_ON_THE_BASIS_OF}[^，,。；;]{{1,30}}?(?:统一)?(?:要求|部署|安排)")
"""按照市委要求, 根据上级统一部署: what a meeting was held on the basis of."""
_AS_A_MEANS = re.compile("(?:通过|经过|借助|依托)$")


def _means_alone(text: str, start: int, clause_start: int, means_start: int, v_end: int, end: int) -> bool:
    """Whether a meeting told as a means (通过举办…) stands with no holder or day of its own: none before it in its clause
    (市妇联通过召开座谈会听取意见), no day earlier in the sentence (3月5日，通过召开职代会，…), and no body opening the clause
    after it (通过召开座谈会，青石县侨联听取了…)."""
    if text[clause_start:means_start].strip() or find_date_text(text[start:means_start]) is not None:
        return False
    next_clause = CLAUSE_BREAK.search(text, v_end, end)
    if next_clause is None:
        return True
    opening = _org_chunk_pattern().match(text, next_clause.end())
    return opening is None or not names_a_body(opening.group())
_SAID_IN_THE_CLAUSE = re.compile(SAYING_VERBS)
"""A speaking verb in the clause before the meeting verb: the meeting is what someone said."""
_SPEECH_REPORTED = re.compile(rf"(?:{SPEAKING_VERBS}|(?<![据的况])介绍|(?<![据听学小传演解])说)[，,：:]")
"""X表示，回首过去两年，…举办多场分享会; X介绍，去年…举行第三十九届代表大会; 他说，乡公所每年都会办理座谈会: what a
speaker goes on to say in the sentence is no meeting the report holds (按照…要求，X召开 is no speech: 要求 there is a
noun; nor 据介绍 or 据说, hearsay the report tells as its own, nor 情况介绍 or 学说，nouns)."""
_AFTER = "后"
_WHILE_THE_MEETING = re.compile(r"(?:开始|结束|召开|举行|开幕|闭幕)之?[前后]$|期间$|^[\u4e00-\u9fff]{0,4}?(?:晚宴|宴会|午宴|仪式|典礼)之?[前后]$|会议?之[前后]$")
"""A head that is a time set by another meeting (大会开始前, 会议召开期间, 全体教职工会之后) or by a dinner or ceremony alone
(欢迎晚宴前; not 青石商会成立典礼后, whose body holds the meeting): it names no holder."""
_REPEATEDLY = re.compile(
    r"多次|屡次|历年|曾经|定期(?!会(?![同商见晤谈]))|不定[时期]|经常|常年|时常|每(?:年|月|周|星期|季度?|半年)"
    r"|(?<![届第\d一二三四五六七八九十两])(?:\d+|[二三四五六七八九十两][一二三四五六七八九十]*)次$"
)
"""多次与X合作举办Y论坛, 每季度召开支部大会, 先后3次召开党组会: what a body does again and again, no one meeting
(再一次召开 is one)."""
_PREPARED_FOR = re.compile("(?:准备|筹备)工作(?!会)")
"""召开“两会”准备工作情况: the work of preparing a meeting; 召开“X”筹备会议 is a meeting of its own."""
_PAST_YEARS = ("去年", "前年", "往年")
_PAST_YEAR = rf"(?:{'|'.join(_PAST_YEARS)})(?![度底的以])"
_PAST_YEAR_OPENS = re.compile(rf"[\s\u3000]*{_PAST_YEAR}")
_PAST_YEAR_AFTER_THE_HOLDER = re.compile(rf"[^，,。；;\s]{{2,20}}?{_PAST_YEAR}(?=与|和|同|在|于|联合|共同)")
_PAST_YEAR_ALONE = re.compile(rf"[\s\u3000]*{_PAST_YEAR}[\s\u3000]*[，,]")


def _held_in_a_past_year(text: str, start: int, clause_start: int, head_text: str) -> bool:
    """去年与Y合办“X研讨会”, 记协去年与Y合办…, 去年，记协与Y合办…: the year gone by is when the meeting was held, told
    as the body's record. Not a year named inside a purpose or a topic (为表彰去年涌现的先进, 去年度先进表彰大会, 去年以来),
    nor one a sentence opens with before the meeting's own day (过去一年，…，1月10日，县总工会召开)."""
    if _PAST_YEAR_OPENS.match(head_text) or _PAST_YEAR_AFTER_THE_HOLDER.match(head_text):
        return True
    if clause_start <= start:
        return False
    return _PAST_YEAR_ALONE.fullmatch(text, _clause_start(text, clause_start - 1, start), clause_start) is not None
_TIME_SINCE = re.compile(r"[\d〇零一二三四五六七八九十百两]+[多余]?(?:周年|年|个多?月|天)(?:来|以来)")
_THIS_SESSION_ALONE = re.compile(rf"[\s\u3000]*(?:通过)?{THIS_SESSION}[\s\u3000]*")
"""此次召开政府常务会，就是…, 通过本次召开组织生活会…: the meeting the report tells of, named again."""
def _points_at_a_body(named: str) -> bool:
    """该会举办…, 本会举行…: the association itself, before the verb of what it holds, is no meeting's name."""
    return len(named) == 2 and named[1] == "会" and named[0] in SELF_REFERENCES | {"此"}
_WHEN_IT_WAS_HELD = re.compile(r"当晚|当天|当日|之际|期间|前夕|时[，,]")
"""What follows the verb of a meeting named before it, as a time for something else (典礼举行当晚, 会议召开期间)."""
_DESCRIBED_AS_HELD = re.compile(rf"是在[^，,。；;]*$|^[\s\u3000]*{THIS_SESSION}(?:会议|大会|活动)(?:是|为)[^，,。；;]*$")
_PURPOSE_ALONE = re.compile(r"[\s\u3000]*为了?")
"""为召开一次高质量的民主生活会，X多次召开筹备会议: the meeting a clause of purpose looks ahead to."""
_LISTED_MEASURE = re.compile(r"\s*[一二三四五六七八九十]是")
"""一是…，二是举办培训班: an item of a list of measures or plans someone sets out, no meeting held."""


@cache
def _agenda_word() -> re.Pattern[str]:
    """An agenda word as a verb: 研究 in 研究生 (a graduate student), 研究院, 研究会, 研究学会, 研究分会, a department
    (教学研究部, 政策研究处, not 研究部署 or 研究处理), or 研究中心 ending a holder or before its Party branch or union
    (X研究中心党支部) is a noun; 研究中心工作 and 研究分析 are verbs."""
    return re.compile(
        f"(?:{lexicons.alternation(lexicons.entries('agenda_words'))})"
        "(?![生院会所室员]|[学协]会|分[会院所]|部(?!署)|处(?![理置])|(?:中心|基地|小组)(?:$|党|工会|团))"
    )


_PASSIVE_VERBS = (
    "召开", "举行", "举办", "开班", "开幕", "闭幕", "结业", "拉开序幕", "拉开了序幕", "落下帷幕", "落下了帷幕",
    "拉开帷幕", "拉开了帷幕", "落幕", "启幕", "开营", "结营", "开讲", "登场",
)
"""Verbs a meeting's own name stands before (X会议在…召开, X培训班在…开班)."""
_CARRIED_OUT_THERE = "进行"
_SITTING_OF_THE_MEETING = re.compile("大会|会议|本次|此次")
"""大会第二次全体会议在…进行: a sitting of the meeting told before, carried on, not one held of its own."""
_HOSTED_BY = re.compile(
    rf"(由)?([^，,。；的由]{{2,80}}?)(?:共同|联合)?(?:主办|组织|牵头|{HOLDING})(?:{HOLDING}|开展)?(?:[、，,][^，,。；的]{{2,30}}?(?:承办|协办))?"
    rf"(?:{DURATION})?的"
)
_HOSTED_BY_WITHOUT_DE = re.compile(r"(由)([^，,。；的由之]{2,40}?)(?:共同|联合)?主办之?(?![和兼并及与方、])(?=[\u4e00-\u9fff“「])(?![^，,。；]*?(?:承办|协办|的))")
"""由X主办庆祝…之会, 由X主办之庆祝国庆酒会, as Hong Kong and Macau papers write it: 由 and 主办 hold the host with no 的 after
them. Not where another host or a second verb follows (由A主办和承办的, 由A主办B协办的: those name it with 的)."""


_BY_THE_HOLDER = re.compile(r"[\s\u3000]*由[^，,。；;的由]{2,40}$")
"""由X|召开|的Y: the holder a passive meeting's name opens with, 由 before it."""


_HOSTS_TOLD_AFTER = re.compile(
    r"[\s\u3000]*(?:本次|此次|这次|该次|本届|此届)?(?P<kind>[^，,。；;由的]{0,16}?)由(?P<hosts>[^，,。；;由的]{2,120}?)(?:共同|联合)?主办(?:[，,。；;、]|$)"
)


_ANY_MEETING = frozenset({"", "会议", "大会", "活动"})
"""本次大会, 本次会议: the meeting told before named by no kind of its own (大会 for a 年会 or a 论坛 as well)."""


def hosts_told_after(text: str, start: int, end: int, before: MeetingMention) -> MeetingMention | None:
    """本次峰会由A、B、C共同主办，…: a sentence that names the hosts of the meeting told before it (``before``), with no
    name of its own, so that meeting takes its holder from it."""
    hosts = _hosts_named(text, start, end, before.meeting_name)
    if hosts is None:
        return None
    organizer, organizer_start = hosts
    return MeetingMention(
        start=start,
        end=end,
        organizer=organizer,
        organizer_stated=True,
        meeting_name=None,
        date_text=None,
        location=None,
        subject=None,
        organizer_start=organizer_start,
    )


def _hosts_named(text: str, at: int, end: int, meeting_name: str | None) -> tuple[str, int] | None:
    """(hosts, where they are written) of a sentence or clause at ``at`` naming who hosts the meeting ``meeting_name``
    (本次大会由A和B主办，C承办), by a kind its name holds (峰会 after X峰会·Y大会) or as 会议 or 活动, without those it
    names as guiding or supporting it (由省农业农村厅指导、青石市人民政府主办). Not 下届峰会 or 分论坛 (another edition or a
    part), 该活动由X承办 (who ran it), or 由X主办的Y (a meeting named after its host, which the holding verb after it tells)."""
    told = _HOSTS_TOLD_AFTER.match(text, at, end)
    if told is None:
        return None
    kind = told["kind"]
    if kind not in _ANY_MEETING and not (meeting_noun_at_end(kind) == kind and kind in (meeting_name or "")):
        return None
    hosts = [item for item in told["hosts"].split("、") if not item.endswith(_OTHER_PARTS)]
    bodies = [body for host in hosts for body in _BODIES_JOINED.split(host)]
    if not hosts or len(bodies) > MAX_JOINT_HOLDERS or not all(names_a_body(body) for body in bodies):
        return None
    return "、".join(hosts), text.index(hosts[0], told.start("hosts"))


_OTHER_PARTS = ("指导", "支持", "协办", "承办", "监制")
"""What else a body does for a meeting besides hosting it (省厅指导, X承办), listed with its hosts."""


def _hosts_in_a_later_clause(text: str, at: int, end: int, meeting_name: str | None) -> tuple[str, int] | None:
    """The hosts a clause of the sentence after ``at`` names for the meeting (…在Y召开，本次大会由A和B主办)."""
    return next(
        (hosts for brk in CLAUSE_BREAK.finditer(text, at, end) if (hosts := _hosts_named(text, brk.end(), end, meeting_name))),
        None,
    )


def _hosted_by(name: str) -> re.Match[str] | None:
    """由市总工会主办的X, 县法院组织的X, 由A、B共同主办举行的X, 由A牵头、B承办的X: the host written before a passive
    meeting's name (the one that leads it, where another runs it); without
    由 the host must name a body (学员们自己组织的 is no host)."""
    hosted = _HOSTED_BY.match(name) or _HOSTED_BY_WITHOUT_DE.match(name)
    if hosted is None:
        return None
    hosts = hosted.group(2).split("、")
    # 由A、B共同主办的X: every host of a list names a body (not 县委统战部牵头、县工商联 or 经县委同意、县总工会).
    if len(hosts) > 1 and not all(names_a_body(host) for host in hosts):
        return None
    return hosted if hosted.group(1) or names_a_body(hosted.group(2)) else None
_JOINT_HOLDERS = re.compile("联合(?!会|总会)|会同|与|共同$")
_JOINTLY = re.compile("(?:共同|联合|一起|一同)$")
"""A与B共同召开: the holder is the whole coordination as written (EXTRACTION.md §2), without the adverb."""
_GIVEN_BY_A_PERSON = frozenset({"讲授"})
_ANOTHER_OCCASION = re.compile(r"[\s\u3000]*(?:此外|另悉|另外|此前|此后|会前|会后|近日|日前|近期)")
_WENT_TO_LECTURE = re.compile("(?:来到|前往|赴|深入|到)(?![会场])")
"""此外，X还深入青禾大学讲授专题党课, 近日，X到联系点讲授…, 会前，X为新干部讲授…: a lecture the sentence sets on another
occasion or at a place the person went to, no part of the meeting told before."""
_SUBJECT_BEFORE_PREPOSITION = re.compile(rf"(.{{2,20}}?)(?:就|针对|围绕|根据|按照|为了|为|以|利用|借助|依托|{_ORGANISATION_AS_A_NOUN}组织(?!部))")
"""X纪委就…案件，在Y召开; X党支部组织全体党员，开展了…: the holder is the subject before the preposition
or the 组织 that opens its clause (not the noun of 社会组织党委以…为主题，召开…)."""
_SUBJECT_BEFORE_TOPIC = re.compile(r"(.{2,20}?)(?:就|针对|围绕|根据|按照)")
"""X就/围绕…召开: the holder, then what the meeting is about or follows (prepositions no body's name holds)."""
_UNDER_IT = re.compile("下(?![午半一届])")
"""主持下开幕 (under someone's chairing), not 主持下午的分组讨论会 (chairing the afternoon's)."""
_UNDER_THE_CHAIRING_OF = re.compile(rf"在[^，,。；;在]{{2,30}}?(?:的)?主持{_UNDER_IT.pattern}")
_UNDER_THE_LEAD_OF = re.compile(r"在([^，,。；在]{2,20}?)的(?:统一)?(?:组织|领导|带领|指导)下")
_INSTRUCTED = re.compile(r"(?<![需重主只纪提摘])要(?![求点闻])|务必|必须|应当|应该|(?<![响反回适供感理])应(?=多|积极|定期|继续|经常|尽快)")
_THE_MEETING = "会议"
_INSTRUCTION_GOES_ON = re.compile(r"(?<![^。！？!?，,；;：:\s])(?:(?:会议)?要求|要(?![求点闻])|务必|必须|应当|应该)")
"""要, 务必 or 要求 opening a clause (会议要求各单位…, 要求由X牵头): an instruction, whatever it goes on to set."""
_SPEECH_AT_IT = re.compile(
    r"[^，。；;！？!?]{2,80}?(?:上|期间|时)(?:的|所作的|作的|发表的|提出的|作出的|做出的)(?:重要)?(?:讲话|致辞|报告|部署|要求|指示)"
)
_RELAYING = re.compile("传达|学习|领学|贯彻")


def _relayed_speech_given_at(text: str, start: int, verb_start: int, after: int) -> bool:
    """Whether the meeting a verb tells of is where a speech relayed in the same clause was given (传达了X在北京召开“Y”
    上的讲话精神); not a meeting that itself relays one (召开党组会议传达学习X视察时的重要讲话精神)."""
    speech = _SPEECH_AT_IT.match(text, after)
    return (
        speech is not None
        and _RELAYING.search(speech.group()) is None
        and _RELAYING.search(text, _clause_start(text, verb_start, start), verb_start) is not None
    )
_ANSWERED = "响应"
_URGED = re.compile(r"(?:呼吁|号召|鼓励)(?!下)[^，,。；;]{0,12}$")
"""会长X呼吁青年团举办…: what someone is urged to hold; not 响应县委号召召开 or 在县委的号召下召开, held in answer."""
_CEREMONY_OF_THE_VERB = re.compile(r"仪式|典礼|式|词|(?:进行了?|作了?)?致辞")
"""出席开班仪式, 致开幕词, X就培训开班进行了致辞: the verb names a ceremony or the occasion of a speech."""
_OPENING_VERBS = frozenset({"开班", "开幕", "开学", "开营", "结业"})
_OPENING_NAMES_A_MEETING = re.compile("动员|大?会(?![上后前中期])|第一课")
_UNDERTAKEN_BY = re.compile(r"由?([^，,。；的由]{2,40}?)(?:承办|协办)的")
_HOST_CLAUSE = re.compile(r"(?<![^，,；;由])([^，,。；;由]{2,20}?)(?:委托)?(?:主办|举办)[，,、]")
"""A clause that names the host of a meeting another body runs (，B委托举办，C承办的…)."""
_COOPERATION = re.compile(r"^(?:并|还|另|同时|另外)?(?:与|和|同|跟|会同|联合)[^，,。；]{1,20}?(?:合作|共同|联合)?$")
_SHORT_NAME_NOTE = re.compile(rf"[(（]{SHORT_NAME_CUE}[^)）]{{1,20}}[)）]$")
"""…第六次代表大会(以下简称“少代会”)在合肥召开: the note of a short name is no part of the meeting's name."""
_ABBREVIATION = re.compile(rf"[(（]{SHORT_NAME_CUE}?[「“\"]?([\u4e00-\u9fff]{{2,6}})[」”\"]?[)）]$")


def drop_abbreviation(organizer: str) -> str:
    """An organisation written with its short form in parentheses (X工会联合会(X联会), X事务局(下称「X局」))
    is the organisation: the parenthesised abbreviation is not part of the organizer."""
    m = _ABBREVIATION.search(organizer)
    if m is None or m.start() < 4:
        return organizer
    full, short = organizer[: m.start()], m.group(1)
    # An abbreviation takes its characters from the full name in order (青工联 ← 青岭市工会联合会);
    # a qualifier (市服务中心(东区)) does not and stays.
    cursor = 0
    for ch in short:
        cursor = full.find(ch, cursor) + 1
        if cursor == 0:
            return organizer
    return full


_PARTNERSHIP_WORD = re.compile("^(?:与|和|同|跟|会同|联合)")
MAX_REST_OF_A_TOWN_NAME = 2


def _opens_its_own_name(body: str, after_a_day_alone: bool) -> bool:
    """和平镇, 同庆镇, 联合村, 和平区总工会: the partnership word and what follows are one place's name, of a character and
    its kind; 与青石镇总工会 names a partner (a body of its own after the word). Right after the day, with no word of doing
    it together, 和 or 同 opens a name of any length (9月16日，和贵园社区召开…, 5月18日，同济桥社区牵头召开…)."""
    rest = _PARTNERSHIP_WORD.sub("", body, count=1)
    # 和平区总工会, 和田市…: one character, then a place's level, is a place the word opens (no place is named by one
    # character and its level), however long the body after it; 同区人社局 is a partner of the same district.
    place_opened = rest[1:2] in _level_characters()
    # Only a neighbourhood's own name (和贵园社区, 同济桥社区): a body of another kind after the word is a partner the subject
    # left unwritten holds it with (9月16日，和青石镇总工会召开对接会), and so is the same district's (同区人社局).
    and_alone = (
        after_a_day_alone and body.startswith(("和", "同")) and not _JOINTLY.search(body)
        and rest[:1] not in _level_characters() and _NEIGHBOURHOOD.search(body) is not None
    )
    return rest != body and (len(rest) <= MAX_REST_OF_A_TOWN_NAME or place_opened or and_alone) and names_a_body(body)


_NEIGHBOURHOOD = re.compile("(?:社区|小区|村|居委会)$")


def _after_a_day_alone(text: str, start: int, clause_start: int) -> bool:
    """Whether the clause right before ``clause_start`` is a day and nothing else (9月16日上午，|和贵园社区召开)."""
    previous = text[_clause_start(text, clause_start - 1, start):clause_start - 1].strip(" \u3000")
    return DATE_TEXT_RE.fullmatch(previous) is not None


def is_cooperation(head: str) -> bool:
    """A clause that only says the holder worked with a partner (并与县府合作举办…):
    the partner phrase is not an organizer; the holder is the sentence's subject."""
    return _COOPERATION.match(head) is not None


def names_a_body(s: str) -> bool:
    """Whether a whole clause is a body's name (…区总工会, 村“两委”), not a sentence of its own (区总工会深入企业走访)."""
    if s[-1:] in _NAME_CLOSERS and (quoted := _SHORT_NAME_QUOTED_AT_THE_END.search(s)) is not None and quoted.start():
        s = s[:quoted.start()] + quoted.group(1)  # 村“两委” reads as 村两委
    return s.startswith("我") or bool(lexicons.ends_with_entry(s, "org_suffixes") or lexicons.ends_with_entry(s, "place_suffixes"))


_SHORT_NAME_QUOTED_AT_THE_END = re.compile("[“「『]([^”」』]{1,4})[”」』]$")
"""村“两委”: a short name quoted after the level it belongs to, the body's name whatever the marks."""


def _looks_like_organizer(s: str) -> bool:
    """A phrase short enough for a body's name, in one clause, telling of no one's deed (X主持, X带领…)."""
    # A与B: bodies holding it together, each as long as one body's name may be, and each naming a body.
    parts = _BODIES_JOINED.split(_JOINTLY.sub("", s)) if len(s) > MAX_ORGANIZER_CHARS else [s]
    return (
        all(1 <= len(part) <= MAX_ORGANIZER_CHARS for part in parts)
        and (len(parts) == 1 or all(names_a_body(part) for part in parts))
        and len(parts) <= MAX_JOINT_HOLDERS
        and not CLAUSE_BREAK.search(s)
        and not _DAY_WITHIN.search(s)
        and not _tells_of_people(s)
        and not _ends_in_people(s)
        and not _ORGANISED_AS_A_VERB.search(s)
        and not _AT_ANOTHER_GATHERING.search(s)
        and not (_PEOPLE_SPOKEN_OF.match(s) and lexicons.ends_with_entry(s, "org_suffixes") is None)
        and not _BODIES_NOT_NAMED.match(s)
        and not _HEADCOUNT.search(s)
        and not _HOUR.fullmatch(s)
        and not _is_a_clause(s)
    )


_MEMBERS_OF_THE_BODY = re.compile("(?:全体)?成员$|(?:管理层|(?:全体)?(?:干部)?(?:员工|职工))(?:及[^，,。；;及]{1,10})?$")
"""X中心组成员, X委员会全体成员, X领导班子成员, X公司管理层及部分骨干员工: the members or staff of a body, who meet
as it does (a leadership holds its own meetings, as 我局领导班子 does in the owners' gold); not the members of what a
phrase with 的 describes (由X组织举办的Y宣讲团成员: X organised the group, the group is no holder)."""
_OF = "的"


_HOUR = re.compile(r"[\d一二三四五六七八九十]{1,3}[时点](?:[\d一二三四五六七八九十]{1,3}分|半|整)?")
"""3时30分召开第四次常委会: the hour a clause opens with, no holder."""


_HEADCOUNT = re.compile(r"[\d一二三四五六七八九十百千]+(?:余|多)(?:人|名|位)|\d+(?:名|位)")
"""组织班子成员和中层干部30余人集中观看: people counted, no body's name (which may hold 50人, as 50人论坛 does)."""


_BODIES_NOT_NAMED = re.compile("相关|有关")
"""相关部门防汛工作部署会, 有关单位召开协调会: whichever bodies are concerned, none named."""


_PEOPLE_SPOKEN_OF = re.compile("他们|她们|我们|咱们|你们|大家")
"""他们在隔离病房举行了主题党日活动, “我们选择在这样的时节举行…”: people, whose body the report names elsewhere, no body
(大家保险集团, 我们的家园志愿者协会 end as bodies do)."""
_AFTER_IT_ENDED = re.compile("(?:结束|闭幕|散会)之?后")


_AT_ANOTHER_GATHERING = re.compile("(?:会|班|仪式|典礼|论坛|活动)(?:上|中|期间)$")
"""培训会上(还召开了X动员会): the gathering another is held at, no body."""


_DAY_WITHIN = re.compile(r"(?:(?<![\d第])\d{1,2}日|昨日|昨天|今日|今天)(?=[\u4e00-\u9fff])(?![及和与至、日晚上下早午间])")
"""司长X昨日拜访Y总会: a day inside a "holder", with what was done after it, makes it a clause of who did what when;
no body's name holds one (工联会昨日及今日…, 工联会一连两日（2日及3日）… list the days)."""
_BODIES_JOINED = re.compile("与|和|及|、")
MAX_JOINT_HOLDERS = 8
"""Bodies named together as the holders of one meeting, at most (A、B、…与H联合举办)."""
_SESSION_OF_A_BODY = re.compile(r"(?P<body>[^，,。；;、的]{2,30}?)第[一二三四五六七八九十百零〇\d]{1,4}次(?:全体)?会议")
"""X第二十七次会议 as the subject of 举行: a numbered session of body X, which holds a sitting of its own."""
_ORGANISED_AS_A_VERB = re.compile(rf"(?:再次|又|专门|及时|迅速|积极|精心|认真|统一|先后|亲自){ORGANISING_VERB}")
"""…书记林晓东再次组织相关部门: a deed, where 组织 inside a body's name (社会组织联合会, 党组织) is none."""


_AND_OTHERS = re.compile("等人?$")


def _ends_in_people(phrase: str) -> bool:
    """…经理李杰及业主代表: people who met, no body; a post (县委常委, 主席) may name a body's organ, but a post that is
    also a kind of person (代表, 工程师) names people."""
    head = lexicons.ends_with_entry(_AND_OTHERS.sub("", phrase), "group_heads")  # …和村两委成员等召开座谈会
    if head is not None and len(lexicons.ends_with_entry(phrase, "org_suffixes") or "") >= len(head) and not _BODIES_JOINED.search(phrase):
        return False  # 街道党政领导班子: the body's collective leadership, which holds sessions of its own (not 书记王明和街道领导班子)
    return head is not None and (head not in lexicons.entry_set("post_titles") or head in lexicons.entry_set("person_nouns"))


def _subject_after(text: str, i: int, end: int, quote_end: dict[int, int]) -> str | None:
    """What was studied: the object of the first 传达/学习 clause after the meeting name."""
    for _ in range(3):
        while i < end and CLAUSE_BREAK.match(text, i):
            i += 1
        clause_end = _clause_end(text, i, end, quote_end)
        clause = text[i:clause_end]
        if (m := _SUBJECT_VERB.match(clause)) and len(clause) > m.end():
            return clause[m.end():]
        i = clause_end
        if i >= end:
            break
    return None


_PROGRAMME = re.compile(r"(?:多个|多项|多场|许多|一系列|系列|各类|各项|各种|更多|这类|此类|这些|多种)")
_ACTIVITY = re.compile(r"活动$")
_TRAINING = re.compile(r"[培轮]训$")
_ONE_TRAINING = re.compile(r"(?:专题|集中)[培轮]训$|^[“「][^”」]+[”」][^“”「」]{0,12}培训$")
_AT_IT = re.compile(rf"[。！!]?\s*(?:(?:会上|在会上)[，,]|{THIS_SESSION}活动邀请)")
"""会上，… or 本次活动邀请… opening the sentence after an activity: what was done at it, whom it invited: a gathering
(本次活动吸引300名职工参加 tells of a programme's reach as readily)."""
_ATTENDED_NEXT = re.compile(r"[。！!]?(?P<between>[^。！!？?\n]{0,60}?)(?:出席|参加|列席)了?(?:本次|此次|这次)?会议(?!时|期间)")
"""…开展中心组联学共建活动。A、B出席会议并讲话: the sentence after an activity tells who attended it as a meeting; not one
that holds a meeting of its own first (3月5日，县总工会召开推进会，X出席会议), nor 参加会议时, another occasion."""
MIN_ACTIVITY_NAME_CHARS = 8
_TALKS_ACTIVITY = re.compile("(?:宣讲|讲座|报告|辅导|学习|座谈|交流)活动$")
"""宣讲活动, 学习交流活动: talks given to those present, the activities attendance makes a meeting of (not a competition's
or a campaign's, 技能大比武活动, 创建活动, which the meeting attended serves)."""
_ATTENDED_AS_A_MEETING = re.compile(r"[，,][^，,。；;！!？?]{0,30}?(?:(?:参加|出席|列席)了?(?:本次|此次|这次)?(?:会议|大会)|到会聆听)")
"""…宣讲活动，来自X的235人参加了会议; …，职工到会聆听: an activity those present attended as a meeting, one gathering
(not 本次活动吸引300名职工参加, a programme's reach)."""
_FORUM_ACTIVITY = re.compile("(?:座谈交流|交流座谈|座谈)活动$")
_VISIT_IN_THE_NAME = re.compile("走访|入户|入企|调研|考察|视察|慰问")
"""An 活动 named by at most this many characters less one (青年活动, 团员活动) names a kind of activity, not one."""


def _attended_next(text: str, end: int, dated: bool) -> bool:
    """Whether a dated activity's next sentence tells who attended it as a meeting, holding none of its own first."""
    attended = _ATTENDED_NEXT.match(text, end)
    between = attended.group("between") if attended else ""
    return bool(attended and dated) and find_date_text(between) is None and not any(v in between for v in HOLDING_VERBS)


def _names_one_gathering(name: str) -> bool:
    """Whether a name ending in 活动 names one gathering (“X”活动, 主题党日活动, …发布会暨健步走活动), not a
    kind of activity or a programme of several (青年活动, 多个庆祝活动): other meeting nouns always do."""
    if not name.endswith("活动"):
        return True
    if _PROGRAMME.search(name):
        return False
    if lexicons.ends_with_entry(_ACTIVITY.sub("", name), "session_nouns"):
        return True  # 专题学习活动: a study session told as an activity
    if _FORUM_ACTIVITY.search(name) and not _VISIT_IN_THE_NAME.search(name):
        return True  # 举办座谈交流活动: a forum told as an activity (not 入企走访座谈交流活动, a round of visits)
    return bool(_QUOTE_OPENER.search(name)) or "党日" in name or "暨" in name or len(name) >= MIN_ACTIVITY_NAME_CHARS


_NAME_RUNS_ON = re.compile(r"[^，,。；;、：:“”「」『』《》\s]{1,12}")
"""The words a name runs on with after a quoted part (“X”建设推进会), up to a mark or a space."""


def _quoted_meeting_name(text: str, at: int, quote_end: dict[int, int]) -> tuple[str, int] | None:
    """(name, end) of a quoted meeting name right after a verb and its 的 (联合举办的「X研习会」), or None."""
    opener = at + 1 if text.startswith("的", at) else at
    close = quote_end.get(opener)
    if close is None:
        return None
    name = text[opener + 1:close - 1].strip()
    if text.startswith("等", close):
        return None  # 开展“迎全会”等系列活动: one of a list of programmes, no meeting of its own
    if (tail := _NAME_RUNS_ON.match(text, close)) and meeting_noun_at_end(tail.group()):
        return None  # 召开“青石大讲堂”建设推进会: the quoted series names what the meeting after it is about
    return (name, close) if name and meeting_noun_at_end(name) else None


_A_WHOLE_DAY = re.compile(rf"[日号天]$|^(?:昨|今|前)")
"""A day with no part of it (5月6日, 昨天): what an hour alone after it falls on; not a month (2022年5月) nor another
event's part of a day (1月10日上午)."""
_CITING = re.compile(r"(?:根据|按照|依据|依照|遵照|贯彻|落实)[^，,；;：:]*$")
_CITED_WORD = re.compile(r"[^，,；;：:]*?(?:会议?|会上)[^，,；;：:]*?(?:要求|精神|部署|安排)")
"""根据2023年12月26日总行会议要求，X召开: a date in a clause that cites another meeting's word is that meeting's (not
按照县委统一部署5月6日上午，X召开, where the date is this meeting's)."""


def _date_before(text: str, start: int, at: int) -> str | None:
    """The date written last in the sentence before ``at`` (within a clause's reach), for a mention whose own clause
    has none; a date another meeting's cited word carries is passed over."""
    window_start = max(start, at - MAX_CLAUSE_CHARS)
    for found in reversed(list(DATE_TEXT_RE.finditer(text, window_start, at))):
        if not (_CITING.search(text, window_start, found.start()) and _CITED_WORD.match(text, found.end(), at)):
            return found.group()
    return None


def _written_at(text: str, organizer: str | None, start: int, verb: int, end: int) -> int | None:
    """Where ``organizer`` is written in the sentence ``text[start:end]``: the last time before the verb, else the first after it."""
    if not organizer:
        return None
    at = text.rfind(organizer, start, verb + len(organizer))
    if at < 0:
        at = text.find(organizer, verb, end)
    return at if at >= 0 else None


def _name_in_clause_before(text: str, start: int, clause_start: int) -> str:
    """台湾青石同乡会第一届第五次会员大会，11月30日在X举行: a clause of the date and place alone goes with the meeting
    named in the clause before it."""
    if clause_start <= start or text[clause_start - 1:clause_start] not in "，,":
        return ""
    return _parse_head(text[_clause_start(text, clause_start - 1, start):clause_start - 1]).body


_JOINING = re.compile(r"^(?:以及|并且)")
_MATTERS_OF_IT = re.compile(r"[^，,。；;]{1,30}?(?:相关|有关)?(?:事宜|事项)")
"""召开“双代会”相关事宜: the matters of a meeting to be held, what someone speaks about."""
_DECIDED_BEFORE = re.compile(r"(?:决定|确定|商定)[，,：:]$")
_PROPOSED = re.compile(r"^[^，,。；;]{0,8}?会议(?:还|同时|并)?(?:建议|提议)[，,：:]$")


def _proposed_before(text: str, start: int, clause_start: int) -> bool:
    """会议建议，各支部召开…: a meeting the meeting told of asks for, still to come; not 为听取意见建议，X召开… or
    按照县委建议，X召开…, where 建议 is a noun and the meeting was held."""
    if clause_start <= start:
        return False
    return _PROPOSED.match(text[_clause_start(text, clause_start - 1, start):clause_start].strip(" \u3000")) is not None


def mentions_in_sentence(text: str, start: int, end: int) -> list[MeetingMention]:
    """Meeting mentions held in ``text[start:end]`` (one sentence of the masked body)."""
    quotes = _quote_ranges(text, start, end)
    quote_end = dict(quotes)
    found: list[MeetingMention] = []
    names_read: list[tuple[int, int]] = []
    for verb in itertools.islice(_verb_pattern().finditer(text, start, end), MAX_VERBS_PER_SENTENCE):
        v, v_end = verb.start(), verb.end()
        if _inside(quotes, v) or _inside(names_read, v) or text[v - 1:v] == "的":
            continue  # 召开…学习开班动员会: a verb inside a name read after the verb before is part of that name
        if _CEREMONY_OF_THE_VERB.match(text, v_end):
            continue  # 出席开班仪式, 致开幕词: the verb names a ceremony or a speech here, it does not say one was held
        if verb.group() in HOLDING_VERBS and text.startswith("的", v_end) and _BY_THE_HOLDER.match(text, _clause_start(text, v, start), v):
            continue  # 由X召开的Y座谈会于…召开: who held it, before the name; the verb after the name tells the holding
        if verb.group() in _OPENING_VERBS and _OPENING_NAMES_A_MEETING.match(text, v_end):
            continue  # “投促大讲堂”开班动员会在…举行, 开幕大会: the opening names the meeting another verb holds
        if _UNDER_IT.match(text, v_end) and verb.group() == "主持":
            continue  # 在议长X主持下开幕: under whose chairing the meeting the next verb holds sat
        after = v_end + (1 if text.startswith("了", v_end) else 0)
        quoted_name = _quoted_meeting_name(text, after, quote_end)
        if quoted_name is None and any(text.startswith(b, after) for b in lexicons.entries("meeting_verb_blockers")):
            continue
        if _TIME_SINCE.match(text, after):
            continue  # 第六次代表大会召开33年来: the time since a meeting, no meeting held
        if (means := _AS_A_MEANS.search(text, max(start, v - len("借助")), v)) and _means_alone(text, start, _clause_start(text, v, start), means.start(), v_end, end):
            # 通过举办“X”读书会、“Y”等活动，向…宣传: the means of some work, no meeting the report tells of
            continue
        if _relayed_speech_given_at(text, start, v, after):
            continue  # 传达了X在北京召开“Y”上的讲话精神: the meeting a relayed speech was given at, no meeting of the report
        if _in_direct_speech(text, start, v):
            continue  # 村民代表发表感言：“镇村组织召开村民代表大会，…: a meeting someone's own words tell of
        window_start = max(start, v - MAX_CLAUSE_CHARS)
        moved_to = list(_POSTPONED_TO.finditer(text, window_start, v))
        if moved_to:
            window_start = moved_to[-1].end()  # 原定5月1日办理的X延后至9月15日举行: held on the day it was moved to
        if _told_as_to_come(text, window_start, v, v_end):
            continue
        clause_start = _clause_start(text, v, start)
        head_text = text[clause_start:v]
        if moved_to and moved_to[-1].start() >= clause_start:
            # The meeting, then the day and place it was moved to: what it was first set to be is no part of its name.
            moved = moved_to[-1]
            head_text = _FIRST_SET.sub("", text[clause_start:moved.start()]) + text[moved.end():v]
        # 部署 in 工作部署会议召开 is part of the name before a passive verb, not an agenda item.
        if _PART_OF_THE_MEETING.match(head_text) or _PART_OF_THE_PROGRAMME.fullmatch(head_text):
            continue  # 会议还为X举行了揭幕仪式, 第二部分召开座谈会: a ceremony or a part the meeting held within itself
        if _held_in_a_past_year(text, start, clause_start, head_text):
            continue  # (去年，)X与本澳传媒团体合办“Y研讨会”: a meeting of a year gone by, told as the body's record
        if _REPEATEDLY.search(head_text):
            continue  # 多次与X合作举办Y论坛, 每季度召开支部大会: what a body does again and again, no meeting this report tells of
        if _LISTED_MEASURE.match(head_text):
            continue
        if head_text.endswith("就") and not text.startswith("了", v_end) and _MATTERS_OF_IT.match(text, v_end):
            continue  # X就召开“双代会”相关事宜作了说明: the meeting to be held is what X spoke about (not 年初就召开了…)
        if _THIS_SESSION_ALONE.fullmatch(head_text):
            continue  # 此次召开政府常务会，就是…: the meeting the report tells of, named again
        if _PURPOSE_ALONE.fullmatch(head_text):
            continue  # 为召开…会议，…: a meeting looked ahead to
        if _DESCRIBED_AS_HELD.search(head_text):
            continue  # 这次大会是在…关键时期召开的一次重要会议: what the meeting told of is, in someone's words
        head = _parse_head(head_text)
        if head.body and not _JOINTLY.sub("", head.body):
            # X组织15家企业代表，共同举办Y: the adverb alone names no holder; the clause before does.
            head = replace(head, body="")
        if (
            _DECIDED_BEFORE.search(text, max(start, clause_start - 8), clause_start)
            and not text.startswith("了", v_end)
            and (not head.body or head.date_text)
        ):
            # 会议决定，于12月底召开全委会议; 会议决定，X于1月召开…: what the meeting decided, still to come, with no holder
            # of its own or its own day; not 3月5日，经党组研究决定，X召开…, dated before the decision
            continue
        if _proposed_before(text, start, clause_start) and not text.startswith("了", v_end):
            continue
        # 按照市委要求召开, 根据上级统一部署召开: the basis the meeting was held on is no agenda, instruction or speech.
        unbased = _BASIS.sub("", head_text)
        if (agenda := _agenda_word().search(unbased)) and not meeting_noun_at_end(unbased):
            if not lexicons.pattern("meeting_nouns").match(unbased, agenda.end()):
                # 会议研究了召开…, 会议决定X会议于1月中旬召开: an agenda item; in X征求意见建议座谈会于12月12日召开 the
                # word is a noun the meeting is named for.
                continue
        if _INSTRUCTED.search(_DASH.split(unbased)[-1]) or _URGED.search(unbased) and _ANSWERED not in unbased:
            continue  # 会后各校要立即召开…会议: an instruction for later, not a meeting held
        instruction = _INSTRUCTION_GOES_ON.search(text, start, clause_start) if not head.body else None
        if instruction and (not head.date_text or text[start:instruction.start()].strip(" \u3000") in ("", _THE_MEETING)):
            # 会议提出，要总结经验，结合实际部署工作，适时召开…: the instruction opened a clause before and goes on; 要求由X
            #牵头，抓好落实，9月8日召开…: to the day it sets, where it opens the sentence (not 县总工会高度重视，要求各部门
            # 全力配合，于6月5日召开…, which tells what the body did)
            continue
        if _WHEN_IT_WAS_HELD.match(text, v_end) and not organizer_from_name(head_text.strip(" \u3000")):
            continue  # 就职礼举行当晚，筵开百多席: the time of a meeting the report tells of, none of its own
        if _SAID_IN_THE_CLAUSE.search(unbased) or _SPEECH_REPORTED.search(text, start, clause_start):
            continue  # X并表示能在任内成功举办Y: a meeting a speaker tells of, not one the report does
        cooperation = is_cooperation(head.body)
        name_end = _clause_end(text, after, end, quote_end)
        if (next_lede := _NEXT_LEDE.search(text, after, name_end)) and names_a_body(next_lede.group(1)):
            name_end = next_lede.start()  # X召开Y会报圆满完成 X公所于…举行Y会报: a headline run into the lede, no comma between
        if text[name_end:name_end + 1] in "，," and text.startswith(JOINED, name_end + 1):
            joined_end = _clause_end(text, name_end + 2, end, quote_end)
            if meeting_noun_at_end(text[name_end + 2:joined_end]):
                name_end = joined_end  # 举办“X”为主题，暨Y活动: 暨 joins the name on (not 暨南大学副校长X出席)
        name = quoted_name[0] if quoted_name else _trim_name(text[after:name_end])
        if name and name.startswith(_HELD_WELL) and organizer_from_name(name[len(_HELD_WELL):]):
            continue  # 组织召开好区科协第十次代表大会: a meeting to be held well, still to come (not 好人好事表彰大会)
        agenda_done = verb.group() == _COMPLETED and _AGENDA_DONE.match(text, v_end) is not None and not _NOT_YET.search(head_text)
        if verb.group() == _COMPLETED and not agenda_done and not (name and _CEREMONY.search(name) and (not head.body or names_a_body(head.body)) and not _NOT_YET.search(head_text)):
            # 完成了交替典礼 holds one; 圆满完成各项议程后胜利闭幕 tells of the meeting's own business, 尚未完成 of none
            # held, 新会员集体完成入会仪式 of what people did at it
            continue
        if name and _is_a_clause(name):
            continue  # 进行了现场检查并召开了专题会议: what was carried out is a clause, its meeting read at its own verb
        names_read.append((after, name_end))
        if name and _CEREMONY.search(name) and _NEXT_IN_THE_PROGRAMME.search(text, max(start, v - 6), v) and text.find(_PROGRAMME_OPENED, start, v) >= 0:
            # 首先，…宣读…；接着，举行了颁奖仪式: a rite in the programme the sentence goes through, no meeting of its own
            # (not 会议结束后，随即举行了通车仪式, a ceremony after it)
            continue
        if (
            name and found and any(part.endswith(name) for part in (found[-1].meeting_name or "").split(JOINED))
            and not head.date_text and not (head.body and names_a_body(_strip_adverbs(head.body)))
        ):
            # 召开组织生活会暨“四史”微党课，…X为全体党员开讲微党课: the meeting told before, or a part of it, again; not one
            # another body holds (县妇联也召开了办公会) or held on a day of its own (5月8日又召开了中心组学习会)
            continue
        date_text, location = head.date_text, head.location
        if quoted_name and date_text is None and (written_after := find_date_text(text[quoted_name[1]:name_end])):
            date_text = written_after.group()  # X举办的「Y」27、28日在Z登场
        organizer, stated = None, False
        verb_word = verb.group()
        attended_as_a_meeting = bool(name and _TALKS_ACTIVITY.search(name) and _ATTENDED_AS_A_MEETING.match(text, name_end))
        if name and not _names_one_gathering(name) and not attended_as_a_meeting:
            continue
        one_training = bool(name and _ONE_TRAINING.search(name)) and (
            attended_as_a_meeting or _held_on_the_day_written(text, start, v, v_end)
        )
        if name and _TRAINING.search(name) and not one_training:
            # 开展业务培训, 累计开展培训12场: training as a programme, as a kind of training is a course of sessions;
            # 5月8日开展了财务知识专题培训, 举办“X”培训: one session, set apart by its topic or its own title, on a day
            continue
        if quoted_name and (text.startswith("的", quoted_name[1]) or _PREPARED_FOR.match(text, quoted_name[1])):
            continue  # 各分工会召开“两会”的时间要求, 召开“两会”准备工作情况: a meeting named to qualify a noun, none held
        # X会议在Y进行，: 进行 after a meeting's own name and where it sat says it was held, as 举行 does.
        carried_out_there = (
            name is None and verb_word == _CARRIED_OUT_THERE and CLAUSE_BREAK.match(text, v_end)
            and head.location is not None and lexicons.ends_with_entry(head.location, "place_nouns") is not None
            and not _SITTING_OF_THE_MEETING.match(head.body or "")
        )
        # 组织机关干部集中学习: the session 组织 holds is named by its kind, after the people it gathers.
        gathers_for_a_session = _ORGANISED.fullmatch(verb_word) is not None and not text.startswith("了", v_end)
        if gathers_for_a_session and name and (session := lexicons.pattern("session_nouns").search(name)) is not None:
            manner = _MANNER_BEFORE_A_SESSION.search(name[:session.start()])
            name = name[session.start() - (len(manner.group()) if manner else 0):]
        if (verb_word in lexicons.entry_set("session_verbs") or gathers_for_a_session) and not carried_out_there:
            kind = _ACTIVITY.sub("", name or "").rstrip(_NAME_CLOSERS + "+＋")  # 第3期“主题党日+”活动: a Party day, however styled
            held = name and (
                lexicons.ends_with_entry(kind, "session_nouns")
                or _held_when_carried_out(name)
                # 2月10日，X组织开展…春季培训班: a class on the days the sentence gives (not 常态化开展职工夜校培训班)
                or _CLASS.search(name) and _held_on_the_day_written(text, start, v, v_end)
                or _ACTIVITY.search(name) and (
                    _AT_IT.match(text, end)
                    or _attended_next(text, end, find_date_text(text[start:v]) is not None)
                    or _talk_given_on_a_day(kind, text, start, v)
                    or attended_as_a_meeting
                )
                or one_training
            )
            if not held:
                # 开展帮扶活动: carrying out a programme holds no meeting; 进行第七届第一次会员代表大会 holds one, and so does
                # an activity the next sentence tells of at it (开展了“支部开放日”专题活动。会上，…)
                continue
            if any(w in head_text for w in lexicons.entries("session_verbs")):
                continue  # 开展了每两个月进行一次的…活动: the verb before is the one that holds it
            opener = head_text.lstrip(" \u3000")
            # …召开专题会议，组织党员干部…: the same meeting, unless a day of its own stands between (；3月8日，组织…).
            previous_name_end = names_read[-2][1] if len(names_read) > 1 else start
            gathers = _ORGANISED.match(opener) and not find_date_text(text[previous_name_end:v])
            if found and (not opener or lexicons.starts_with_entry(opener, "predicate_openers") or gathers):
                # 举行学习会，(围绕…)进行专题学习研讨; 召开专题会议，组织党员干部…进行了集中学习: what the meeting before
                # did, with no holder of its own
                continue
            if _WITHIN_THIS_SESSION.search(text, start, v):
                continue  # 在此次活动中，…开展专题学习: what the session told of already did
            if _MEETING_AS_SUBJECT.match(text, start):
                continue  # 会议传达学习…，围绕…开展学习研讨: the sentence tells what the meeting did
        if name:
            if verb_word in ("主持", "主持召开") or verb_word in _GIVEN_BY_A_PERSON:
                pass  # who chairs or lectures is a person, not the body that holds it
            elif cooperation:
                previous = None
                if found:
                    organizer, stated = found[-1].organizer, found[-1].organizer_stated
                    date_text = date_text or found[-1].date_text
                elif clause_start > start:
                    # X利用2天时间，与A、B联合举办Y: the body the clause before opens with holds it with them.
                    previous, place, placed_on = _clause_before_the_verb(text, start, clause_start)
                    if (holder := _holder_in(previous)) is not None:
                        organizer, stated = holder, True
                    location = location or place
                    date_text = date_text or placed_on or previous.date_text
                if organizer is None and not found and (previous is None or not previous.body) and _opens_its_own_name(head.body, _after_a_day_alone(text, start, clause_start)):
                    # 7月1日，和平镇在镇政府召开…: with no subject before it, 和/同/联合 opens the body's own name (和平镇,
                    # 同庆镇, 联合村), no partner.
                    organizer, stated = head.body, True
            elif verb_word == "承办":
                host = re.search(r"([^，,。；\u3000由]{2,20})(?:主办|牵头)", text[window_start:v])  # 由A牵头、B承办的X: A leads it
                organizer, stated = (host.group(1), True) if host else (None, False)
                named_host = "主办" in head_text or "牵头" in head_text
                if not named_host and head_text.lstrip(" \u3000").startswith("由") and head.body and names_a_body(head.body):
                    organizer, stated = drop_abbreviation(head.body), True  # 由X承办的「Y」: with no host above it, X holds it
            elif (about := _SUBJECT_BEFORE_TOPIC.match(head.body)) and _looks_like_organizer(about.group(1)) and names_a_body(about.group(1)):
                organizer, stated = drop_abbreviation(about.group(1)), True  # X中心组围绕…开展了专题学习: X holds it
            elif head.body and (sitting := _SESSION_OF_A_BODY.fullmatch(head.body)):
                # 市人大常委会第二十七次会议举行第一次全体会议: a session holds the sitting; the body is the one whose session it is.
                organizer = sitting["body"]
                stated = True
            elif (
                head.body and (members := _MEMBERS_OF_THE_BODY.search(head.body))
                and names_a_body(body := head.body[:members.start()]) and _looks_like_organizer(body) and _OF not in body
            ):
                organizer, stated = drop_abbreviation(body), True  # 局党组中心组成员在…进行集中学习: the body whose members meet
            elif head.body and (_looks_like_organizer(head.body) or len(_holders_each(text, v, head.body)) > 1):
                # 县总工会与县人社局共同召开: the bodies holding it together, as written; A、B、C分别召开: each of a list
                # of bodies, however long the list; 以及 joining the clause to the one before is no part of it.
                organizer, stated = drop_abbreviation(_JOINTLY.sub("", _JOINING.sub("", head.body))), True
            elif not head.body and clause_start > start:
                previous, place, placed_on = _clause_before_the_verb(text, start, clause_start)
                location = location or place
                date_text = date_text or placed_on
                if (holder := _holder_in(previous)) is not None:
                    organizer, stated = holder, True
                elif found and found[-1].organizer_stated:
                    # 县总工会召开党组会议，同时召开…: a clause with no holder of its own goes on
                    # with the holder of the meeting before it in the sentence.
                    organizer, stated = found[-1].organizer, True
                date_text = date_text or previous.date_text
        elif (
            (verb_word in _PASSIVE_VERBS or carried_out_there or agenda_done and meeting_noun_at_end(head.body))
            and meeting_noun_at_end(named := _SHORT_NAME_NOTE.sub("", head.body or _FIRST_SET.sub("", _name_in_clause_before(text, start, clause_start))))
            and not _points_at_a_body(named)
            and not _has_predicate(_first_of_joined(named[hosted.end():] if (hosted := _hosted_by(named)) else named))
            and not _ANNOUNCED.search(named)
        ):
            name = named
            # 由市总工会主办、区总工会承办的培训班在…开班: the host holds it; the name follows 的.
            if hosted is not None:
                organizer, stated, name = drop_abbreviation(hosted.group(2)), True, name[hosted.end():]
                if "牵头" in hosted.group() and not names_a_body(organizer) or _tells_of_people(organizer):
                    # 由分管副县长牵头的调度会, 由王明主持召开的座谈会: a person leads the work or chairs it, no body holds it
                    organizer, stated = None, False
                elif _ends_in_a_titled_person(organizer):
                    # 由市委书记王明召开的专题会议: the body of the post the convener holds, if the title names one
                    organizer = _body_of_the_leader(organizer) or None
                    stated = organizer is not None
            elif (undertaken := _UNDERTAKEN_BY.match(name)) is not None:
                # 由A批准，B委托举办，C承办的培训班在…开班: B holds it, C only runs it.
                # 由A、B主办，C承办的…: the hosts as written; of bodies that only run it, the first.
                hosts = list(_HOST_CLAUSE.finditer(text, start, clause_start))
                organizer = hosts[-1].group(1) if hosts else _JOINT_HOLDERS.split(undertaken.group(1))[0].split("、")[0]
                organizer, stated, name = drop_abbreviation(organizer), True, name[undertaken.end():]
            name = _LASTING.sub("", _without_count_and_praise(name))
        elif verb_word == "主持" and (chaired := _meeting_chaired(head_text)) is not None:
            name = chaired  # 当天的启动仪式由X主持: a meeting someone chaired was held
        else:
            continue
        if date_text is None:
            date_text = _date_before(text, start, clause_start)
        elif DAY_PART_AT_END.fullmatch(date_text) and (day := _date_before(text, start, clause_start)) and _A_WHOLE_DAY.search(day):
            date_text = day  # 5月6日，青石商会下午四时召开: the day written before outranks the hour alone
        if date_text is None and (next_day := _NEXT_DAY.match(text, start)) is not None:
            date_text = next_day.group()  # 次日，活动在…举行: the day after the one told before
        together = _JOINTLY.search(head_text.rstrip(" \u3000")) or _JOINT_MEETING in (name or "")
        if stated and (MANY_BODIES.match(organizer or "") or _COUNTED_BODIES.match(organizer or "")) and not together:
            continue  # 各村在会后…及时召开村委会议: each of many bodies held its own, none the report tells of
        if date_text is None and not stated and _LIST_ITEM.match(text, start):
            continue  # 1、成功举办税务知识讲座: an item of the work a report sums up, with no day or holder of its own
        organizer_start = _written_at(text, organizer, start, v, end)
        if organizer is None and (named_later := _hosts_in_a_later_clause(text, v_end, end, name)) is not None:
            # X年会在Y召开，本次大会由A和B主办，C承办: the hosts the sentence names after the meeting (not C, who only runs it)
            (organizer, organizer_start), stated = named_later, True
        if organizer is None:
            organizer = organizer_from_name(name)
            # Read where the name writes it: the same words before the verb may head a post (由X主委Y主持召开了X…会议).
            named_at = text.find(name, v, end) if organizer else -1
            organizer_start = named_at if named_at >= 0 else _written_at(text, organizer, start, v, end)
        mention = MeetingMention(
            start=start,
            end=end,
            organizer=organizer,
            organizer_start=organizer_start,
            organizer_stated=stated,
            meeting_name=name,
            date_text=date_text,
            location=location,
            subject=_subject_after(text, name_end, end, quote_end),
            led_by_a_person=verb_word == "主持" or verb_word in _GIVEN_BY_A_PERSON and not (
                _ANOTHER_OCCASION.match(text, start, v) or _WENT_TO_LECTURE.search(text, start, v)
            ),
        )
        # 召开了处分决定宣布会、领导班子民主生活会和党员干部大会: one verb, a meeting for each name listed;
        # A、B和C分别召开第一次会议: each body listed holds one of its own.
        holders = _holders_each(text, v, organizer) if stated and organizer is not None else [organizer]
        # 分别于1月20日和1月21日召开了A座谈会和B座谈会: 分别 pairs each meeting with its date.
        # 召开A第一次会议和B第一次会议，分别选举…: 分别 after the names says two as well.
        # 先后召开A会议和B会议, A会议和B会议相继召开: one after the other, two as well.
        respectively = _RESPECTIVELY.search(head_text) is not None or _RESPECTIVELY_AFTER.match(text, name_end) is not None
        parts = _listed_meetings(name, respectively)
        dates = (_respective_dates(head_text, len(parts)) or _respective_dates(text[start:v], len(parts))) if "分别" in head_text else None
        for holder in holders:
            for i, part in enumerate(parts):
                own = _holder_of_part(holder, stated, part, parts)
                if (clause := _holder_and_meeting(part)) is not None:
                    own, part = clause  # 县总工会召开党组会议、镇总工会召开委员会议: a clause with its own holder
                found.append(replace(
                    mention, meeting_name=part, organizer=own, date_text=dates[i] if dates else mention.date_text,
                    listed_at=v if len(parts) > 1 else None,
                    organizer_start=mention.organizer_start if len(holders) == 1 and own == holder else _written_at(text, own, start, v, end),
                ))
    found += _sessions_that_elected(text, start, end, found)
    return found + _meetings_at_which(text, start, end, found)


MANY_BODIES = re.compile(r"(?:各|全[县市区省]各)(?!界)")
"""各村, 各乡镇工会, 全县各单位: each of the bodies of a kind (各界 is the people of every walk of life, who may meet as one)."""
_COUNTED_BODIES = re.compile(r"(?:目前|至今)?(?:已有|共有|先后有|陆续有)[\d一二三四五六七八九十百]+(?:多|余)?[个家](?!人)")
"""目前已有40个市县、50多家省直单位召开…: a tally of the bodies that each held one (not 30余家会员企业在X召开座谈会, who met
there, nor 八所镇, a place's name)."""
_LIST_ITEM = re.compile(rf"\s*{_LIST_NUMBER}")
"""1、成功举办…讲座; （二）举办…座谈会: an item of a numbered list of work done, as a report to a meeting sums it up."""
_JOINT_MEETING = "联席"
"""各民主党派联合召开 (the adverb before the verb), 各成员单位召开联席会议: the bodies meet as one."""


_AT_A_MEETING_HELD = re.compile(
    r"在(?P<when>[^，,。；;在]{0,12}?)(?:召开|举行|开幕)的(?P<name>[^，,。；;“”《》在的]{2,40}?)上[，,]"
)
"""在随后召开的X座谈会议上，…; 在1月1日开幕的X会议上，…: a meeting named by what happened at it."""


def _meetings_at_which(text: str, start: int, end: int, found: list[MeetingMention]) -> list[MeetingMention]:
    """Meetings a sentence tells of by what happened at them (在…召开的X会议上，Y作报告), where nothing in
    the sentence before studies them (传达学习…在X会议上的讲话 tells of another occasion)."""
    at_which = []
    for match in _AT_A_MEETING_HELD.finditer(text, start, end):
        name = match["name"]
        if meeting_noun_at_end(name) is None or any(m.meeting_name and name in m.meeting_name for m in found):
            continue
        if _studied_verb_before().search(text, start, match.start()):
            continue
        # 12月6日，在市总工会召开的全委会议上: the holder before 召开的, the date before 在 or after it.
        head = _parse_head(match["when"])
        when = head.date_text or _date_before_at(text, start, match.start())
        # Not 紧接着, nor a venue (在县委党校召开的…上: where it was held).
        venue = lexicons.ends_with_entry(head.body, "place_nouns") is not None
        holder = head.body if lexicons.ends_with_entry(head.body, "org_suffixes") and not venue else None
        at_which.append(
            MeetingMention(
                start=start, end=end, organizer=holder or organizer_from_name(name), organizer_stated=holder is not None,
                meeting_name=name, date_text=when, location=head.body if venue else None, subject=None,
            )
        )
    return at_which


@cache
def _studied_verb_before() -> re.Pattern[str]:
    return re.compile(lexicons.alternation(lexicons.keyed("role_verbs")["studied_before"]))


def _date_before_at(text: str, start: int, at: int) -> str | None:
    """The date that alone opens the sentence before 在…召开的X上 (12月6日，在…)."""
    date = find_date_text(text[start:at])
    return date.group() if date and not text[start:at][date.end():].strip("，, ") else None


_APPROACHING = re.compile(r"即将[^，,。；;]{0,12}?(?:之际|的(?:关键)?(?:节点|时刻|时候|阶段|前夕))")
"""在新春佳节即将到来之际，X召开; 正值改造即将完成收尾的关键节点，X组织开展…: the time is near something else, the
meeting is held."""
_AS_PLANNED = re.compile(r"(?:按|按照|依|依照|根据|如)(?:原定|原订|原计划)|(?:原定|原订|原计划)(?:计划|议程|安排|时间|目标)")
"""按原定计划召开, 如原定在…举行: held as first set, no meeting only set."""
def _told_as_to_come(text: str, window_start: int, verb_start: int, verb_end: int) -> bool:
    """Whether the words before a meeting verb say it is still to come (将于…召开, 拟召开). A future word in a clause of
    purpose, with a clause opening on a day after it, tells of the work the meeting serves (为推进即将启动的工程，近日，
    社区召开…); a future word elsewhere governs the days after it (拟于下周，5月20日上午，召开…)."""
    if not says_to_come(text[window_start:verb_end]):
        return False
    dated = list(_CLAUSE_OPENING_ON_A_DAY.finditer(text, window_start, verb_start))
    if not dated or says_to_come(text[dated[-1].start():verb_end]):
        return True
    last_word = max(text.rfind(w, window_start, dated[-1].start()) for w in lexicons.entries("future_markers"))
    clause_start = max([text.rfind(mark, window_start, last_word) for mark in _CLAUSE_MARKS] + [window_start - 1]) + 1
    return not text[clause_start:last_word].lstrip(" \u3000").startswith(_PURPOSE)


def says_to_come(words: str) -> bool:
    """Whether words before a meeting's verb or name tell it is still to come (将于, 拟在, 明日…)."""
    words = _AS_PLANNED.sub("", _APPROACHING.sub("", words))
    return lexicons.pattern("future_markers").search(words) is not None or _TOMORROW.search(words) is not None


_TOMORROW = re.compile(
    r"(?<![光文说表证声阐])明[日天](?:[（(][^）)]{1,10}[）)])?(?=将|率|赴|前往|上午|下午|晚上|召开|举行|举办|出席|参加|在|于)"
)
"""X明日(5日)率团出席…会议, 明天在…召开: a meeting the report looks ahead to, told by the deed or the day after 明日; not
明日之星, 职工的明天更美好, nor the 明 that ends a word (光明日报, 文明日, 说明日…)."""


_CLAUSE_OPENING_ON_A_DAY = re.compile(rf"(?<=[，,；;])\s*(?:{DATE_TEXT_RE.pattern})")
_CLAUSE_MARKS = "，,；;。"
_PURPOSE = "为"
_POSTPONED_TO = re.compile(r"(?:延后|延期|推迟|顺延|延|改|移|挪|提前|调整)(?:至|到)|改(?:在|于)")
_FIRST_SET = re.compile(
    r"(?:自|从)(?:原定|原订|原计划|原拟)[^，,。；;]*$"
    r"|(?:原定|原订|原计划|原拟)[^，,。；;“”「」]*?(?:召开|举行|举办|办理|开展)的|(?:原定|原订|原计划|原拟)[^，,。；;“”「」]*?的"
)
"""原定5月1日办理的, 原计划在会馆的礼堂举行的, 自原订的三月十五日(移至…): the day a meeting was first set for, before it
was moved, up to the 的 of its verb where one is written."""
_SESSION_THAT_ELECTED = re.compile(
    r"\s*(?:并)?(?:在|由)?(?:随后|会后|会议期间|期间|(?P<when>同日|当天|当日)|接着)?[，,]?(?:召开的|举行的)?"
    r"(?P<name>[^，,。；;、“”《》了对把将在由经于]{0,30}?(?:第[一二三四五六七八九十\d]{1,3}次|[一二三四五六七八九十\d]{1,2}届[一二三四五六七八九十\d]{1,2}次)"
    r"(?:全体)?(?:委员)?(?:会议|全会))[，,]?(?:上[，,][^。；;]{0,30}?(?:当选|选举|推选)|上?[，,]?(?:经选举|经|选举|推选|审议|表决))"
)
"""第一届工会委员会第一次会议，选举…; 支社三届一次委员会议选举…; 在第九届理事会第一次会议上，X当选…: a session
named by its number that elected someone met, though no verb says it was held (the new committee's first
session during a congress)."""
_TERM_COMMITTEE_THAT_ELECTED = re.compile(
    r"\s*(?:并)?在(?:随后|会后|会议期间|期间|(?P<when>同日|当天|当日)|接着)?(?:召开的|举行的)?"
    r"(?P<name>[^，,。；;、“”《》了对把将在由经于据按该]{0,12}?(?:第[一二三四五六七八九十\d]{1,3}届|新一届)[^，,。；;、“”《》了对把将在由经于]{0,8}?"
    r"(?:委员会|执委会|理事会|常委会|监事会|董事会)(?:全体)?(?:委员)?会议)上[，,][^。；;]{0,30}?(?:当选|选举|推选)"
)
"""在乡妇联第一届执委会会议上，选举…: the meeting of a committee named by its term, at which someone was elected, met (not
提请第十七届县人大常委会会议审议, 根据第三届理事会会议选举结果)."""


_NOT_IN_A_SESSION_NAME = ("审议", "通过", "同时", "关于", "召开")


def _sessions_that_elected(text: str, start: int, end: int, found: list[MeetingMention]) -> list[MeetingMention]:
    sessions = []
    for clause_start in [start] + [m.end() for m in CLAUSE_BREAK.finditer(text, start, end)]:
        match = _SESSION_THAT_ELECTED.match(text, clause_start, end) or _TERM_COMMITTEE_THAT_ELECTED.match(text, clause_start, end)
        if match is None or any(m.meeting_name and match["name"] in m.meeting_name for m in found):
            continue
        if any(word in match["name"] for word in _NOT_IN_A_SESSION_NAME):
            continue  # 会议审议通过市政协七届四次会议…: a session a decision is about, no session held
        if _proposed_before(text, start, clause_start):
            continue  # 主任会议建议，常委会第一次会议审议…: what a session to come is asked to do
        name = match["name"]
        sessions.append(
            MeetingMention(
                start=start, end=end, organizer=organizer_from_name(name), organizer_stated=False, meeting_name=name,
                date_text=match["when"] or _date_before(text, start, clause_start), location=None, subject=None,
            )
        )
    return sessions


_LIST_MARK = re.compile(r"、|和|及|以及")


def _holders_each(text: str, verb_start: int, organizer: str) -> list[str]:
    """The bodies of a list that each hold the meeting (A、B和C分别召开…); else ``[organizer]``."""
    if not text[:verb_start].rstrip("了 ").endswith("分别"):
        return [organizer]
    holders = [part for part in _LIST_MARK.split(organizer) if part]
    return holders if len(holders) >= 2 and all(names_a_body(h) for h in holders) else [organizer]


_RESPECTIVELY = re.compile("分别|先后|相继")
_RESPECTIVELY_AFTER = re.compile(r"[，,]分别")


def _clause_before_the_verb(text: str, start: int, clause_start: int) -> tuple[_Head, str | None, str | None]:
    """The clause before a meeting verb whose own clause names no holder, parsed: past clauses that tell how the
    meeting was held (X以…会议的形式，采取…的方式，举办Y), and past a place with a clause of its own (X9日晚间，在Y，举办Z),
    whose place and date are returned with it; past a clause of going somewhere (X代表团…，到访悉尼，与Y举办座谈会)."""
    previous_end = clause_start - 1
    previous_start = _clause_start(text, previous_end, start)
    while previous_start > start and _passed_over(text[previous_start:previous_end].strip(" \u3000")):
        previous_end = previous_start - 1
        previous_start = _clause_start(text, previous_end, start)
    previous = _parse_head(text[previous_start:previous_end])
    if not previous.body and previous.location and previous_start > start:
        before = _parse_head(text[_clause_start(text, previous_start - 1, start):previous_start - 1])
        return before, previous.location, previous.date_text
    return previous, None, None


def _passed_over(clause: str) -> bool:
    """A clause telling how a meeting was held, or where its holder went to hold it, or whom it visited on the way
    (X走访困难职工，慰问一线工人，并召开…): the holder is named before it."""
    return _MANNER.fullmatch(clause) is not None or _WENT_TO.match(clause) is not None or lexicons.pattern("visit_verbs").match(clause) is not None


_FOUNDER = re.compile(r"^([^，,。；;]{2,20}?)(?:成立|组建|新成立)了?(?=[^，,。；;]{2,})")
"""我县成立家政行业工会联合会，并举行…: the body that founded another holds the meeting after, not what it founded."""


def _holder_in(head: _Head) -> str | None:
    """The body a clause opens with (X纪委就…案件，; X党支部组织全体党员，; X总工会走访困难职工，), as a holder, or None."""
    subject = _SUBJECT_BEFORE_PREPOSITION.match(head.body) or _FOUNDER.match(head.body)
    holder = subject.group(1) if subject and _looks_like_organizer(subject.group(1)) else head.body
    if not (_looks_like_organizer(holder) and names_a_body(holder)):
        holder = _body_opening(head.body)
    return drop_abbreviation(holder) if holder and _looks_like_organizer(holder) and names_a_body(holder) else None


def _body_opening(clause: str) -> str | None:
    """The body a clause opens with, read chunk by chunk to its last organisation's ending, where words go on after it
    (桃溪镇总工会|走访困难职工): the subject of what the clause did; None where no such ending opens it."""
    if any(verb in clause for verb in HOLDING_VERBS):
        return None  # 县总工会召开党组会议，同时召开…: the clause holds a meeting of its own, read at its verb
    opening = 0
    while (chunk := _org_chunk_pattern().match(clause, opening)) is not None and chunk.end() < len(clause):
        if lexicons.pattern("post_titles").match(clause, chunk.end()) or lexicons.ends_with_entry(chunk.group(), "post_titles"):
            return None  # 县委书记王明深入社区…, 县委常委、宣传部部长…: a post names the person who did it, no body
        opening = chunk.end()
    if not opening or "、" in clause[:opening] or lexicons.ends_with_entry(clause[:opening], "org_suffixes") is None:
        return None
    return clause[:opening]


def _holder_of_part(holder: str | None, stated: bool, part: str | None, parts: list[str | None]) -> str | None:
    """Who holds one meeting of a list whose holder no clause states: the body its own name opens with
    (召开A工会委员会第一次会议、B委员会第一次会议 → A工会委员会, B委员会), else the one read for the list, unless
    that is a meeting of the list itself (党委会、董事会会议: 党委会 holds no 董事会会议)."""
    if stated or len(parts) < 2:
        return holder
    return organizer_from_name(part or "") or (holder if holder not in parts else None)


def _holder_and_meeting(part: str | None) -> tuple[str, str] | None:
    """(holder, meeting) of an item of a list that is a clause of its own (镇总工会召开委员会议), else None."""
    if not part:
        return None
    # 开幕仪式, 开班式: a ceremony the verb names, inside the meeting's own name (我院第七届艺术节开幕仪式).
    verb = next((v for v in _verb_pattern().finditer(part) if not _CEREMONY_OF_THE_VERB.match(part, v.end())), None)
    if verb is None or not names_a_body(part[:verb.start()]) or not meeting_noun_at_end(part[verb.end():]):
        return None
    return part[:verb.start()], part[verb.end():]


def _listed_meetings(name: str | None, respectively: bool = False) -> list[str | None]:
    """The names of a list of meetings (A会、B会和C会), each ending in a meeting noun; else ``[name]``."""
    if not name or "、" not in name and not respectively:
        return [name]  # A及B, A和B alone name one event as often as two (交接仪式及感恩餐会); 分别 says two
    parts = [part for part in _LIST_MARK.split(name) if part]
    if len(parts) < 2 or not all(meeting_noun_at_end(part) for part in parts):
        # 委员及联络员第一次会议、成员及联络员第一次会议: the 及 is inside a name, the 、 between two
        parts = [part for part in name.split("、") if part]
        if len(parts) < 2 or not all(meeting_noun_at_end(part) for part in parts):
            return [name]
    if JOINED in parts[0] and (meeting_noun_at_end(parts[0].rsplit(JOINED, 1)[1]) is None or all(_short_congress(part) for part in parts[1:])):
        # 成立大会暨首届理、监事就职典礼: the item 暨 joins is cut short, its head after the list; 工作会议暨职代会、工代会: bare
        # congresses listed on join the same meeting. Not 工作会议暨职代会、党风廉政建设工作会议, a meeting of its own.
        return [name]
    if _JOINT_MEETING in parts[-1]:
        return [name]  # 理事会和监事会联席会议: the bodies listed meet together, one meeting
    held_for = _HELD_FOR_A_MEETING.search(parts[-1])
    if held_for and meeting_noun_at_end(parts[-1][:held_for.start()]):
        return [name]  # 教职工代表大会、工会会员代表大会预备会: one meeting held for the congresses listed
    return parts


_SHORT_CONGRESS = re.compile(rf"[^\W\d_{_CN_NUMERALS}]{{1,4}}")
"""工代会, 职代会: a congress by its short name, with no term, session or year of its own."""


def _short_congress(part: str) -> bool:
    return _SHORT_CONGRESS.fullmatch(part) is not None


_HELD_FOR_A_MEETING = re.compile(r"(?:预备|筹备)会议?$|主席团(?:第[一二三四五六七八九十\d]+次)?会议$")
"""A meeting held to prepare or run another (…代表大会预备会, …大会主席团会议)."""


def _respective_dates(head: str, count: int) -> list[str] | None:
    """The dates written before the verb, one for each of ``count`` meetings held 分别 on them; else None."""
    # 分别于1月20日下午和1月21日上午: two days joined by 和, a date of their own each.
    dates = [day for date in DATE_TEXT_RE.finditer(head) for day in date.group().split("和")]
    if len(dates) == 1 and count > 1:
        # 12月6日、7日分别召开: a list of days, one for each; 12月6日上午和下午: a part of the day after it.
        days = dates[0].split("、")
        parts_after = _DAY_PARTS_AFTER.match(head, head.find(dates[0]) + len(dates[0]))
        if len(days) == count and all(day.endswith("日") for day in days):
            dates = days
        elif parts_after is not None:
            dates = dates + parts_after.group(1).split("和")[1:]
    return dates if count > 1 and len(dates) == count else None


_DAY_PARTS_AFTER = re.compile(rf"((?:和(?:{'|'.join(DAY_PARTS)}))+)")


def held_by(text: str, start: int, end: int, organizer: str) -> tuple[str | None, str | None] | None:
    """(date, place) of a sentence saying ``organizer`` held something (X在…召开…), read from the clause
    before its first meeting verb; None when the sentence says no such thing."""
    verb = _verb_pattern().search(text, start, end)
    if verb is None:
        return None
    clause_start = _clause_start(text, verb.start(), start)
    head = _parse_head(text[clause_start:verb.start()])
    date = head.date_text or _date_before(text, start, clause_start)
    if not head.body.startswith(organizer) or not date:
        return None
    return date, head.location


def study_session_mention(text: str, start: int, end: int) -> MeetingMention | None:
    """A dated 组织…学习 / 在…传达 sentence: a gathering that no noun phrase names (meeting_name None), dated by the last
    date the study follows (为贯彻3月1日…精神，3月3日，…传达学习; 3月3日，…传达3月1日…会议精神: the later date is what was
    studied, and the session comes from the one before it)."""
    quote_end = dict(_quote_ranges(text, start, end))
    for date in reversed(list(DATE_TEXT_RE.finditer(text[start:end]))):
        if (session := _study_session_after(text, start, end, date, quote_end)) is not None:
            return session
    return None


def _study_session_after(text: str, start: int, end: int, date: re.Match[str], quote_end: dict[int, int]) -> MeetingMention | None:
    cursor = start + date.end()
    previous_clause = ""
    while cursor < end:
        while cursor < end and CLAUSE_BREAK.match(text, cursor):
            cursor += 1
        clause_end = _clause_end(text, cursor, end, quote_end)
        clause = text[cursor:clause_end]
        verb = _STUDY_VERBS.search(clause)
        if verb:
            head = clause[: verb.start()]
            organizer, location, name = None, None, None
            if "组织" in head:
                organizer = head[: head.index("组织")]
                if (at := _preposition_at(organizer, "在")) > 0:
                    organizer, location = organizer[:at], organizer[at + 1:]  # X在Y组织学习: X holds it at Y
            elif (carried := _CARRIED_OUT.fullmatch(head)) and "组织" in previous_clause:
                # X组织全体干部，开展了集中学习活动: who studies is the clause before, who held it its subject.
                organizer = previous_clause[: previous_clause.index("组织")]
                name = clause[carried.end("verb"):] if meeting_noun_at_end(clause) else None
            elif "在" in head:
                organizer, place = head.split("在", 1)
                location = place if lexicons.ends_with_entry(place, "place_nouns") else None
                if location is None and verb.group() == _PASSING_ON and (location := _place_before_the_audience(place)) is not None:
                    # 县医院院长王明在报告厅为全院职工传达…: a leader passing the spirit on to an audience gathers it for
                    # the body of the post (not 在党校学习, a course he takes, nor 在社区向老党员学习, learning from them).
                    organizer = _body_of_the_leader(organizer) if _ends_in_a_titled_person(organizer) else organizer
                if location is None:
                    organizer = None
            elif names_a_body(body := _strip_adverbs(head)):
                organizer = body  # 学校工会认真传达学习了…精神: the body that studies holds the session
            if organizer and 2 <= len(organizer) <= 15 and (
                organizer.startswith("我")
                or lexicons.ends_with_entry(organizer, "org_suffixes")
                or lexicons.ends_with_entry(organizer, "place_suffixes")
            ):
                return MeetingMention(
                    start=start, end=end, organizer=organizer, organizer_stated=True, meeting_name=name,
                    organizer_start=_written_at(text, organizer, start, cursor + verb.start(), end),
                    date_text=date.group(), location=location, subject=clause[verb.end():] or None,
                )
        previous_clause = clause
        cursor = clause_end
    return None


_TO_THE_AUDIENCE = re.compile("[为向给]")


def _place_before_the_audience(words: str) -> str | None:
    """The place of 在Y为Z传达, which goes on to whom it was passed on (在医院报告厅|为全院职工); None when the words
    before the audience name no place."""
    audience = _TO_THE_AUDIENCE.search(words, 2)
    if audience is not None and lexicons.ends_with_entry(words[:audience.start()], "place_nouns"):
        return words[:audience.start()]
    return None


_ATTENDED = re.compile(r"(?:出席|参加|莅临|列席)(?:了)?")
_INVITED_TO_ATTEND = re.compile(r"(?<![应特])邀请[^，,。；;了]{0,20}$")
"""邀请街总领导|出席…就职典礼: those invited are asked to attend, the meeting still to come (not 应邀出席, 特邀X出席, nor
邀请X出席了…, which they did)."""
_TALK_GIVEN = re.compile("(?:交流|座谈|研讨)$")
_VISITED = re.compile("参观|考察|调研|走访")


def _talk_given_on_a_day(kind: str, text: str, start: int, verb_start: int) -> bool:
    """3月26日下午，X开展了党建结对交流活动: an activity of exchanges between those present, on a day the sentence writes,
    is a gathering; undated it is a programme, and a visit's exchanges (参观学习交流活动) are none. Talks given to others
    (宣讲活动) are a programme whatever the day: the meetings held within it are the report's."""
    return bool(_TALK_GIVEN.search(kind)) and not _VISITED.search(kind) and DATE_TEXT_RE.search(text, start, verb_start) is not None
_ORDINAL_SESSION = re.compile(r"第[一二三四五六七八九十百\d]+(?:届|次|期)")
_GATHERING_NOUN = re.compile(r"(?:会|会议|讲座)$")
_CLASS = re.compile("班$")
_ONGOING = re.compile("全年|常态化|持续|长期|各类")
"""全年开展培训班, 常态化开展职工夜校培训班: training as a body's ongoing work, not one held on the day written."""


def _held_on_the_day_written(text: str, start: int, verb_start: int, verb_end: int) -> bool:
    """Whether the sentence dates what its verb carries out, as one sitting rather than a habit or ongoing work (5月8日
    开展了财务知识专题培训; not 每季度开展…, 全年开展培训班)."""
    return (
        DATE_TEXT_RE.search(text, start, verb_start) is not None
        and not _REPEATEDLY.search(text, start, verb_end)
        and not _ONGOING.search(text, start, verb_start)
    )


def _held_when_carried_out(name: str) -> bool:
    """Whether 开展/进行 holds what it carries out as a meeting: an ordinal session (进行第七届第一次会员代表大会)
    or a gathering (组织开展…宣讲会, 开展专题讲座), not a programme or an activity (开展帮扶活动)."""
    noun = meeting_noun_at_end(name)
    return noun is not None and (_ORDINAL_SESSION.match(name) is not None or _GATHERING_NOUN.search(noun) is not None)


_AT_THE_TIME = re.compile("(?:时|期间)$")
_SAID_THEN = re.compile(r"[，,][\s\u3000]*(?:如是|这样|并)?(?:表示|说|指出|强调|称)")
"""他出席X联欢宴会时，如是表示: the time of attending, after the meeting's name, when what was said there follows."""


def attended_meeting_mention(text: str, start: int, end: int) -> MeetingMention | None:
    """A meeting named only as what someone attended (市长X二十七日出席「Y市总工会第六届第二次会员代表大会」):
    a name that ends in a meeting noun and says whose or which one it is (a body at its head, or its
    session number); not 出席会议 or 参加活动, which name no meeting of their own."""
    quotes = _quote_ranges(text, start, end)
    quote_end = dict(quotes)
    for verb in _ATTENDED.finditer(text, start, end):
        if _inside(quotes, verb.start()):
            continue
        if _INSTRUCTED.search(text, _clause_start(text, verb.start(), start), verb.start()):
            continue  # 我们应该召集…参加社区议事会议: what someone should attend, none attended
        if _INVITED_TO_ATTEND.search(text, _clause_start(text, verb.start(), start), verb.start()) and not text.startswith("了", verb.end()):
            continue  # 邀请街总领导出席该会于五月十四日举行的就职典礼: what those invited are asked to attend, still to come
        if _told_as_to_come(text, max(start, verb.start() - MAX_CLAUSE_CHARS), verb.start(), verb.end()):
            continue  # 市长X明日率团赴京，出席Y联席会议: a meeting to be attended
        name_end = _clause_end(text, verb.end(), end, quote_end)
        attended = text[verb.end():name_end]
        if _AT_THE_TIME.search(attended) and not _SAID_THEN.match(text, name_end):
            continue  # 他3月出席X年会时，深受启发: a meeting recalled, not the one the report tells of
        name = _trim_name(_AT_THE_TIME.sub("", attended).strip("「」“”『』《》\"'"))
        if not name or len(name) < MIN_ATTENDED_NAME_CHARS:
            continue
        hosted = _hosted_by(name)
        if hosted is not None and meeting_noun_at_end(held := name[hosted.end():]):
            # 参加国家矿山安全监察局召开的专题会议, 参加了由A、B联合召开的座谈会: the bodies before 召开的 hold it, the name
            # follows.
            holder = drop_abbreviation(hosted.group(2))
            return MeetingMention(
                start=start, end=end, organizer=holder, organizer_stated=True, meeting_name=held,
                organizer_start=_written_at(text, holder, start, name_end, end),
                date_text=_date_before(text, start, verb.start()), location=None, subject=None,
            )
        organizer = organizer_from_name(name)
        if organizer is None and not _ORDINAL_SESSION.search(name):
            continue
        return MeetingMention(
            start=start, end=end, organizer=organizer, organizer_stated=False, meeting_name=name,
            organizer_start=_written_at(text, organizer, start, name_end, end),
            date_text=_date_before(text, start, verb.start()), location=None, subject=None,
        )
    return None


def named_then_attended_mention(text: str, start: int, end: int) -> MeetingMention | None:
    """A meeting a sentence opens with by name alone, and whom it goes on to tell came to it
    (X总会成立18周年暨第二届理监事就职典礼，Y主任偕同秘书Z受邀出席): held, by the body its name opens with."""
    opening = _OPENING_NAME.match(text, start, end)
    if opening is None or not _ATTENDED_LATER.search(text, opening.end(), end):
        return None
    name = _trim_name(opening.group("name"))
    organizer = organizer_from_name(name) if name else None
    if not name or organizer is None or not meeting_noun_at_end(name) or len(name) < MIN_ATTENDED_NAME_CHARS:
        return None
    if any(verb in name for verb in HOLDING_VERBS):
        return None  # X将于3月18日召开会员代表大会，选出…及出席Y的代表: a sentence, whose verb the other readings weigh
    return MeetingMention(
        start=start, end=end, organizer=organizer, organizer_stated=False, meeting_name=name,
        organizer_start=_written_at(text, organizer, start, opening.end(), end),
        date_text=None, location=None, subject=None,
    )


_ONE_CLAUSE_SENTENCE = re.compile(r"[^，,；;：:“”「」《》]+")
MIN_DATED_NAME_CHARS = 4
_DAY_OF_THE_REPORT = re.compile("[日号]")
_CAPTION_OPENING = re.compile("(?:[上下左右]?图|图片)[为中:：]")
"""图为…, 上图：…: a photo's caption, telling of what the photo shows (图为1998年5月6日X成立大会)."""
MAX_PLACE_BEFORE_A_DATED_NAME = 10


def dated_name_mention(text: str, start: int, end: int) -> MeetingMention | None:
    """A sentence that is a date and a meeting's name and nothing more, perhaps after the body or place it belongs to
    (X里28日社区发展协会成立大会。): the meeting held that day, told as a headline tells it, with no verb."""
    sentence = text[start:end].strip(" \u3000\n").rstrip("。！!")
    if not _ONE_CLAUSE_SENTENCE.fullmatch(sentence) or any(w in sentence for w in lexicons.entries("future_markers")):
        return None
    date = find_date_text(sentence)
    if date is None or not _DAY_OF_THE_REPORT.search(date.group()) or "年" in date.group():
        return None  # 去年12月X换届大会, 1998年5月6日X成立大会: a past year's meeting, no day of this report
    name, before = sentence[date.end():].strip(), sentence[:date.start()].strip()
    if _CAPTION_OPENING.match(before):
        return None
    if len(name) < MIN_DATED_NAME_CHARS or not meeting_noun_at_end(name) or len(before) > MAX_PLACE_BEFORE_A_DATED_NAME:
        return None
    organizer = organizer_from_name(name) or (before if names_a_body(before) else None)
    return MeetingMention(
        start=start, end=end, organizer=organizer, organizer_stated=False, meeting_name=name,
        organizer_start=_written_at(text, organizer, start, end, end),
        date_text=date.group(), location=None, subject=None,
    )


def spoken_at_mention(text: str, start: int, end: int) -> MeetingMention | None:
    """A meeting named only where someone speaks at it (X在全市工会工作会议上强调, X在该会新春团拜时称): the report
    tells of it through the words said there. Its holder is the body its name opens with, else the one before it
    (该会 of X在该会新春团拜时称)."""
    spoken = _SPOKEN_AT.search(text, start, end)
    if spoken is None:
        return None
    name = _trim_name(spoken.group("name") or spoken.group("source") or spoken.group("addressed"))
    date_text = _date_before(text, start, spoken.start())
    if name and (held := _HELD_ON.match(name)) is not None:
        when = find_date_text(held.group("when"))
        date_text, name = when.group() if when else date_text, name[held.end():]  # 从1月20日召开的X会议上获悉
    if not name or not meeting_noun_at_end(name) or len(name) < MIN_SPOKEN_AT_NAME_CHARS or name.startswith(_PAST_YEARS):
        return None  # …在去年的会员大会上宣布参选时说: a meeting of a year gone by
    organizer = organizer_from_name(name) or spoken.group("holder")
    return MeetingMention(
        start=start, end=end, organizer=organizer, organizer_stated=False, meeting_name=name,
        organizer_start=_written_at(text, organizer, start, spoken.end(), end),
        date_text=date_text, location=None, subject=None,
    )


_HELD_ON = re.compile(r"(?P<when>[^，,。；;的]{0,12}?)(?:召开|举行|举办)的")
_SPOKEN_AT = re.compile(
    r"在(?P<holder>该会|本会|我会)?(?P<name>[^，,。；;！？\s在]{2,40}?)(?:上|时|期间)[，,]?"
    rf"(?:的讲话中|[^，,。；;！？\s]{{0,12}}?时)?(?:发表讲话|讲话|致辞|致词|{SAYING_VERBS}|称|说)"
    r"|从(?P<source>[^，,。；;！？\s从]{2,40}?)上(?:获悉|了解到|得知)"
    r"|为(?P<addressed>[^，,。；;！？\s为]{4,80}?)(?:致开幕词|致闭幕词|致欢迎词|致辞|致词|主持[^，,。；;！？\s]{0,4}?仪式)"
)
"""X在Y上强调, X在Y上，宣布这一消息时说; 记者从Y上获悉 (what the report learned at it); X昨晚为Y联欢晚宴致开幕词,
X受邀为Y就职典礼主持监誓仪式 (the words or the rite X gave it)."""
MIN_SPOKEN_AT_NAME_CHARS = 4
"""A meeting spoken at is named with at least this many characters (新春团拜, 工作会议); 会上 names none."""


_OPENING_NAME = re.compile(r"[\s\u3000]*(?P<name>[^，,。；;！？\s]{6,60})[，,]")
_ATTENDED_LATER = re.compile(r"出席|莅临|亲临|到场|到贺|亲来")


MIN_ATTENDED_NAME_CHARS = 6
"""An attended meeting's name is at least this long: shorter ones (工作会议) name no meeting in particular."""


def _names_overlap(a: MeetingMention, b: MeetingMention) -> bool:
    """Whether one name holds the other, or the two are joined on the same meeting. Where one holder is the other
    without its place, the names compare without them (澳门X会会员大会昨日举行, then X会…举行本年度会员大会平常会议)."""
    if not (a.meeting_name and b.meeting_name):
        return False
    names = (a.meeting_name, b.meeting_name)
    shorter_holder, longer_holder = sorted((a.organizer or "", b.organizer or ""), key=len)
    if shorter_holder and longer_holder.endswith(shorter_holder):
        names = (name_without_holder(a), name_without_holder(b))  # not 县委 and 县委宣传部: a body and its unit
    shorter, longer = sorted((counts_in_digits(spelled_out(name, "meeting_short_forms")) for name in names), key=len)
    if shorter in longer:
        return not _meeting_of_its_own(longer[longer.index(shorter) + len(shorter):])
    return _joined_on(a.meeting_name, b.meeting_name)


def spelled_out(name: str, lexicon: str) -> str:
    """``name`` with the short forms a "full: short" lexicon lists spelled out, each where it is not already part of its
    full form (市妇联 → 市妇女联合会, 第一届第二次教代会 → 第一届第二次教职工代表大会; 县人民法院 stays)."""
    for short, full in _short_forms(lexicon):
        if short in name and full not in name:
            name = name.replace(short, full)
    return name


@cache
def _short_forms(lexicon: str) -> tuple[tuple[str, str], ...]:
    """(short, full), the longest short form first, so that where one holds another the longer is read."""
    return tuple(sorted(lexicons.keyed_lookup(lexicon).items(), key=lambda pair: -len(pair[0])))


def holder_named_in_full(name: str) -> str | None:
    """The body at the head of a meeting's name, where it is written in full and tells of no deed (青石石油工会 of
    青石石油工会114年表扬大会; not 热烈祝贺青石商会…, nor 一场别开生面的青石商会…)."""
    body = organizer_from_name(name)
    return body if body and _named_in_full(body) and "的" not in body and not _has_predicate(body) else None


def name_without_holder(mention: MeetingMention) -> str:
    """A meeting's name without the holder written at its head (台中市同乡会|第十五届第一次会员大会), where more follows it."""
    name, organizer = mention.meeting_name or "", mention.organizer or ""
    return name[len(organizer):] if organizer and name.startswith(organizer) and len(name) > len(organizer) else name


def _joined_on(earlier: str, later: str) -> bool:
    """X纪念大会暨Y启动仪式, then 同时举行了Y启动仪式暨Z授牌仪式: the later name opens with the meeting the earlier one
    closes with, joining a third to the same gathering; not two names that each join a 表彰大会 of their own."""
    if JOINED not in earlier or JOINED not in later:
        return False
    last, first = earlier.rsplit(JOINED, 1)[1], later.split(JOINED, 1)[0]
    return last == first and meeting_noun_at_end(last) is not None


_SUB_MEETING = re.compile(r"(?:预备|主席团|[^，,。；;]{0,8}委员会)[^，,。；;]{0,12}(?:会议|会)$")


def _meeting_of_its_own(rest: str) -> bool:
    """X代表大会 + 预备会议, 主席团第一次会议, 代表资格审查委员会全体会议: a meeting held for the congress
    named before it, not the congress again; X代表大会 + 第一次会议 is the congress's own session."""
    return _SUB_MEETING.match(rest) is not None


def filled_from(a: MeetingMention, b: MeetingMention) -> MeetingMention:
    """``a`` with the fields it lacks filled from ``b``; a stated organiser beats one read from a name."""
    organizer, stated, organizer_start = a.organizer, a.organizer_stated, a.organizer_start
    if b.organizer and (organizer is None or (b.organizer_stated and not stated)):
        organizer, stated, organizer_start = b.organizer, b.organizer_stated, b.organizer_start
    name = a.meeting_name
    if name is None or (name in GENERIC_MEETING_NAMES and b.meeting_name and not b.led_by_a_person):
        name = b.meeting_name or name
    return replace(
        a,
        organizer=organizer,
        organizer_stated=stated,
        organizer_start=organizer_start,
        meeting_name=name,
        date_text=_fuller_date(a.date_text, b.date_text),
        location=a.location or b.location,
        subject=a.subject or b.subject,
        led_by_a_person=a.led_by_a_person and b.led_by_a_person,
    )


_DAY_WRITTEN = re.compile(r"\d{1,2}日|[一二三四五六七八九十廿卅]日")


_NEXT_DAY = re.compile("次日|翌日|第二天|隔天")
"""次日，活动在…举行: a day written only as the one after the day told before."""


def held_on_other_days(a: MeetingMention, b: MeetingMention) -> bool:
    """Whether two mentions write different days (1月29日 … 1月28日): two meetings, whatever their names."""
    if _NEXT_DAY.match(b.date_text or ""):
        return True  # 6月3日…座谈会。次日，活动在…举行: the day after is another day
    first, second = (_DAY_WRITTEN.search(m.date_text or "") for m in (a, b))
    if first is None or second is None or first.group() == second.group():
        return False
    return not (_within_the_span(a.date_text or "", b.date_text or "") or _within_the_span(b.date_text or "", a.date_text or ""))


_DAY_SPAN = re.compile(r"(?:(\d{1,2})月)?(\d{1,2})日?[至到~～\-－—](\d{1,2})日")
_MONTH_DAY = re.compile(r"(?:(\d{1,2})月)?(\d{1,2})日")


def _within_the_span(spanned: str, other: str) -> bool:
    """Whether the day of ``other`` (22日, 10月22日) falls within the span of days ``spanned`` writes (10月21日至23日), in
    its month: the same meeting's days."""
    span, day = _DAY_SPAN.search(spanned), _MONTH_DAY.search(other)
    if span is None or day is None or day[1] and span[1] and day[1] != span[1]:
        return False
    return int(span[2]) <= int(day[2]) <= int(span[3])


def _held_by_other_bodies(a: MeetingMention, b: MeetingMention) -> bool:
    """Whether two mentions of a meeting of one name are held by two bodies: in one sentence, any two holders
    (A和B分别召开第一次会议); across sentences, two holders neither of which abbreviates the other (市总工会 and
    县总工会; not 青山县总工会 told again as 县总工会, nor 中华全国总工会 as 全总)."""
    if not (a.organizer_stated and b.organizer_stated and a.organizer and b.organizer) or a.organizer == b.organizer:
        return False
    if a.start == b.start:
        return True
    shorter, longer = sorted((a.organizer, b.organizer), key=len)
    named_bodies = all(
        lexicons.ends_with_entry(name, "org_suffixes") and not lexicons.starts_with_entry(name, "body_determiners")
        for name in (shorter, longer)
    )  # 该街道…党支部 may be a body told before under its name
    return named_bodies and not _abbreviates(shorter, longer)


def _abbreviates(short: str, full: str) -> bool:
    """Whether ``short`` keeps characters of ``full`` in their order (县总工会 of 青山县总工会, 全总 of 中华全国总工会)."""
    remaining = iter(full)
    return all(char in remaining for char in short)


def _fuller_date(first: str | None, later: str | None) -> str | None:
    """The first mention's date, or the later one's where it writes the same date more fully (昨天 → 昨天(9日))."""
    if first is None or later is not None and len(later) > len(first) and later.startswith(first):
        return later
    return first


def listed_together(a: MeetingMention, b: MeetingMention) -> bool:
    """Whether one verb lists both (召开了常务理事会议、理事会议): two meetings, whatever their names share."""
    return a.listed_at is not None and a.listed_at == b.listed_at


def merge_mentions(mentions: list[MeetingMention]) -> list[MeetingMention]:
    """One entry per distinct meeting, in text order; later mentions of a meeting fill its gaps.

    A mention without a name of its own (主持会议, 召开会议) belongs to the meeting before it;
    a named one joins an earlier meeting whose name holds it or is held by it.
    """
    meetings: list[MeetingMention] = []
    for mention in mentions:
        unnamed = (
            mention.led_by_a_person
            or mention.meeting_name is None
            or mention.meeting_name in GENERIC_MEETING_NAMES
            or _NAMED_AGAIN.match(mention.meeting_name) is not None
        )
        if meetings and unnamed and not held_on_other_days(meetings[-1], mention):
            meetings[-1] = filled_from(meetings[-1], mention)
            continue
        target = next(
            (i for i in range(len(meetings) - 1, max(-1, len(meetings) - 1 - MERGE_LOOKBACK), -1)
             if (_names_overlap(meetings[i], mention) or meetings[i].meeting_name in GENERIC_MEETING_NAMES)
             and not held_on_other_days(meetings[i], mention) and not _held_by_other_bodies(meetings[i], mention)
             and not listed_together(meetings[i], mention)),
            None,
        )
        if target is None:
            meetings.append(mention)
        else:
            meetings[target] = filled_from(meetings[target], mention)
    return meetings


_CLAUSE_WORD_TAGS = frozenset({"v", "vd", "d", "ad", "p", "c"})
"""Parts of speech that end a body's name: what follows it is the rest of the clause (柳溪镇|组织…)."""


_BODY_NOUN_TAGS = frozenset({"n", "nz", "ORG"})
"""Words that may end a body's name (平舆县工会|系统, 城建|集团)."""


def organizer_in_words(organizer: str, start: int, text: str, tokens: tuple[Token, ...]) -> str | None:
    """The organiser cut where the clause goes on past the body's name: the lexical model reads a verb,
    adverb or preposition right after a place, an organisation or a word ending in a body's suffix
    (区政府|继续, 柳溪镇|组织24个行政村, 县政协|民主评议柳溪镇); not where the rest ends as a body's name
    does (东江工会|联合总会, 青石市|庆祝…领导小组办公室). An organiser whose ending the rules read inside a
    noun of the text runs to the end of that noun (平舆县工会系|统 → 平舆县工会系统). None where the model
    reads no body at all, only an adverb or a verb (如期). ``start`` is where the organiser stands in
    ``text``."""
    end = start + len(organizer)
    overlapping = tokens_overlapping(tokens, start, end)
    words = [t for t in overlapping if start <= t.start and t.end <= end]
    if words and all(word.tag in _CLAUSE_WORD_TAGS for word in words):
        return None
    straddling = next((t for t in overlapping if start < t.start < end < t.end and t.tag in _BODY_NOUN_TAGS), None)
    # Not over a preposition the head was cut at (广东办事处在|中山: the model runs the body on into 在).
    opens_a_place = text[end:end + 1] in _place_prepositions()
    # Nor over the body's people (中心|组成|员: its members, who meet as it).
    opens_its_people = straddling is not None and lexicons.starts_with_entry(text[end:straddling.end], "group_heads") is not None
    if straddling is not None and not opens_a_place and not opens_its_people and names_a_body(organizer[: straddling.start - start]):
        return organizer + text[end:straddling.end]  # 平舆县工会系|统: the body's name runs to the end of the noun
    for before, word in itertools.pairwise(words):
        if word.tag not in _CLAUSE_WORD_TAGS:
            continue
        name = organizer[: word.start - start]
        ends_a_body = before.entity in ("organization", "place") or names_a_body(name)
        # What follows the verb ends in a body's name (…联合市妇联), or the verb is read inside the
        # body's own ending (板营坊|会 of 坊会): the whole is the holder.
        if ends_a_body and len(name) >= 2 and not lexicons.ends_with_entry(organizer, "org_suffixes"):
            return name
    return organizer


MAX_BARE_PLACE_CHARS = 5
"""A bare place name (北湾) completed with its suffix is at most this long; a longer organiser is a phrase."""


def complete_organizer(organizer: str | None, text: str, section_heading: str | None) -> str | None:
    """The organiser in the most complete form the report writes for the same body.

    A section heading that is a place completes a name that starts with the end of that
    place (青山市 + 市总工会, 北湾高新区 + 高新区工会), and one that names a body completes a unit of it written from the
    body's ending (市第一人民医院 + 院工会); a bare place-like organiser (北湾) is
    completed with the administrative suffix the text writes after it elsewhere (北湾经济区).
    """
    if not organizer:
        return organizer
    if section_heading and not organizer.startswith(section_heading):
        for overlap in range(min(len(section_heading), len(organizer) - 1), 0, -1):
            shared = organizer[:overlap]
            # 市第一人民医院 + 院工会: a heading naming a body completes a unit of it written from the body's ending, where
            # a body's ending follows (not 院|士专家工作站, 系|统工程研究所: the ending opens a word).
            unit_of_the_body = (
                names_a_body(section_heading)
                and lexicons.ends_with_entry(shared, "org_suffixes")
                and organizer[overlap:] in lexicons.entry_set("org_suffixes")
            )
            ending_shared = lexicons.ends_with_entry(shared, "place_suffixes") or unit_of_the_body
            if section_heading.endswith(shared) and ending_shared:
                return section_heading + organizer[overlap:]
    if (registered := re.search(f"(?:{_LEGAL_FORMS}){re.escape(organizer)}", text)) is not None:
        return registered.group()  # 财团法人彰化县金门同乡会理事长X: the body as registered, its legal form before its name
    if names_a_body(organizer) or len(organizer) > MAX_BARE_PLACE_CHARS or opens_with_a_level(organizer):
        return organizer
    suffixes = lexicons.alternation(lexicons.entries("place_suffixes"))
    # The completion is one name (北湾|经济区, 北湾|高新|区): a preposition or a conjunction after the place opens what
    # the clause goes on to (新市街|在街道会议室召开: the 街道 there is another word).
    between = _place_prepositions() + _NOT_INSIDE_A_PLACE_NAME
    m = re.search(rf"{re.escape(organizer)}[^\W\d_{between}]{{0,3}}?(?:{suffixes})", text)
    return m.group() if m else organizer


_LEGAL_FORMS = "财团法人|社团法人"
"""Taiwan's legal forms of a foundation and an association, written before a body's name as part of it."""
_NOT_INSIDE_A_PLACE_NAME = "和与及的"
MIN_SHORT_NAME_CHARS = 3
MAX_CHARS_LEFT_OUT = 2
"""A short name leaves out at most this many characters at a time (中国足(球)协(会), 中国作(家)协(会))."""


def written_in_full(organizer: str | None, text: str) -> str | None:
    """The one full name the report writes for a body it says held the meeting by a short name (中国足协 → 中国足球
    协会, 中国作协 → 中国作家协会): a body's name with the same first character holding every character of the short
    one in order, a few left out between, and ending in another body's ending that the short name's last character
    opens, as a short name keeps the first character of each word (协 of 协会; not 松原市委 → 松原市关工委); not a longer
    body that holds the short name whole (市总工会委员会), which the placing rules read. None where the report writes
    none, or several."""
    if not organizer or len(organizer) < MIN_SHORT_NAME_CHARS or not _is_cjk_word(organizer):
        return None
    own_ending = lexicons.ends_with_entry(organizer, "org_suffixes")
    left_out = rf"[^\W\d_{_NOT_INSIDE_A_PLACE_NAME}]{{0,{MAX_CHARS_LEFT_OUT}}}"
    spelled = re.escape(organizer[0]) + "".join(f"{left_out}?{re.escape(ch)}" for ch in organizer[1:]) + left_out
    names = set()
    for m in re.finditer(spelled, text):
        full = m.group()
        while full and (ending := lexicons.ends_with_entry(full, "org_suffixes")) is None:
            full = full[:-1]
        if len(full) > len(organizer) and organizer not in full and ending is not None and ending != own_ending and ending.startswith(organizer[-1]) and _holds_a_meeting_at(text, m.start() + len(full), full):
            names.add(full)
    return names.pop() if len(names) == 1 else None


def _holds_a_meeting_at(text: str, end: int, body: str) -> bool:
    """Whether the body written before ``end`` holds something there (中国足球协会召开…, 中国足球协会第十二届会员代表大会…),
    not a guest's body (市侨商联合会会长王明应邀出席)."""
    clause = CLAUSE_BREAK.search(text, end)
    rest = text[end:clause.start() if clause else len(text)]
    return _verb_pattern().search(rest) is not None and not lexicons.pattern("post_titles").match(rest)


def _is_cjk_word(s: str) -> bool:
    return all("\u4e00" <= ch <= "\u9fff" for ch in s)


@cache
def _place_prepositions() -> str:
    """The characters that open where a meeting was held (在, 假, 于, 於)."""
    return "".join(lexicons.entries("location_prepositions")) + "于於"


def opens_with_a_level(organizer: str) -> bool:
    """市律协, 县残联: a body's short name opening with the level it serves (市, 县, 区), no bare place."""
    return lexicons.starts_with_entry(organizer, "place_suffixes") is not None and len(organizer) > 1


MAX_PLACE_BEFORE_A_BODY_CHARS = 6
"""The place the report writes before a body it names elsewhere without it is at most this long: a county (青山县), a
city (乌兰察布市) or a city and its district (常州市金坛区)."""


def may_be_placed(organizer: str | None) -> bool:
    """Whether a body's name may be the short form of one the report writes with a place before it
    (县总工会 of 青山县总工会, 劳工大联盟 of 台湾劳工大联盟): a body's name, neither a list nor a pronoun."""
    if not organizer:
        return False
    return (
        "、" not in organizer
        and organizer[0] not in _pronoun_characters()
        and names_a_body(organizer)
    )



def is_pronoun_body(organizer: str) -> bool:
    """我院, 该镇: a body written with the pronoun of the one the report tells of."""
    return organizer[:1] in SELF_REFERENCES


MAX_POINTED_HEAD_CHARS = 2
"""The body's kind after the pronoun (院, 街道) is at most this long."""


def pointed_body(organizer: str | None) -> tuple[str, str] | None:
    """An organiser that is a pronoun body the report may name elsewhere, or a unit of one, split into
    the two: 我院 → (我院, ''), 我校工会委员会 → (我校, 工会委员会), 我街道党工委 → (我街道, 党工委); an institution
    written by its kind alone (医院 → (医院, '')) stands for one the same way."""
    if organizer in lexicons.entry_set("institution_kinds"):
        return organizer, ""  # 医院于5月9日举办: the institution the report tells of, as 我院 is
    if organizer and (kind := lexicons.starts_with_entry(organizer, "institution_kinds")):
        unit = organizer[len(kind):]
        if _a_unit(unit) and not lexicons.starts_with_entry(unit, "institution_kinds"):
            # 学校团委 召开…, as 我校团委: the unit of the school the report tells of (not 医院集团, a body of its own kind)
            return kind, unit
    if not organizer or not is_pronoun_body(organizer):
        return None
    if 1 <= len(organizer) - 1 <= MAX_POINTED_HEAD_CHARS:
        return organizer, ""
    for kind_chars in range(1, MAX_POINTED_HEAD_CHARS + 1):
        unit = organizer[1 + kind_chars:]
        if _a_unit(unit):
            return organizer[: 1 + kind_chars], unit
    return None


def _a_unit(words: str) -> bool:
    """工会委员会, 团委, 党支部: words that open and end as a body's unit does."""
    return bool(words) and bool(lexicons.starts_with_entry(words, "org_suffixes")) and bool(lexicons.ends_with_entry(words, "org_suffixes"))


MAX_QUOTED_BODY_CHARS = 20
_QUOTED_BODY = re.compile(rf".*[“「]([^“”「」，。、\s]{{2,{MAX_QUOTED_BODY_CHARS}}})[”」]", re.S)


_NEWS_OF = "讯"
"""What a body's own news item opens with after its name (X总会讯：), as 本报讯 does after a paper's."""


def named_body(organizer: str, text: str, tokens: tuple[Token, ...], told_by: int, unit: str = "") -> str | None:
    """The one body of the organiser's kind the report names before the organiser is written (``told_by``), in
    the headline or the lede (我院 → 徐州市妇幼保健院, 该镇 → 道滘镇): an
    organisation or place the lexical model reads ending where a word of that kind ends, or where the
    organiser's ``unit`` written after it ends (…学校|工会委员会 for 我校工会委员会), outside the titles of
    documents. None where the report names none there, or several. A body named only later is another
    one (…及淮海工学院何华安教授授课, in a hospital's report)."""
    names = set()
    for m in kind_pattern(organizer).finditer(text, 0, told_by):
        if inside_document_title(text, m.start()):
            continue
        if (quoted := _QUOTED_BODY.match(text, max(0, m.start() - MAX_QUOTED_BODY_CHARS), m.end() + 1)) and quoted.end() == m.end() + 1:
            # 筹组“澳门专业女性协会”。该协会…: a body the report quotes by its whole name; a word and the kind alone
            # (加强“家校”联系) names none.
            if m.start() - (quoted.end() - 1 - len(quoted.group(1))) >= 2:
                names.add(quoted.group(1))
            continue
        ends: tuple[int, ...] = (m.end(), m.end() + len(unit)) if unit and text.startswith(unit, m.end()) else (m.end(),)
        if text.startswith(_NEWS_OF, m.end()):
            ends += (m.end() + len(_NEWS_OF),)  # 菲华商联总会讯: the body's own news, read by the model as one word
        word = next((t for t in tokens_overlapping(tokens, m.end() - 1, m.end()) if t.end in ends), None)
        if word is None or word.entity not in ("organization", "place") or m.start() - word.start < 2:
            continue  # 瑞安市卫生计生局 holds 瑞安市, but names a bureau; 全院 names no one
        if text[word.start] not in _pronoun_characters():
            names.add(text[word.start:m.end()])
    # 厦门市国祺中学 and 国祺中学 are one school, written in full and without its place.
    fullest = max(names, key=len, default=None)
    return fullest if fullest and all(fullest.endswith(name) for name in names) else None


_TITLE_OPENER = "《"
_DRAFT_NOTE = re.compile(r"[(（][^()（）]{1,12}[)）]$")
_PARTY_OF = re.compile("^(?:中共|中国共产党)")
_OWN_RULES = ("章程", "制度", "办法", "细则", "规定", "规则", "方案", "规划", "守则")
"""What a body writes for itself: its charter, rules, measures and plans (《X医院章程》, 《X学校…奖励办法》)."""
_NOT_A_NAME = re.compile(r"[^\u4e00-\u9fff]|关于|的|和|与|及")


def body_in_its_own_rules(organizer: str, text: str) -> str | None:
    """The one body of a pronoun body's kind whose own rules the report names, where it names none before the
    pronoun: 我院…审议通过了《海宁市人民医院章程》, 我校…讨论了《X师范学校支教奖励办法(征求意见稿)》, 我院制定了《中共X学院总支
    委员会中心学习组制度》. A title about a kind of body (《公立医院章程范本》 ends in no rules of its own, 《关于…医院…的意见》
    is no body's, 《X省高校…细则》 and 《X市医院…办法》 are a place's) names none."""
    kinds = kind_pattern(organizer)
    names = set()
    for title in (q for q in find_quotes(text) if q.opener == _TITLE_OPENER):
        words = _PARTY_OF.sub("", _DRAFT_NOTE.sub("", title.text))
        if not words.endswith(_OWN_RULES) or words.startswith(_NO_ONES_NAME):
            continue
        if (kind := next(reversed(list(kinds.finditer(words))), None)) is None:
            continue
        name = words[:kind.end()]  # 青石大学附属中学章程: the school the name ends with, not the university it belongs to
        if (
            kind.start() >= MIN_NAME_BEFORE_THE_KIND
            and not _NOT_A_NAME.search(name)
            and name[0] not in _pronoun_characters()
            and (not _kind_in_a_place().search(words, 0, kind.start()) or _named_alone(name, text))
        ):
            # 《青石省高校…实施细则》: a kind of body in a place (省|高校), the rules of none; but 《青城市中学…方案》 where the
            # page names 青城市中学 alone too (版权 © 青城市中学) is that school's.
            names.add(name)
    fullest = max(names, key=len, default=None)
    return fullest if fullest and all(fullest.endswith(name) for name in names) else None


def body_opening_the_name(organizer: str, meeting_name: str | None) -> str | None:
    """The body of a pronoun body's kind that the meeting's own name opens with: 我院召开|徐州市妇幼保健院|工会…代表大会, 我院
    召开中共|青石自治区中医医院|共青团第二次代表大会, where the body's own unit or session follows it. Not a kind of body
    in a place (全省法院系统…会议), a body the meeting is about (城南医院托管工作推进会), nor a meeting that ends in a kind's
    character (我会召开|理事会, 我会召开|一届九次会|长会议)."""
    name = _PARTY_OF.sub("", meeting_name or "")
    kind = kind_pattern(organizer).search(name)
    if kind is None or kind.start() < MIN_NAME_BEFORE_THE_KIND:
        return None
    body, rest = name[:kind.end()], name[kind.end():]
    if _NOT_A_NAME.search(body) or body[0] in _pronoun_characters() or _kind_in_a_place().search(name, 0, kind.start()):
        return None
    # Its own unit or its own session follows (…保健院|工会第十届…, …医院|第三届职代会); a body the meeting is about is
    # followed by the work done with it (我院召开|城南医院|托管工作推进会, 我校召开|兄弟学校|教学交流研讨会).
    if not (lexicons.starts_with_entry(rest, "org_suffixes") or _ITS_OWN_SESSION.match(rest)):
        return None
    return body if names_a_body(body) and meeting_noun_at_end(body) is None else None


_ITS_OWN_SESSION = re.compile(r"(?:第|[一二三四五六七八九十\d]+届)")


MIN_NAME_BEFORE_THE_KIND = 2
_NO_ONES_NAME = ("中国", "中华", "全国", "国家", "普通", "各级", "公立", "民办", "综合", "高等", "一级", "二级", "三级")
"""Words opening the rules of the nation or of a kind of body (《中国工会章程》, 《普通高等学校…规定》, 《三级综合医院…细则》)."""


def _named_alone(name: str, text: str) -> bool:
    """Whether the text writes the name outside document titles with no word running on from it (版权 © 青城市中学 All
    Rights; not 青城市中学生, 青城市中学校长)."""
    return any(not inside_document_title(text, m.start()) for m in re.finditer(re.escape(name) + "(?![\u4e00-\u9fff])", text))


@cache
def _kind_in_a_place() -> re.Pattern[str]:
    """A place's level and at most one character before a body's kind (市|医院, 省|高校): bodies of a kind in the place."""
    return re.compile(f"[{''.join(sorted(_level_characters()))}][\u4e00-\u9fff]?$")


def kind_pattern(organizer: str) -> re.Pattern[str]:
    """:func:`kind_words` as one pattern, built once per kind."""
    return _words_pattern(kind_words(organizer))


@cache
def _words_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(lexicons.alternation(words))


def kind_words(organizer: str) -> tuple[str, ...]:
    """The words that end a name a pronoun body stands for: its kind (院 of 我院), and for 我校 the
    kinds of school (中学, 大学 …)."""
    kind = organizer[1:] if is_pronoun_body(organizer) else organizer
    kinds = lexicons.keyed("pronoun_kinds")
    if kind not in kinds and kind in lexicons.entry_set("institution_kinds"):
        return (kind, *kinds.get(kind[-1], ()))  # 学校 written alone, as 我校 is: of a 中学 or a 大学 too
    return (kind, *kinds.get(kind, ()))


@cache
def _pronoun_characters() -> frozenset[str]:
    return frozenset("".join(lexicons.entries("body_determiners")))


@cache
def _level_characters() -> frozenset[str]:
    return frozenset(suffix for suffix in lexicons.entries("place_suffixes") if len(suffix) == 1)


@cache
def _not_in_place_names() -> frozenset[str]:
    """Characters a place name before a body does not hold: function words, prepositions, determiners
    and report vocabulary."""
    lists = ("non_name_function_chars", "non_name_chars", "name_preceders", "body_determiners")
    return frozenset("".join(entry for name in lists for entry in lexicons.entries(name)))


@cache
def _place_openers_cut() -> frozenset[str]:
    return frozenset("".join(lexicons.entries("body_determiners") + lexicons.entries("name_preceders")))


MAX_VERB_OVERLAP = 3
"""How far before the model's place a meeting verb may start and still end inside it (组织召|开州…)."""


def placed_organizer(organizer: str, text: str, tokens: tuple[Token, ...]) -> str | None:
    """The one place-named form the report writes for a body it names without its place: where the
    lexical model reads a place or an organisation that starts before it (青山县总工会|召开 →
    青山县总工会, 「台湾劳工大联盟」 → 台湾劳工大联盟; not 召开|县总工会, 全县|总工会), outside the titles
    of documents. None where the report writes none, or several places."""
    stops = _not_in_place_names()
    # A body named by its level (县总工会) takes the place of that level only (湖北省|武汉市总工会); its place
    # may be one character (夏|县). Another body's place is a word of two or more (台湾|劳工大联盟, not 勉|…).
    shortest = 2
    if organizer[0] in _level_characters():
        stops |= _level_characters()
        shortest = 1
    places = set()
    for m in re.finditer(re.escape(organizer), text):
        if inside_document_title(text, m.start()):
            continue  # 《关于命名青山市妇联…的决定》: a document's title is its own wording, not the report's
        word = next((t for t in tokens_overlapping(tokens, m.start(), m.start() + 1) if t.start < m.start()), None)
        if word is None or word.entity not in ("organization", "place") or word.end > m.end():
            continue  # 中共东乌旗委…: a longer body that holds the name is another body
        place = text[word.start:m.start()]
        verb = _verb_pattern().search(text, max(0, word.start - MAX_VERB_OVERLAP), m.start())
        if verb is not None and verb.end() > word.start:
            place = text[verb.end():m.start()]  # 召|开州总工会: the model's place (开州) opens inside the verb before it
        # 上海市|侨联: a word that opens the model's place may be a place's own first character (上, 中, 内); only a
        # determiner or a word before names (全, 该) opening it is cut.
        place = place[max((i + 1 for i, ch in enumerate(place) if ch in stops and (i > 0 or ch in _place_openers_cut())), default=0):]
        if shortest <= len(place) <= MAX_PLACE_BEFORE_A_BODY_CHARS and place not in _LOCATIVES:
            places.add(place)
    return places.pop() + organizer if len(places) == 1 else None


_LOCATIVES = frozenset("中内外间里旁")
"""Words of position that close a phrase (过程中|县教育局): a one-character place before a body is none of them."""
