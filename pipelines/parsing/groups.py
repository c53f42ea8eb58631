"""Unnamed groups present at a meeting (EXTRACTION.md §3, last paragraph).

A group is a noun phrase that ends in a group head noun (干部, 代表, 成员, 负责人 …) and is
tied to the meeting by one of these frames:

- the phrase stands right before an attendance verb: X参加/出席/列席(会议), X等N人参加;
- the phrase follows an attendance introduction: 参加会议的有X, 与会的有X;
- 组织X(传达)学习, 召集X召开, 带领X重温: the body or a leader gathered the group to study, meet or
  renew an oath;
- X作(交流)发言: groups (or bodies) that gave talks at the meeting were present; so were those whose
  report was heard (听取了X关于…的汇报);
- the meeting is named after its attendance: 全体干部职工会议 → 全体干部职工.

A list is cut into one row per group at 、，；及 以及 和; a part without a head noun of
its own shares the head of the next part (社区、村妇联主席 stays one row). A 的-modifier
written before a conjunction governs both sides (X的书记和委员代表 stays one row), and
a conjunction followed by a 、-list opens one sub-list (A及B主任、护士长 → A | B主任、护士长).
A count written before the head is part of the group (48名妇女代表); a total after the
list (共120余人, 等近500人) is dropped, and kept only when it is all there is (约800人).

All regexes are linear: literal alternations and bounded character classes only; every
scan is limited to ``MAX_CLAUSE_CHARS`` characters.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from . import lexicons
from .segmentation import CLAUSE_BREAK, CLAUSE_MARKS, MASK, MAX_CLAUSE_CHARS, ORGANISING_VERB, SENT_IN_THEIR_STEAD, SENTENCE_BREAK, STATEMENT_BREAK, TERM_MASK, THIS_SESSION

MAX_GROUP_CHARS = 40
MAX_ETC_CATEGORY_CHARS = 12
"""In "A、B等工会干部约250人", the summary noun after 等 is at most this long."""

_PIECE_BREAK = re.compile(f"[{CLAUSE_MARKS}]")
_SEPARATOR = re.compile(f"[{CLAUSE_MARKS}、]|以及|及|和")
_CONJUNCTIONS = ("以及", "及", "和")
_COUNT = r"(?:数|几)?[\d一二三四五六七八九十百千两]{1,6}"
_SP = r"[ \u3000]?"
_TOTAL = re.compile(
    rf"(?:等|共计|共有|总计|合计|共)?{_SP}(?:约|近|逾|超过|达)?{_SP}{_COUNT}{_SP}(?:余|多)?{_SP}(?:(?:人|名|位)(?:同志)?|(?:位|名)?(?:嘉宾|来宾|宾客))(?:左右)?$"
)
_BEFORE_VERB_WORDS = re.compile(r"(?:等人|等)?(?:均|也|亦|都|全部|全体|纷纷|一同|一起|共同|应邀|特邀|受邀|陆续|准时|按时|依时|认真)*$")
"""What stands between a list of groups and its verb: 等, and adverbs of how they came (均, 也, 全部, 应邀)."""
_AS_GUESTS = re.compile(r"(?:作为|以)(?:特邀)?(?:嘉宾|代表|来宾)(?:身份)?$")
_TOTAL_LEAD = re.compile(r"^(?:等|共计|共有|总计|合计|共)")
_LEAD = re.compile(r"(?:[^\w(（“‘]|同志|等|以及|及|和|暨(?![南大])|与(?!会)|也)+")
"""Marks (，、△ ▲), conjunctions (会长王明暨全体理事; not 暨 of 暨南大学) and 同志 before a group: never part of it."""
_PREFIX = re.compile(rf"(?:来自|其中|还有|共有|现场|会场|会议上|会上|邀请了|邀请|邀集|召集|{ORGANISING_VERB}|带领|率领|率|(?:会议|会上)?听取了?)")
_MEETING_INVITED = re.compile(rf"(?:{THIS_SESSION}|会上)?[\u4e00-\u9fff]{{0,8}}?(?:会议|会)(?:还|也|特别|专门)?(?:(?=邀请)|为)")
_TRAILING_PAREN = re.compile(r"[(（][^()（）]{1,12}[)）]$")
_INTRO = re.compile(
    rf"(?:参加|出席|列席)了?{THIS_SESSION}?(?:会议|大会|活动|培训|学习)?的(?:人员|同志)?(?:还)?有"
    r"|与会(?:的)?(?:人员|者)?(?:有|包括)"
)
_HEARD = re.compile(r"听取了?([^，,。；;！？!?\n：:“”《》]{2,30}?)(?:关于|就)[^，,。；;！？!?\n]{1,40}?(?:的)?(?:工作)?(?:汇报|报告)")
"""听取了各部室负责人关于…的汇报: those who reported were present."""
_GATHERED = re.compile(
    rf"(?<![党团])(?:{ORGANISING_VERB}|召集|带领|率领)([^，,。；;！？!?\n：:]{{2,40}}?)(?:[，,]?(?:开展|进行)了?)?(?:认真|集中|专题|深入)?"
    r"(?:(?:传达)?学习|重温|召开|举行)"
)
_ADDRESSED = re.compile(r"向(全体[^，,。；;！？!?\n：:、]{1,12}?)(?:(?<!工)(?:作|做)|传达|通报|汇报|报告)")
"""主席向全体执委作工作报告: the whole body a report was given to was there to hear it."""
_TALK = re.compile(
    r"(?:作|做|进行)了?(?:经验交流|交流|典型|表态|述职)?(?:发言|汇报)|纷纷(?:上台)?(?:分享|发言|表态)|(?:交流|分享)了?(?:心得|体会|经验)|自我评议"
    r"|(?:依次|逐一|先后|相继|轮流)?(?:登台|上台)述职|(?:依次|逐一|轮流)述职"
)
_AGENT = re.compile(r"(?<![自理缘经])由(?!于|此)(?=[^由]*$)")
_PLACE_BEFORE_VERB = re.compile(
    r"(?:[，,]?(?:以|通过)[^，,。；;、]{1,12}?(?:形式|方式))?(?:分别|同时|一同|集中)?(?:在|通过)[^，,。；;、在]{1,12}$"
)
"""Where and how a group came, between it and the verb (在分会场参会, ，以视频会议形式分别在主会场和6个分会场参加)."""
_WHO_WAS_THERE = re.compile(
    rf"(?:(?:[\u4e00-\u9fff]{{1,4}}的)?{THIS_SESSION}?(?:大会|会议|会上|活动|培训|学习)+|今天|今日|当天|当日)(?:共)?有(?!关|幸|序|效|力|的)"
)
"""本次大会有…, 上午的学习培训有…参加, 今天有102名会员出席: the meeting or its day, then who was there."""
_HEADCOUNT = rf"(?:约|近|逾|超过)?{_COUNT}(?:余|多)?"
"""A count of people before its unit: 约250, 20余, 数百."""
_COUNTED_WHOLE = re.compile(rf"共(?={_HEADCOUNT}(?:名|位))")
_SUMMED_UP = re.compile(r"等(?:嘉宾|来宾|人员|同志|代表)$")
_LEADERS_SUMMED_UP = re.compile(r"等[^，,、；;]{0,8}?(?:领导|嘉宾|来宾|贵宾)(?:同志)?$")
"""A、B等县领导出席, A、B等嘉宾出席: the noun after the named leaders or guests only sums them up; it is no group of
its own."""
_NAMED_MEETING = re.compile(r"^(.{0,12}?全体.{1,8}?)(?:会议|大会)$")
_SESSION_BEFORE_EVERYONE = re.compile(r"[届次]|学期|年")
"""六届六次全体委员会议, 新学期第一次全体党员大会: a session of the body's series, named for who sits in it, not a group
the report tells was there."""


@cache
def _attendance_verbs() -> re.Pattern[str]:
    # 参与率, 参会工作, 参会人员, 列席组: a rate, a task, the people or the group of attending are nouns, no one attending.
    # 党员参与的积极性, 职工参与企业民主管理: a noun of taking part, or taking part in running something, is no attending.
    verbs = lexicons.alternation([v for v in lexicons.entries("attendance_verbs") if v != _TAKING_PART])
    return re.compile(rf"(?:{verbs}|{_TAKING_PART}(?!的|[^，,。；;、]{{0,6}}管理))(?![率度组]|工作|情况|人员|人数|名单)")


_TAKING_PART = "参与"


_COUNTED = re.compile(rf"{_HEADCOUNT}(?:名|位|个)")
@cache
def _plural_opener() -> re.Pattern[str]:
    """Words that make the post after them many people (各区县局长: every county's head, a group; 全区中小学校长:
    全 and a level character of the place lexicon)."""
    levels = "".join(suffix for suffix in lexicons.entries("place_suffixes") if len(suffix) == 1)
    return re.compile(f"各|全体|全[{levels}]|部分|相关|有关|其他|其余")


_STAFF_NOUN = re.compile(r"(?:[\u4e00-\u9fff][^\W\d_动全复裁减扩增满超缺]|安全)员$")
"""安全员, 网格员, 信息员, 技术员: a job named by what the staff do, as many hold it as 人员 or 职工."""


def _head_ok(phrase: str, with_bodies: bool = False, posts: bool = False) -> bool:
    """Whether a phrase ends in a group head noun (a trailing gloss in brackets set aside), or in a
    post word where ``posts`` or its own opening (各, 全体 …) makes the post many people."""
    phrase = _TRAILING_PAREN.sub("", phrase).removesuffix("们")  # 团员青年们: the plural mark after the head
    if lexicons.ends_with_entry(phrase, "group_heads") is not None or _STAFF_NOUN.search(phrase):
        return True
    if (posts or _plural_opener().match(phrase)) and lexicons.ends_with_entry(phrase, "post_titles") is not None:
        return True
    return with_bodies and lexicons.ends_with_entry(phrase, "org_suffixes") is not None


def _ends_in_many(text: str, start: int, end: int) -> bool:
    """…、分管副校长、全市各小学校长参加: a list whose last item is many people (各, 全体 …) lists
    posts held by many, each item a group of its own."""
    last = max((m.end() for m in _SEPARATOR.finditer(text, start, end)), default=start)
    return _plural_opener().search(text, last, end) is not None


_WHOLE_AUDIENCE = re.compile(r"^(?:全体)?(?:参会|与会|参加会议的?)(?:人员|者|同志|代表)$")
"""全体参会人员, 与会人员: everyone present again, no group of its own."""


def _post_only(group: str) -> bool:
    """A bare post word (主任) after a verb is a person's title, not a group."""
    return group in lexicons.entry_set("post_titles") and len(group) <= 2


def _after_names(text: str, start: int, end: int, names: set[str]) -> int:
    """Where a group may start in ``text[start:end]``: after the last named person and his post."""
    cut = -1
    for name in names:
        at = text.rfind(name, start, end)
        if at >= 0:
            cut = max(cut, at + len(name))
    if cut < 0:
        return start
    post = lexicons.pattern("post_titles").match(text, cut, end) or lexicons.pattern("person_nouns").match(text, cut, end)
    return post.end() if post else cut  # 姜衍老师以及全体团学干部: the kind of person after the name is his


def _trim(text: str, s: int, e: int) -> tuple[int, int, tuple[int, int] | None]:
    """The group phrase inside ``text[s:e]``: (start, end, span of a dropped total or None)."""
    lead = _LEAD.match(text, s, e)
    if lead:
        s = lead.end()
    if (present := _WHO_WAS_THERE.match(text, s, e) or _INTRO.match(text, s, e)) is not None:
        s = present.end()  # 本次大会有…代表, 参加会议的有…: the meeting is not the group
    if (inviter := _MEETING_INVITED.match(text, s, e)) is not None:
        s = inviter.end()  # 此次座谈会邀请了部分退役军人, 座谈会为团员青年交流…: the meeting invited them, or was for them; it is no group
    prefix = _PREFIX.match(text, s, e)
    if prefix:
        # 来自全县各乡镇的代表们: where the group comes from is part of it; other openers are not.
        if prefix.group() != _ORIGIN:
            s = prefix.end()
    if (whole := _COUNTED_WHOLE.search(text, s, e)) is not None and _head_ok(text[whole.end():e]):
        s = whole.end()  # 28个团支部共82名团员代表: the count of those present, not of their units
    while e > s and text[e - 1] in " \u3000，,、":
        e -= 1
    if (guests := _AS_GUESTS.search(text, s, e)) is not None:
        e = guests.start()  # 各单位负责人作为嘉宾出席: the capacity they came in is no part of the group
    if (manner := _BEFORE_VERB_WORDS.search(text, s, e)) is not None:
        e = manner.start()  # 各村书记、联络员等参加, 职工代表全部到会, 各工会干部均齐聚一堂
    if (summed := _SUMMED_UP.search(text, s, e)) is not None and _head_ok(text[s:summed.start()]):
        e = summed.start()  # 多个友好团体负责人等嘉宾: the noun after 等 only sums the list up
    total = _TOTAL.search(text, s, e)
    dropped = None
    if total:
        dropped = (total.start(), total.end())
        e = total.start()
        # "A、B等工会干部约250人": the noun after 等 only sums the list up.
        etc = text.rfind("等", max(s, e - MAX_ETC_CATEGORY_CHARS), e)
        if etc > s and _head_ok(text[s:etc]):
            e = etc
    while e > s and text[e - 1] in " \u3000，,、":
        e -= 1
    return s, e, dropped


def _bare_total(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A total kept as the group when nothing else names who came (约800人)."""
    s, e = span
    lead = _TOTAL_LEAD.match(text, s, e)
    s = lead.end() if lead else s
    while s < e and text[s] in " \u3000":
        s += 1
    return s, e


def _one_plural_post_list(text: str, s: int, e: int) -> bool:
    """各县区工会主席、党组书记: posts listed after one 各 (or 全体 …) are the posts of the same units,
    one group; not where a later post names units of its own (各乡镇妇联主席、县直机关妇委会主任, 各村书记、
    各组组长) or a conjunction joins."""
    if "、" not in text[s:e] or any(c in text[s:e] for c in _CONJUNCTIONS):
        return False
    first, *later = _top_level_items(text, s, e)
    if not later or lexicons.ends_with_entry(first, "post_titles") is None:
        return False
    if _plural_opener().match(text, s) is None:
        # 市关工委副主任、副秘书长, 组长、副组长, X局主要领导、分管领导: deputies and leaders in charge named by their post
        # alone serve the same units.
        return all(_deputy_post(part) for part in later)
    return all(_bare_post(part) for part in later)


_PEOPLE_COUNTED = re.compile(rf"{_HEADCOUNT}(?:名|位)")


def _counted_as_one(text: str, s: int, e: int) -> bool:
    """16名机关部室、中心及产业工会负责人: a count of people opening a list whose first item names no kind of person
    counts the units listed as one group, even where they end like bodies (中心). Not 400多名团代会代表、团员青年 or
    50余名市、县两级工会干部及劳模代表, where a kind of person ends an earlier item, nor 5位副会长、8位常务理事和16位理事,
    each counted on its own."""
    if _PEOPLE_COUNTED.match(text, s) is None or len(_PEOPLE_COUNTED.findall(text, s, e)) > 1:
        return False
    cuts = [m.start() for m in _SEPARATOR.finditer(text, s, e)]
    # 50余名市、县两级工会干部及劳模代表: a kind of person before the last item ends a group of its own.
    return bool(cuts) and not any(_head_ok(text[s:cut]) for cut in cuts)


def _top_level_items(text: str, s: int, e: int) -> list[str]:
    """The items of a 、-list, a list in brackets within one item staying in it (各乡(镇、街道)领导)."""
    marks = [m.start() for m in _outside_brackets(text, s, _LIST_COMMA.finditer(text, s, e))]
    return [text[a:b] for a, b in zip([s, *(at + 1 for at in marks)], [*marks, e])]


_LIST_COMMA = re.compile("、")


def _outside_brackets(text: str, s: int, matches: Iterator[re.Match[str]]) -> Iterator[re.Match[str]]:
    """The matches (after ``s``, in order) that stand outside round brackets: 各乡(镇、街道) is one item."""
    depth, cursor = 0, s
    for match in matches:
        for ch in text[cursor:match.start()]:
            depth += 1 if ch in "(（" else -1 if ch in ")）" and depth else 0
        cursor = match.start()
        if not depth:
            yield match


_IN_CHARGE = ("分管", "主管")
_LEADERS = frozenset({"领导", "负责人", "负责同志", "职"})
"""The leaders in charge of a field a body's head shares its units with (分管领导, 主管负责人); 分管副县长 serves a body of its own."""


def _deputy_post(part: str) -> bool:
    """副主席, 副秘书长, 副职, 分管领导: a deputy's or a leader in charge's post with nothing before it."""
    if part.startswith("副"):
        return part[1:] in lexicons.entry_set("post_titles") or part == "副职"
    qualifier = next((q for q in _IN_CHARGE if part.startswith(q)), None)
    return qualifier is not None and part[len(qualifier):] in _LEADERS


MAX_SHARED_POST_MODIFIER = 2
"""A post listed after the first that belongs to the same units is bare (副组长) or has a short unit of its own (党组书记)."""


def _bare_post(part: str) -> bool:
    post = lexicons.ends_with_entry(part, "post_titles")
    return post is not None and len(part) - len(post) <= MAX_SHARED_POST_MODIFIER and not _plural_opener().match(part)


_ITEM_BREAK = re.compile(f"[{CLAUSE_MARKS}、]")


def _split(text: str, s: int, e: int, with_bodies: bool = False, posts: bool = False) -> list[tuple[int, int]]:
    """A list of groups cut into one span per group (see the module docstring)."""
    if _one_plural_post_list(text, s, e) or _counted_as_one(text, s, e):
        return [(s, e)]
    seps = list(_outside_brackets(text, s, _SEPARATOR.finditer(text, s, e)))
    kept = []
    sublist_from: int | None = None
    for match in seps:
        word = match.group()
        if sublist_from is not None and word == "、":
            piece = text[sublist_from:match.start()]
            following = _ITEM_BREAK.split(text[match.end():e], maxsplit=1)[0]
            if not _head_ok(piece, with_bodies, posts) or _plural_opener().match(piece) and _bare_post(following):
                continue  # 及各车间主任、班组长: posts of the same units listed on
            sublist_from = None  # 街道和社区的代表、楼宇妇女之家负责人: the list joined by 和 ended at its head noun
        if word in _CONJUNCTIONS:
            item_start = max([s] + [m.end() for m in _ITEM_BREAK.finditer(text, s, match.start())])
            left = text[item_start:match.start()]
            if "的" in left and not _COUNTED.match(text, match.end()) and not _complete_before_a_conjunction(text, left, match.end(), e):
                continue  # a 的-modifier before the conjunction governs both sides, unless each side has its count
            nxt = text.find("、", match.end(), e)
            if nxt >= 0:
                sublist_from = match.end()
        kept.append(match)
    parts = []
    cursor = s
    for match in kept:
        parts.append((cursor, match.start()))
        cursor = match.end()
    parts.append((cursor, e))
    groups: list[tuple[int, int]] = []
    pending: int | None = None
    # 各区县局长、派出所所长: the 各 that opens a list makes every post in it many people.
    posts = posts or _plural_opener().match(text, s) is not None
    for ps, pe in parts:
        if ps >= pe:
            continue
        start = pending if pending is not None else ps
        if _head_ok(text[ps:pe], with_bodies, posts):
            groups.append((start, pe))
            pending = None
        elif pending is None:
            pending = ps
    if pending is not None and groups:
        groups[-1] = (groups[-1][0], e)
    elif pending is not None:
        groups.append((pending, e))
    return groups


def _complete_before_a_conjunction(text: str, left: str, right_start: int, e: int) -> bool:
    """Whether the part before a conjunction is a group of its own despite a 的-modifier in it: the part after has a
    modifier or a quantity of its own (各团体的负责人及侨联的负责人, 工商联的干部职工以及部分企业家), or the part before tells where its people come from and ends in
    a head noun that is no post (来自各基层工会的代表和特邀人员: the guests come from nowhere said). A post before the
    conjunction shares the head after it (六个支部的书记和委员代表), and a count before it is of both sides (来自青石的
    13名劳模和先进工作者)."""
    right = _ITEM_BREAK.split(text[right_start:e], maxsplit=1)[0]
    head = lexicons.ends_with_entry(left, "group_heads")
    counted = _COUNTED.search(left) is not None
    return "的" in right or _own_scope(right) or left.startswith(_ORIGIN) and head is not None and head not in _posts_sharing_a_head() and not counted


_WITHIN_THE_SAME_BODY = ("全体", "其他", "其余")
"""Openers that count within the body already named (六个支部的书记和全体委员, 董事长和其他班子成员)."""


def _own_scope(part: str) -> bool:
    """部分企业家, 各支部书记, 有关部门负责人: an opener that scopes the part after a conjunction by itself."""
    return _plural_opener().match(part) is not None and not part.startswith(_WITHIN_THE_SAME_BODY)


@cache
def _posts_sharing_a_head() -> frozenset[str]:
    """Posts that are no kind of person (书记, 委员; not 代表): before a conjunction they share the head after it."""
    return lexicons.entry_set("post_titles") - lexicons.entry_set("person_nouns")


_ORIGIN = "来自"


def _addressed_by_post(group: str) -> bool:
    """毕主任, 欧阳主任, 康总 (总 short for 总经理): one person addressed by surname and post, no group (村书记 and
    副主席 are groups)."""
    return any(
        group[:k] in lexicons.surnames() and (group[k:] in lexicons.entry_set("post_titles") or group[k:] == "总")
        for k in (1, 2)
    )
_TOLD_TO = re.compile(r"(?:要(?![害素])|务必|必须|应当|需要|希望|号召|鼓励|引导|(?:充分)?(?:调动|激发)|让|使(?![馆领节团])|是(?!非)|为)")
"""要动员群众参与, 希望各位代表按时参会, 引导广大企业家参与, 充分调动广大职工参与, 让传承人齐聚一堂: what someone is told,
wished or moved to do, not who was there; 是职工参与…的途径: what taking part is, said of no one present."""


_PLANNED_OR_REQUIRED = re.compile("要求|部署|(?<![使])让")
"""会议要求各级党员干部认真参加, 部署春节期间组织职工家属欢聚一堂…, 筹备中秋节让孤寡老人欢聚一堂的活动: what is required or
planned, not who was there (a 筹备组 is a body whose members come)."""


def _accept(text: str, s: int, e: int, with_bodies: bool = False, posts: bool = False) -> bool:
    group = text[s:e]
    return (
        2 <= len(group) <= MAX_GROUP_CHARS
        and _head_ok(group, with_bodies, posts)
        and not _post_only(group)
        and not _WHOLE_AUDIENCE.match(group)
        and "人人" not in group  # 人人关心、人人参与: everyone, said of no one in particular
        and not _TOLD_TO.match(group)
        and not _PLANNED_OR_REQUIRED.search(group)
        and not _addressed_by_post(group)
        and MASK not in group
        and TERM_MASK not in group
    )


def _groups_in(text: str, s: int, e: int, with_bodies: bool = False, posts: bool = False) -> list[tuple[int, int]]:
    return [(gs, ge) for gs, ge in _split(text, s, e, with_bodies, posts) if _accept(text, gs, ge, with_bodies, posts)]


def _pieces_backwards(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The pieces of ``text[s:e]`` between ，and ；, last first."""
    bounds = [s] + [m.end() for m in _PIECE_BREAK.finditer(text, s, e)]
    ends = [m.start() for m in _PIECE_BREAK.finditer(text, s, e)] + [e]
    return list(zip(bounds, ends))[::-1]


def _posts_listed(text: str, s: int, e: int) -> bool:
    """项目经理、项目安全负责人: two or more posts listed with no name among them are the people holding them."""
    items = _SEPARATOR.split(text[s:e])
    return len(items) >= 2 and all(lexicons.ends_with_entry(item, "post_titles") or _head_ok(item) for item in items)


MAX_VERB_CHARS = 4


def _before_verb(text: str, s: int, e: int, had_name: bool) -> list[tuple[int, int]]:
    """Groups in the list that ends right before an attendance verb at ``e``."""
    if had_name and _LEADERS_SUMMED_UP.match(text[s:e].strip()):
        return []
    found: list[tuple[int, int]] = []
    bare: tuple[int, int] | None = None
    for index, (ps, pe) in enumerate(_pieces_backwards(text, s, e)):
        ts, te, dropped = _trim(text, ps, pe)
        if ts >= te:
            if dropped and not found and bare is None:
                bare = _bare_total(text, dropped)
                continue
            break
        # …，市委会专职副主委等参加: a post summed up by 等 right before the verb is several people.
        posts = index == 0 and "等" in text[te:e] or _ends_in_many(text, ts, te) or _posts_listed(text, ts, te)
        if not _head_ok(text[ts:te], posts=posts):
            if bare is not None and _attendance_verbs().search(text, max(ts, te - MAX_VERB_CHARS), te):
                bare = None  # …等列席，共200余人参加: the total sums up those the clause before listed
            break
        found[:0] = _groups_in(text, ts, te, posts=posts)
    if not found and bare is not None and not had_name:
        return [bare]
    return found


def _after_intro(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Groups in the list after 参加会议的有 …, up to the sentence end."""
    found: list[tuple[int, int]] = []
    for ps, pe in _pieces_backwards(text, s, e)[::-1]:
        ts, te, _ = _trim(text, ps, pe)
        if ts >= te or not _head_ok(text[ts:te]):
            break
        found.extend(_groups_in(text, ts, te))
    return found


_SENT_IN_THEIR_STEAD = re.compile(f"(?:{SENT_IN_THEIR_STEAD})$")
MAX_SENT_CHARS = 3


def find_groups(text: str, start: int, end: int, names: set[str]) -> list[tuple[str, int, int]]:
    """Unnamed groups said to be present in ``text[start:end]``: (group, span start, span end)."""
    spans: list[tuple[int, int]] = []
    for verb in _attendance_verbs().finditer(text, start, end):
        at = verb.start()
        if _SENT_IN_THEIR_STEAD.search(text, max(start, at - MAX_SENT_CHARS), at):
            continue  # 市长X等人也派人与会: whom they sent is unnamed, and they did not come
        clause_start, floor = at, max(start, at - MAX_CLAUSE_CHARS)
        while clause_start > floor and not STATEMENT_BREAK.match(text, clause_start - 1):
            clause_start -= 1
        if (agent := _AGENT.search(text, clause_start, at)) is not None:
            clause_start = agent.end()  # 召开由全体管理人员参加的总结会: who attends follows 由
        if (place := _PLACE_BEFORE_VERB.search(text, clause_start, at)) is not None:
            at = place.start()  # 县级工会干部在分会场参会, 通过视频参会: the group stands before the place or the means
        cut = _after_names(text, clause_start, at, names)
        spans.extend(_before_verb(text, cut, at, cut > clause_start))
    for intro in _INTRO.finditer(text, start, end):
        stop = SENTENCE_BREAK.search(text, intro.end(), min(end, intro.end() + MAX_CLAUSE_CHARS))
        stop_at = stop.start() if stop else min(end, intro.end() + MAX_CLAUSE_CHARS)
        spans.extend(_after_intro(text, _after_names(text, intro.end(), stop_at, names), stop_at))
    for frame in (_HEARD, _GATHERED, _ADDRESSED):
        for match in frame.finditer(text, start, end):
            s, e = match.span(1)
            if _after_names(text, s, e, names) == s:
                ts, te, _ = _trim(text, s, e)
                spans.extend(_groups_in(text, ts, te))
    for talk in _TALK.finditer(text, start, end):
        at = talk.start()
        clause_start, floor = at, max(start, at - MAX_CLAUSE_CHARS)
        while clause_start > floor and not CLAUSE_BREAK.match(text, clause_start - 1):
            clause_start -= 1
        if _after_names(text, clause_start, at, names) == clause_start:
            if (agent := _AGENT.search(text, clause_start, at)) is not None:
                clause_start = agent.end()  # 点评会首先由部分观摩点负责人作典型发言: who spoke follows 由
            ts, te, _ = _trim(text, clause_start, at)
            if ts < te and _head_ok(text[ts:te], with_bodies=True):
                spans.extend(_groups_in(text, ts, te, with_bodies=True))
    return [(text[s:e], s, e) for s, e in spans]


def group_in_meeting_name(meeting_name: str | None) -> str | None:
    """The group a meeting is named after (全体干部职工会议 → 全体干部职工), or None."""
    if not meeting_name or len(meeting_name) > MAX_GROUP_CHARS or meeting_name.endswith("代表大会"):
        return None  # a 代表大会 is named by its kind (a congress), not by who attends
    match = _NAMED_MEETING.match(meeting_name)
    if match and _SESSION_BEFORE_EVERYONE.search(match.group(1).split("全体")[0]):
        return None
    if match and _head_ok(match.group(1)) and not _post_only(match.group(1)):
        return match.group(1)
    return None
