"""Named people and unnamed groups connected with a meeting (EXTRACTION.md §3).

A name is read only where something anchors it: a post word right before it (市委书记X),
a post word right after it (X书记), 同志, or a verb frame (选举X为, 受X委托, 由X主持).
Once a name is known, every occurrence of it in the meeting's text adds role evidence,
and the person keeps the strongest role (chair > speaker > attendee > referenced).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from . import lexicons
from .dates import DATE_TEXT_RE
from .lexical import Token, tokens_overlapping
from .model import ROLES, Person
from .segmentation import ATTENDANCE_HEADER, CLAUSE_BREAK, CLAUSE_MARKS, COLON_MARKS, MASK, MAX_CLAUSE_CHARS, SAYING_VERBS, SENT_IN_THEIR_STEAD, SENTENCE_MARKS, SPEAKING_VERBS, TERM_MASK, THIS_SESSION, inside_document_title, inside_quote_marks, is_cjk

MAX_TITLE_CHARS = 40
AFTER_WINDOW_CHARS = 60
MAX_KNOWN_NAMES = 100
"""At most this many names anchored elsewhere are looked up again in one meeting's text."""
"""Clauses are read at most this far, so a line without punctuation cannot make a scan quadratic."""
_LIST_SEPARATOR = re.compile(r"[,，]{0,2}、|[,，]{2}")
# "听取了X的工作汇报": a report X gave at this meeting.
_OWN_REPORT = re.compile(r"的(?:工作)?(?:汇报|报告|发言)")
# "X在…上的讲话", "X在…上所作的工作报告", "X同…座谈时的讲话", "X在全总主席会议上的要求": a speech X gave elsewhere,
# studied here; not "X在会上作了…的工作报告", given at this meeting, nor "X和Y分别传达了Z…的讲话", relayed by X, nor
# "X在讲话中提出的要求" or "X在会上作出的部署", asked at this meeting.
_SPEECH_ELSEWHERE = re.compile(
    rf"(?:(?:在(?!{THIS_SESSION}?(?:会|会议|大会)上(?:作|做)了)[^，。；,;]{{1,50}}?|[和同与](?:(?!传达|领学|解读)[^，。；,;]){{1,50}}?)"
    r"的(?:重要)?(?:工作|主旨|专题|辅导|动员)?(?:讲话|报告|致辞|致词|指示|批示)(?!中(?!的))"
    r"|对[^，。；,;]{1,50}?(?:作出|做出)的(?:重要)?(?:指示|批示)"
    r"|所(?:作|做)的?[^，。；,;会]{0,20}?(?:宣讲|报告会)精神"
    r"|对(?!照|标)[^，。；,;]{1,50}?的(?:重要)?(?:指示|批示)(?:精神|要求)?(?=[，。；,;、和及]|$)"
    rf"|在(?!{THIS_SESSION})[^，。；,;上中]{{2,50}}?(?:会议|大会|全会|座谈会|调研|视察|考察)(?:上|时)的(?:重要)?(?:要求|部署))"
)
"""X在…上的讲话 relayed, and the spirit of a talk X gave (X所作宣讲报告会精神); not X在题为《…》的工作报告中指出 or
X在随后的讲话中对…给予肯定, which tell what X said in the speech X gave."""


@dataclass(frozen=True)
class Mention:
    name: str
    start: int
    end: int
    title: str | None
    title_after: str | None
    elected: bool


READINGS_KEPT = 4_096
"""Readings of a name, a title or a clause kept per function, by text and place. The components ask about the same
places again (over 500 generated reports, 4,986 title readings at 3,402 places, 17,969 names read after 9,191,
19,567 clause bounds of 6,331); each reading depends only on the text and the place."""


_EXAMINING = "审查"


_STOPS_INSIDE_WORDS = {
    "和": "(?!(?<=协)和医)和(?!平|谐|睦)", "等": "(?<![高中初平同])等", "从": "从(?!化|江|业|事)",
    "有": "(?<!国)有(?!色)", "对": "对(?!外(?!事))", "的": "(?!(?<=党)的(?:[一二三四五六七八九十]{1,3}大|群众路线))的",
    "届时": "(?<![一二三四五六七八九十百\\d])届时",
}
"""Stop words that are characters of other words a body's name holds (和平基金会, 协和医院, 高等法院, 从化区, 从业人员,
国有资产监督管理委员会, 有色集团, 对外经济, 党的二十大代表, 第五届|时装节): no stop there. Not 科协和县妇联, 对外事办,
新入党的教师, where the conjunction, the preposition and the particle are words of their own."""


@cache
def _title_stop() -> re.Pattern[str]:
    """Where a title read backwards from a name stops: a clause break, a space or a stop word."""
    # A meeting verb too: a caption run into the text (X工会举行代表大会市劳工局局长Y) holds no title before it.
    # 审查 that names the committee after it (经费审查委员会主任) is part of the body's name.
    stop_words = "|".join(
        _STOPS_INSIDE_WORDS.get(w, re.escape(w)) for w in sorted(lexicons.entry_set("title_stop_words") - {_EXAMINING}, key=len, reverse=True)
    )
    stops = f"{stop_words}|{_EXAMINING}(?!委员会)|" + lexicons.alternation(lexicons.entries("meeting_verbs"))
    # Marks and symbols (△, ”, 》) end a title too; brackets stay, since 项目(木雕)代表性传承人 is one title. A study
    # verb (学习市委书记X的讲话) stops it as well; 学习 heading a noun (党史学习教育…组长) is part of it.
    return re.compile(CLAUSE_BREAK.pattern + r"|[ \t\u3000]|[^\w()（）、]|" + stops + "|" + _studied_verb().pattern)


@cache
def _post_pattern() -> re.Pattern[str]:
    return lexicons.pattern("post_titles")


def _given_name_ok(chars: str, tagged_by_model: bool = False) -> bool:
    """Whether ``chars`` may be a given name. The model's person tags are refused only for a function
    character rare in given names (王在场; 刘大为 stays), or a unit character, one common in given names
    only at the end (X潜镇 is a town; 李镇强 is a name)."""
    function, unit = lexicons.entry_set("non_name_function_chars"), lexicons.entry_set("non_name_unit_chars")
    if tagged_by_model:
        function = function - lexicons.entry_set("given_name_function_chars")
    if not all(is_cjk(c) and c not in function for c in chars):
        return False
    if tagged_by_model:
        return chars[-1:] not in unit and not any(c in _unit_chars_never_inside() for c in chars[:-1])
    return not any(c in unit or c in lexicons.entry_set("non_name_chars") for c in chars)


@cache
def _unit_chars_never_inside() -> frozenset[str]:
    return lexicons.entry_set("non_name_unit_chars") - lexicons.entry_set("given_name_unit_chars")


def _post_at(text: str, i: int) -> bool:
    """Whether a post, perhaps one held before or founded, opens at ``i`` (理事长, 前理事长, 创会长, 原局长): after a surname
    (洪|前理事长, 柯|创会长), how a person is addressed, with no given name; not where a deed follows the post, which a name
    and its post after it do (王前主任出席会议, 李原书记主持会议)."""
    if text[i:i + 1] not in _FORMER_OR_FOUNDING:
        return _post_pattern().match(text, i) is not None
    post = _post_pattern().match(text, i + 1)
    return post is not None and not _DEED_AT_THE_MEETING.match(text, post.end())


_FORMER_OR_FOUNDING = frozenset("前原创")
"""Before a post: held before (前, 原) or founded (创会长)."""


def _surname_at(text: str, i: int) -> int:
    """Length of the surname starting at ``i`` (2 for compound, 1, or 0 for none)."""
    names = lexicons.surnames()
    if text[i:i + 2] in names:
        return 2
    if i < len(text) and text[i] in names:
        return 1
    return 0


def _ends_name(text: str, i: int) -> bool:
    """Whether a name may end right before ``i``: end of text, non-CJK, a follower word, a post
    word, its deputy (副…) or a noun for a kind of person (X老师)."""
    if i >= len(text) or not is_cjk(text[i]):
        return True
    if text[i] in "副代" and _post_pattern().match(text, i + 1):
        return True  # X副检察长, X代区长: the deputy or acting form of any post
    return _name_end_pattern().match(text, i) is not None


@cache
def _name_end_words() -> frozenset[str]:
    """Follower words, post words and nouns for a kind of person: what may come right after a name."""
    return lexicons.entry_set("name_followers") | lexicons.entry_set("post_titles") | lexicons.entry_set("person_nouns")


@cache
def _name_end_pattern() -> re.Pattern[str]:
    return re.compile(lexicons.alternation(_name_end_words()))


@cache
def _long_follower_starts() -> frozenset[str]:
    """First characters of the words of two or more characters that may follow a name."""
    return frozenset(w[0] for w in _name_end_words() if len(w) >= 2)


def _is_org_post(text: str, post: re.Match[str]) -> bool:
    """A post word that continues into an organisation name (委员会, 主席团, 书记处) is no title."""
    return text[post.end():post.end() + 1] in lexicons.entry_set("post_continuations")


_BOUNDED_GIVEN_NAME = re.compile(r"[\u4e00-\u9fff]{1,2}(?=[^\u4e00-\u9fff]|等|和|及|与|$)")
"""A given name a list mark, the list's 等 or a conjunction closes (时明、, 代晓峰等): nothing runs on from it."""


@lru_cache(maxsize=READINGS_KEPT)
def read_name_after(text: str, i: int, strict: bool = False, list_member: bool = False) -> str | None:
    """A person's name starting at ``i`` (surname + one or two given characters), or None.

    A three-character reading is refused when the next character continues a place or
    organisation word (向莆田市); with ``strict`` it must be followed by something that ends
    a name, as for the later members of a list of names, which nothing else anchors. A
    ``list_member`` after a titled name may have a surname that is more often a word (时, 全),
    or a given name with a character that is more often a function word (何在峰): the list marks
    around it stand where that word could not.
    """
    name = _read_name_after(text, i, strict, list_member)
    if name is None and list_member and (surname_len := _surname_at(text, i)):
        given = _BOUNDED_GIVEN_NAME.match(text, i + surname_len)
        if given and len(given.group()) == 2 and _LIST_GOES_ON.match(text, given.end()) and given.group()[-1] not in lexicons.entry_set("non_name_unit_chars"):
            return text[i:given.end()]
    return name


def _closes_a_list_item(text: str, i: int) -> bool:
    """A mark, a follower word or a noun for a kind of person (X博士) at ``i``, not a post: a post after a name
    may follow a verb (林祖华膺|监事长)."""
    return (
        i >= len(text)
        or not is_cjk(text[i])
        or lexicons.pattern("name_followers").match(text, i) is not None
        or lexicons.pattern("person_nouns").match(text, i) is not None
    )


_ADVERBS_AFTER_A_NAME = frozenset("现亦曾也已仍正又还均都将")
"""Adverbs written right after a name (陈文雄现为议员): no last character of a married woman's name."""


def _closes_a_name_firmly(text: str, i: int) -> bool:
    """A mark, a noun for a kind of person (X博士) or what only a person does (出席, 主持) at ``i``: what shows a name
    whole; a weaker follower (为, 也, 和) may follow a name and the first character of a word (张昭|和亲自提议)."""
    return (
        i >= len(text)
        or not is_cjk(text[i])
        or lexicons.pattern("person_nouns").match(text, i) is not None
        or _CLOSES_A_FULL_NAME.match(text, i) is not None
    )


_LIST_GOES_ON = re.compile(r"[,，]{0,2}、|以及|等|和|及")


def _read_name_after(text: str, i: int, strict: bool, list_member: bool) -> str | None:
    surname_len = _surname_at(text, i)
    if not surname_len and list_member and text[i:i + 1] in lexicons.entry_set("surnames_wordlike"):
        # Only where the list marks close it too: 党经办|主任X is the body of the post after it, not a name.
        given = _BOUNDED_GIVEN_NAME.match(text, i + 1)
        return text[i:given.end()] if given and _given_name_ok(given.group()) else None
    if not surname_len:
        return None
    if text[i + surname_len:i + surname_len + 1] in _long_follower_starts():
        follower = _name_end_pattern().match(text, i + surname_len)
        if follower is not None and len(follower.group()) >= 2:
            return None  # 欢乐当选: the "surname" ends a word, and what follows it is the predicate
    short_end, long_end = i + surname_len + 1, i + surname_len + 2
    if not _given_name_ok(text[i + surname_len:short_end]) or text[i + surname_len:short_end] == text[i]:
        return None  # 总书记殷殷嘱托: a surname written twice is a doubled word (殷殷, 谆谆), no name
    if _ends_name(text, short_end) and not _ends_a_list_item_as_a_name(text, short_end):
        return text[i:short_end]
    if long_end > len(text) or not _given_name_ok(text[short_end:long_end]):
        return None
    if text[short_end] in _TAKING_A_POST and (_post_after(text, long_end) is not None or _post_ends_the_clause(text, long_end)):
        # 会长王萍任大会主席, 选举张泽任总会三届理事会会长: 任 takes the post after it, no character of the name
        return text[i:short_end]
    if _ends_name(text, long_end):
        return text[i:long_end]
    if (
        surname_len == 1
        and _surname_at(text, i + 1) == 1
        and text[i] != text[i + 1]
        and _given_name_ok(text[long_end:long_end + 1])
        and text[long_end:long_end + 1] not in _ADVERBS_AFTER_A_NAME
        and _closes_a_list_item(text, long_end + 1)
    ):
        # 长官何郑秀娥、: a married woman's two surnames before her given name (殷殷嘱托 is a word; 陈文雄|现为 an adverb)
        return text[i:long_end + 1]
    if strict or text[long_end:long_end + 1] in lexicons.entry_set("name_blockers"):
        return None
    return text[i:long_end]


_VERBS_BEFORE_A_TITLE = ("为", "当选", "担任", "兼任", "出任", "被", "是", "作为", "成为")
MAX_TITLE_TAKEN_CHARS = 30
"""How far the title a person takes (任总会三届理事会会长) runs after 任 to the end of its clause."""


def _post_ends_the_clause(text: str, at: int) -> bool:
    """Whether the words from ``at`` to the end of their clause, within MAX_TITLE_TAKEN_CHARS, are a title ending in a
    post, with no verb opening them (王立任|为会长, 王立任|当选为会长: 任 is the name's, the verb follows)."""
    if text.startswith(_VERBS_BEFORE_A_TITLE, at):
        return False
    clause_end = CLAUSE_BREAK.search(text, at, at + MAX_TITLE_TAKEN_CHARS + 1)
    return clause_end is not None and lexicons.ends_with_entry(text[at:clause_end.start()], "post_titles") is not None


def _ends_a_list_item_as_a_name(text: str, i: int) -> bool:
    """罗富和、, 邱光和，, 张永和(中华电信): 和 right before a list mark, or before the bracket holding the person's unit,
    joins nothing, so it is the name's last character."""
    return text[i:i + 1] == "和" and (
        text[i + 1:i + 2] in _LIST_MARKS or text[i + 1:i + 2] in _UNIT_BRACKETS and not _POSITION_IN_A_PHOTO.match(text, i + 2)
    )


_LIST_MARKS = frozenset("、，,")
_UNIT_BRACKETS = frozenset("(（")
_POSITION_IN_A_PHOTO = re.compile(r"(?:[左右]|[前后]排|中)[一二三四五六七八九\d]?(?:起)?[)）]")
"""王明和（右）李华: where a photo shows the person, no unit of theirs; 和 joins the next name."""
_MEETING_DEED = "主持(?!人)|出席|列席|参加"
"""Chairing or attending: what a person does at a meeting, said right after the name."""
_DEED_AT_THE_MEETING = re.compile(f"{_MEETING_DEED}|讲话|致辞|致词|发言|宣读|作了?[^，,。；;]{{0,10}}?报告")
"""What a person named before their post did at the meeting (王前主任出席会议, 刘创主席作工作报告), unlike what a person
addressed by surname and a former post did once (洪前理事长号召捐赠)."""
_CLOSES_A_FULL_NAME = re.compile(f"{_MEETING_DEED}|同志(?!们)|所[作做]的")
"""What stands right after a person, never after a verb or a word that ends a name (X主持, X出席, X同志, X所作的):
a name between a post and one of these is all that stands there (a bare post may stand before 所作的 too, 主席所作的
报告, but then no name does). 讲话 and 致辞 are left out (作讲话, 致辞 follow a verb as readily), and so are 主持人 and
同志们, nouns a verb or a conjunction may precede."""


_DEED_AFTER_A_PLACE = re.compile(f"在[\u4e00-\u9fff]{{2,10}}?(?:{_MEETING_DEED})")


def _closed_by_a_deed(text: str, end: int) -> bool:
    """What closes a full name stands at ``end``, or after where the person did it (副主席包方|在福州|主持召开)."""
    return _CLOSES_A_FULL_NAME.match(text, end) is not None or _DEED_AFTER_A_PLACE.match(text, end) is not None


_NAME_DOTS = "·•・‧∙"
"""The dots typed between the parts of a transliterated name (艾力·吐尔逊; 通伦‧西苏利 on Big5 pages)."""
_TRANSLITERATED_NAME = re.compile(rf"[\u4e00-\u9fff]{{1,6}}[{_NAME_DOTS}][\u4e00-\u9fff]{{1,8}}")
MAX_PART_AFTER_THE_DOT = 6
"""How far the part after the dot runs in any characters; up to eight in transliteration characters alone."""


def _transliterated_name_at(text: str, i: int) -> str | None:
    """A name transliterated from Uyghur, Kazakh or Tibetan, its parts joined by a middle dot, right after a post
    (党支部书记阿力木·吐尔逊结合…): the post marks where it starts, the dot that it is one name; the part after
    the dot runs to the next word a name ends before, or six characters, or eight where the seventh and eighth are
    transliteration characters (乔治·克维利卡什维利)."""
    found = _TRANSLITERATED_NAME.match(text, i)
    if found is None or _post_opening_a_transliterated_name(found.group()) is not None:
        return None  # 书记兼市长|树甘·马哈拉: the later post heads the name
    dot = i + max(found.group().rfind(c) for c in _NAME_DOTS)
    if _post_pattern().match(text, dot + 1):
        return None  # 议长陈明‧副议长李华: a dot setting two titled names apart, as Taiwan's pages type it
    transliterated = lexicons.entry_set("transliteration_characters")
    last = min(found.end(), dot + 1 + MAX_PART_AFTER_THE_DOT)
    while last < found.end() and text[last] in transliterated:
        last += 1
    end = next((k for k in range(dot + 2, last + 1) if _ends_name(text, k)), last)
    return text[i:end]


def _name_between_post_and_deed(text: str, i: int) -> str | None:
    """A full name (surname and two characters) between a post and a deed, 同志 or the next titled name of a
    list, whose given name holds a character rare in given names (馆长祖传祥主持会议, 副组长李天会同志, 主席戴传新，
    副主席…), or ends in 和 before a deed of the name alone (专员赵学和主持, 副区长张庆和出席会议: a conjunction
    joins no second name to a deed). None where the rules read the name anyway, or where a
    function word stands in it (王明也出席: 也 is no part of the name). A surname more often a word opens a name
    before a deed, the next titled name, or a name listed after it (县领导明道成、曾辉)."""
    surname_len = _surname_at(text, i)
    # 副院长云立中同志主持: a surname more often a word (云, 时) is one here, where nothing else could stand.
    wordlike = not surname_len and text[i:i + 1] in lexicons.entry_set("surnames_wordlike")
    surname_len = surname_len or int(wordlike)
    end = i + surname_len + 2
    if not surname_len or end > len(text):
        return None
    given = text[i + surname_len:end]
    if given.endswith("和"):
        return text[i:end] if _deed_of_the_name_alone(text, end) and _given_name_ok(given[:-1]) else None
    if not (_CLOSES_A_FULL_NAME.match(text, end) or _next_titled_item(text, end) or wordlike and _next_listed_name(text, end)):
        return None
    if wordlike:
        return text[i:end] if _given_name_ok(given) else None
    # A function character may open a given name where it is common in them (总经理严有农所作的), never end one.
    function_chars = lexicons.entry_set("non_name_function_chars")
    opens_with_function = given[0] in function_chars - lexicons.entry_set("given_name_function_chars")
    if _given_name_ok(given) or opens_with_function or given[-1] in function_chars:
        return None  # a given name the rules read alone is theirs to read
    # 监事长吴立村参加会议: a place's last character ends a given name where only a person could attend.
    place_like_end = given[-1] in lexicons.entry_set("non_name_unit_chars") and _CLOSES_A_FULL_NAME.match(text, end) is not None
    return text[i:end] if _given_name_ok(given[:-1] if place_like_end else given, tagged_by_model=True) else None


FOUR_CHARACTER_NAME = 4


def _four_characters_before_comrade(text: str, i: int) -> str | None:
    """A name of four characters between a post and 同志 (安办主任阿木布哈同志通报), as Yi and other names of the
    south-west are written without a dot: a surname opens it and no post or word rare in names stands in it."""
    end = i + FOUR_CHARACTER_NAME
    if not text.startswith(_COMRADE, end) or text.startswith("同志们", end):
        return None
    name = text[i:end]
    if not all(is_cjk(c) for c in name) or not _surname_at(text, i) or _post_pattern().search(name) or name[-1] in "男女":
        return None  # 李建华女同志: a woman comrade, the name is three characters
    return name if _given_name_ok(name[1:]) and read_name_before(text, end) != name[1:] else None


_RELATIVE_CLAUSE_END = re.compile(r"[^，。；,;、！？!?\n]{0,12}?的(?:领导|代表|嘉宾|来宾|人员|同志|干部|职工|党员|成员)")


def _deed_of_the_name_alone(text: str, i: int) -> bool:
    """A deed at ``i`` that no conjunction before it could join to a name (赵学和主持, 张庆和出席会议, 林成和部署…):
    not one that opens a phrase naming more people (王明和出席会议的领导, 和主持人)."""
    return (_CLOSES_A_FULL_NAME.match(text, i) or _SPOKEN_DEED.match(text, i)) is not None and not _RELATIVE_CLAUSE_END.match(text, i)


_SPOKEN_DEED = re.compile("部署|讲话|致辞|强调|指出|宣读")
"""What a person does at a meeting that no conjunction joins a second name to (林成和部署…工作)."""


def _next_titled_item(text: str, i: int) -> bool:
    """A list mark at ``i`` and a post opening the next item (主席戴传新，副主席…): a list of titled names,
    whose marks close each name as a deed would."""
    return text[i:i + 1] in _LIST_MARKS and _post_pattern().match(text, i + 1) is not None


def _next_listed_name(text: str, i: int) -> bool:
    """A 、 at ``i`` and a name after it (县领导明道成、曾辉…): a list of names the post heads."""
    return text[i:i + 1] == "、" and read_name_after(text, i + 1, strict=True, list_member=True) is not None


def read_name_before(text: str, end: int) -> str | None:
    """A person's name ending right before ``end`` (written before a post word or 同志), or None.

    A two-character name needs a mark where it starts (punctuation, a function word, the
    end of a post word or of an organisation name); three characters need none, being the
    commonest name length.
    """
    if end > 0 and text[end - 1] in "副代":
        end -= 1  # X副检察长, X代区长: 副 or 代 is the post's, its deputy or acting form
    preceders = lexicons.entry_set("name_preceders")
    posts = lexicons.entry_set("post_titles")
    best: str | None = None
    for length in (2, 3, 4):
        start = end - length
        if start < 0:
            continue
        surname_len = _surname_at(text, start)
        if not surname_len or length - surname_len not in (1, 2):
            continue
        if not _given_name_ok(text[start + surname_len:end]):
            continue
        if text[start + surname_len:end] in lexicons.entry_set("name_followers"):
            continue  # 曾当选议员: a word that follows names (当选) is no given name, the "surname" an adverb
        if any(text[start - k:start + 1] in posts for k in (1, 2, 3) if start - k >= 0):
            continue  # the "surname" is the last character of a post word (主任兼…)
        before = text[start - 1] if start > 0 else ""
        marked = (
            not before
            or not is_cjk(before)
            or before in preceders
            or _post_pattern().search(text, max(0, start - 5), start) is not None
            and any(text.endswith(p, 0, start) for p in posts)
            or lexicons.ends_with_entry(text[max(0, start - 8):start], "org_suffixes") is not None
        )
        if marked:
            return text[start:end]
        if length - surname_len == 2 and best is None:
            best = text[start:end]
    return best


MAX_POST_CHARS = 8
"""The longest post word looked for before a colon that heads a list of names."""


def _honour_held(text: str, start: int, comma: int) -> bool:
    """Whether the item before a 、 is an honour someone holds, qualified by where it was won or what for (全国劳模、,
    市政协副主席候选人、): a bare honour is a group listed beside the person (劳动模范、先进工作者、X副主席等参加)."""
    item = text[max(start, text.rfind("、", start, comma) + 1):comma]
    honour = lexicons.ends_with_entry(item, "held_honours")
    return honour is not None and len(item) > len(honour)


MAX_WORD_CUT_CHARS = 12
"""How far before the title's window a stop is looked for when the window opens inside a word."""


def _title_stops(text: str, start: int, end: int, title_end: int | None = None) -> list[re.Match[str]]:
    """The stops a title read back from ``title_end`` (``end`` unless given) runs to, in ``text[start:end]``."""
    title_end = end if title_end is None else title_end
    return [
        m for m in _title_stop().finditer(text, start, end)
        if m.group() not in _MARKS_INSIDE_A_TITLE and not _opens_org_suffix(text, m) and not _opens_a_study_body(text, m, title_end)
        and not (m.group() == "的" and _IN_CHARGE_OF.search(text, start, m.start()))
    ]


_IN_CHARGE_OF = re.compile(r"(?:分管|负责|主管|协管)(?![我本该人责])[^，,。；;、：:的]{1,12}$")
"""分管日常工作的副主席, 负责农业的副县长: the work a deputy is in charge of, which 的 joins to the post (not 分管我园的
校长助理, the body the report is about, whom the post serves; nor the nouns 负责人 and 主管责任)."""


@lru_cache(maxsize=READINGS_KEPT)
def read_title_before(text: str, end: int) -> str | None:
    """The descriptor written right before a name, back to a clause break or a stop word."""
    if text[end - 1:end] in COLON_MARKS and lexicons.ends_with_entry(text[max(0, end - 1 - MAX_POST_CHARS):end - 1], "post_titles"):
        return read_title_before(text, end - 1)  # 副主席：A、B: the post heads the names listed after its colon
    window_start = start = max(0, end - MAX_TITLE_CHARS)
    # A stop word that opens an organisation's suffix (有|限公司) is part of the body's name.
    # Quote and title marks around part of a body's name (《江南日报》社社长, “红旗”车间主任) and the dot between a
    # place and a body (中国·江南集团) are inside the title.
    stops = _title_stops(text, start, end)
    if not stops and start > 0 and is_cjk(text[start - 1]):
        # 联|合国秘书长…委员会委员、原…大使、…院长: a long title the window cuts inside a word runs back to the stop
        # before it, where one stands a word's length away.
        stops = _title_stops(text, max(0, start - MAX_WORD_CUT_CHARS), start, end)[-1:]
    # 市政协党组书记,、主席X: a comma scraping doubled before 、 leaves the two posts one title.
    while (
        stops
        and stops[-1].group() in "，,"
        and text.startswith("、", stops[-1].end())
        and _ends_with_post(text, stops[-2].end() if len(stops) >= 2 else window_start, stops[-1].start())
    ):
        stops.pop()
    # 市总工会党组书记、主席，市人大常委会副主任X: posts a comma sets off at the clause's opening are one title.
    if (
        len(stops) >= 2
        and stops[-1].group() in "，,"
        and stops[-2].group() in _CLAUSE_OPENING_MARKS
        and _ends_with_post(text, stops[-2].end(), stops[-1].start())
        and read_name_before(text, stops[-1].start()) is None
        and not _GROUP_WORDS.search(text, stops[-2].end(), stops[-1].start())
        and not _names_someone_after_a_post(text, stops[-2].end(), stops[-1].start())
    ):
        stops.pop()
    last = stops[-1] if stops else None
    if last:
        start = last.end()
    # 佛山市委常委及南海区委书记及人大主任X: each conjunction joining posts or a body's nouns carries the title back.
    for at in range(len(stops) - 1, -1, -1):
        conjunct_start = stops[at - 1].end() if at else window_start
        if not (_joins_an_organisation_name(text, conjunct_start, stops[at], end) or _joins_two_posts(text, conjunct_start, stops[at])):
            break
        start = conjunct_start
    # In a list of titled names (县政协主席A、县人大常委会副主任B) the title stops at the
    # 、 that follows the previous name; 省委常委、市委书记B (a post before 、) runs on.
    cursor = end
    while (comma := text.rfind("、", start, cursor)) >= 0:
        if _inside_brackets(text, start, comma):
            cursor = comma  # 长江流域十五省(区、市)领导: the places a bracket lists are one item of the title
            continue
        part = text[max(start, comma - 8):comma].rstrip(",，")
        post = lexicons.ends_with_entry(part, "post_titles")
        # 干部学校党组书记吴新锋校长、县总工会主席周勇: a post after a name closes that person's title;
        # 原 or 前 before the post (工商联原副主席) says the post was held before, after a body's name; a "name" whose
        # surname closes a body's word with the character before it is the body's ending (煤电公|司总支|委员、; not
        # 校长|张中心|教授).
        post_start = comma - len(post) if post else comma
        named_before = read_name_before(text, post_start) if post is not None and text[post_start - 1:post_start] not in _FORMER else None
        named = named_before is not None and not _closes_a_body_word(text, post_start - len(named_before))
        # 省安全监管局、四川煤监局党组成员X: bodies listed before the post they share are one title.
        body = post is None and lexicons.ends_with_entry(part, "org_suffixes") is not None and read_name_before(text, comma) is None
        if named or not (post or body or lexicons.ends_with_entry(part, "post_members") or _honour_held(text, start, comma)):
            start = comma + 1
            break
        cursor = comma
    # 朝阳区委书记张三和平谷区委书记李四: a conjunction after a name ends the title, whatever word it opens.
    start = max([start, *(c.end() for c in _CONJUNCTION.finditer(text, start, end) if read_name_before(text, c.start()) is not None)])
    start = _after_unpaired_marks(text, start, end)
    title = _MEETING_AT_HEAD.sub("", text[start:end].lstrip("、,，"))
    if (dated := DATE_TEXT_RE.match(title)) is not None:
        title = title[dated.end():]  # 以及12月18日市委副书记X在…: the day the person spoke, not their post
    if title.startswith("以") and _post_pattern().match(title, 1):
        title = title[1:]  # 以理事长X为团长, 以主席X的希望为指导: 以 introduces the person, it is no part of the post
    if _on_behalf_of(title):
        title = title[title.rfind("代表") + len("代表"):]  # 副秘书长张大春代表市长X: the post of the one spoken for
    if title.endswith(_DELEGATE) and last is not None and is_cjk(last.group()[-1]) and start == last.end():
        return None  # 与会代表X, 受邀代表X: a word cut from the verb before it names whom they represent no more
    return title if title and lexicons.ends_with_entry(title, "post_titles") else None


MAX_BODY_ENDING_CHARS = 6
"""The longest body's ending (委员会, 供销合作社) read before a name."""


def _body_ending_before(text: str, at: int) -> str | None:
    """The body's ending (公司, 供销社) the text has right before ``at``, or None."""
    return lexicons.ends_with_entry(text[max(0, at - MAX_BODY_ENDING_CHARS):at], "org_suffixes")


def _closes_a_body_word(text: str, at: int) -> bool:
    """Whether the character at ``at`` ends a body's word of two characters or more begun before it (公|司)."""
    return len(_body_ending_before(text, at + 1) or "") >= 2


def _inside_brackets(text: str, start: int, at: int) -> bool:
    """Whether ``at`` stands inside round brackets opened after ``start`` and not yet closed."""
    opened = max(text.rfind("(", start, at), text.rfind("（", start, at))
    return opened >= 0 and max(text.rfind(")", opened, at), text.rfind("）", opened, at)) < 0


def _names_someone_after_a_post(text: str, start: int, end: int) -> bool:
    """Whether a name follows a post in ``text[start:end]`` (会长王萍任大会主席): a clause about someone, no posts of the
    person named after the comma."""
    return any(read_name_after(text, post.end()) is not None for post in _post_pattern().finditer(text, start, end))


_CLAUSE_OPENING_MARKS = frozenset("，,。；;\n")
"""Not a colon: 参加会议的有：县总工会主席，副主席X opens a list, whose first item is another person's post."""
_GROUP_WORDS = re.compile("各|全体|等|们")
"""县直各单位工会主席，县总工会副主席X: posts of a group before the comma are theirs, not the next name's."""
_MARKS_INSIDE_A_TITLE = frozenset("“”《》「」『』·")
_PAIRED_MARKS = {"“": "”", "《": "》", "「": "」", "『": "』"}


def _after_unpaired_marks(text: str, start: int, end: int) -> int:
    """Where a title read back to ``start`` begins once a quote or title mark whose partner lies outside it is
    left out with what stands before it (…牢记使命”主题教育指导组组长: the quote closes before the title)."""
    open_at: dict[str, int] = {}
    for at in range(start, end):
        ch = text[at]
        if ch in _PAIRED_MARKS:
            open_at[_PAIRED_MARKS[ch]] = at
        elif ch in _PAIRED_MARKS.values():
            if open_at.pop(ch, None) is None:
                start = at + 1
                open_at.clear()
    return min(open_at.values()) + 1 if open_at else start


_FORMER = frozenset("原前")
_CONJUNCTION = re.compile("[和及与]")
_MEETING_AT_HEAD = re.compile(r"^(?:会议|大会)(?=[\u4e00-\u9fff])(?!(?:执行|常务)?主席|秘书长)")
"""会议党委书记X主持 (由 left out): the meeting is no part of the chair's title; a post of the meeting itself
(大会执行主席X, 大会秘书长Y) is."""


_STUDY_BODY = re.compile(r"[^，。；,;、\s]{0,16}?(?:精神|活动)[^，。；,;、\s]{0,8}?(?:宣讲团|领导小组办公室|领导小组|办公室|工作组)")


def _opens_a_study_body(text: str, stop: re.Match[str], end: int) -> bool:
    """Whether a study word opens the name of a body set up for what it studies (市委学习贯彻全国两会精神宣讲团成员,
    学习实践活动领导小组办公室主任): the body's name, not a study of a leader's words (学习贯彻市委书记X的讲话)."""
    return stop.group().startswith(("学习", "认真学习")) and _STUDY_BODY.match(text, stop.end(), end) is not None


def _opens_org_suffix(text: str, stop: re.Match[str]) -> bool:
    suffix = lexicons.pattern("org_suffixes").match(text, stop.start())
    return suffix is not None and len(suffix.group()) > len(stop.group())


def _ends_with_post(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a title of its own: it ends in a post word and holds no name after it."""
    part = text[start:end].rstrip("、")
    return bool(part) and lexicons.ends_with_entry(part, "post_titles") is not None and not CLAUSE_BREAK.search(part)


def _joins_two_posts(text: str, conjunct_start: int, conjunction: re.Match[str]) -> bool:
    """Whether 及 or 和 joins two posts of one person (省委常委及统战部部长X): a post ends the words before it, and
    no name stands between that post and the conjunction (会长A及副会长B names two people) or before that post
    (A院长助理及秘书长B)."""
    if conjunction.group() not in ("和", "及") or not _ends_with_post(text, conjunct_start, conjunction.start()):
        return False
    if read_name_before(text, conjunction.start()) is not None:
        return False
    # 肖淑君院长助理及秘书长郭智明: a post written after a name before it is that person's, the 及 joins two people.
    post = lexicons.ends_with_entry(text[conjunct_start:conjunction.start()].rstrip("、"), "post_titles")
    return post is None or read_name_before(text, conjunction.start() - len(post)) is None


_MANY_PEOPLE_OPENERS = ("各", "全体", "部分", "广大")


def _names_people(words: str) -> bool:
    """专家学者, 全体党员, 乡亲们: words that name people, not a field of a body's name."""
    return (
        words.endswith("们")
        or words.startswith(_MANY_PEOPLE_OPENERS)
        or lexicons.ends_with_entry(words, "person_nouns") is not None
        or lexicons.ends_with_entry(words, "group_heads") is not None
    )


def _ends_a_body_after_words(words: str) -> bool:
    """科技局, not 科 of 科技: a body's ending with words before it."""
    suffix = lexicons.ends_with_entry(words, "org_suffixes")
    return suffix is not None and len(words) > len(suffix)


MAX_CONJUNCT_CHARS = 6
_PLACE_OPENING = re.compile(r"^[\u4e00-\u9fff]{1,4}?[省市区县州旗]")


def _joins_an_organisation_name(text: str, conjunct_start: int, conjunction: re.Match[str], end: int) -> bool:
    """Whether 和, 及 or 与 joins two nouns of one organisation's name (人力资源和社会保障局,
    劳工及福利局) rather than two people or two bodies: the words before it are neither a
    name nor a body nor a post, and the words after it are one body and its post."""
    if conjunction.group() not in ("和", "及", "与"):
        return False
    conjunct = text[conjunct_start:conjunction.start()]
    conjunct = conjunct[conjunct.rfind("、") + 1:]  # 中联办副主任何明、民政及青年事务局: the list's last item
    if lexicons.ends_with_entry(conjunct, "org_suffixes") or lexicons.ends_with_entry(conjunct, "post_titles"):
        return False
    if read_name_before(text, conjunction.start()) is not None:
        return False
    conjunct = _after_the_last_body(conjunct)  # 联络办公室|教育与青年工作部: a unit's name inside a body's
    if len(conjunct) > MAX_CONJUNCT_CHARS and (place := _PLACE_OPENING.match(conjunct)) is not None:
        conjunct = conjunct[place.end():]  # 浙江省|文化广电和旅游厅: the place the body is of
    if not 2 <= len(conjunct) <= MAX_CONJUNCT_CHARS or not all(is_cjk(c) for c in conjunct):
        return False
    after = text[conjunction.end():end]
    after = after[: after.find("、")] if "、" in after else after  # the first of several posts
    post = lexicons.ends_with_entry(after, "post_titles")
    body = after[: -len(post)] if post else ""
    if post and post.endswith("长") and lexicons.ends_with_entry(post[:-1], "org_suffixes") == post[:-1]:
        if _names_people(conjunct):
            return False  # 专家学者和财政局长X, 全体党员和组织部长X: people joined to the one the short post names
        body += post[:-1]  # 社会及劳动处长, 贸易和投资部长: the head of the body the post is named for
    # One body after the conjunction (社会保障局), perhaps with a unit of it (城乡建设局党组, 信息化委员会汽车处),
    # and two or more characters before the body's ending: not 总局工会, not a list.
    ending = next((k for k in range(1, len(body) + 1) if _ends_a_body_after_words(body[:k])), None)
    if ending is None:
        return False
    words = body[: ending - len(lexicons.ends_with_entry(body[:ending], "org_suffixes") or "")]
    unit = body[ending:]
    if lexicons.starts_with_entry(words, "place_suffixes"):
        return False  # 讲话精神和省总党组书记: a body of its own level (省, 市, 县) starts after the conjunction
    return 2 <= len(words) <= 6 and len(unit) <= MAX_UNIT_CHARS and all(is_cjk(c) for c in words + unit)


MAX_UNIT_CHARS = 6
"""A unit of a body named after it (党组, 汽车处, 办公室) is at most this long."""


def _after_the_last_body(words: str) -> str:
    """What ``words`` hold after the last organisation's name in them (联络办公室教育 → 教育)."""
    for cut in range(len(words) - 1, 0, -1):
        if lexicons.ends_with_entry(words[:cut], "org_suffixes"):
            return words[cut:]
    return words


def _without_org_suffix(words: str) -> str | None:
    """``words`` without the organisation suffix it ends with, or None when it ends with none."""
    suffix = lexicons.ends_with_entry(words, "org_suffixes")
    return words[: -len(suffix)] if suffix else None


# What may stand between a post word and the name: spaces of page layout (副主席 王立新) or
# a short note on the post (副主席（兼）王立新).
_LISTED_AFTER_A_COLON = re.compile(r"[、，,；;。\n]|$")
"""What closes a name listed after a post's colon (副主席：A、B。)."""
_POST_NAME_GAP = re.compile(r"[ \u3000]{1,2}|[(（][\u4e00-\u9fff]{1,4}[)）]|[:：][ \u3000]?")
"""Between a post and the name: spaces, a gloss in brackets (副支队长(主持工作)胡继明), or the colon of a post
heading the names listed after it (副主席：A、B)."""


def _name_start_after_post(text: str, end: int) -> int:
    gap = _POST_NAME_GAP.match(text, end)
    return gap.end() if gap else end


def _is_elected(text: str, name_start: int, sentence_start: int) -> bool:
    """Whether the words before a name elect the person to the post written with it, or open with a colon the list
    of those elected (选举产生了新一届领导班子：会长A，副会长B、C); 选举结束后 tells of a time."""
    before = text[max(sentence_start, name_start - 30):name_start]
    if any(not _AFTER_THE_ELECTION.match(before, m.end()) for m in lexicons.pattern("election_words").finditer(before)):
        return True
    colon = max(text.rfind("：", sentence_start, name_start), text.rfind(":", sentence_start, name_start))
    return colon > sentence_start and _is_elected(text, colon, sentence_start)


_NEWLY = re.compile("新当选|新一届|新任|新增补")
MAX_NEWLY_BEFORE_CHARS = 12
"""新当选理事X当选为会长: a post the same election gave, no post held already."""
_ELECTED_AFTER = re.compile(r"(?:同志)?(?:全票|高票|满票|顺利|再次|继续)?(?:当选|被选为|获选)")
_AFTER_THE_ELECTION = re.compile(r"(?:工作)?(?:结束|完毕|之?后|之?前|结果|办法)")


def _sentence_start(text: str, i: int) -> int:
    floor = max(0, i - MAX_CLAUSE_CHARS)
    return max(floor, max(text.rfind(c, floor, i) for c in SENTENCE_MARKS + "\n") + 1)


def find_mentions(text: str, start: int, end: int) -> list[Mention]:
    """Every anchored person mention in ``text[start:end]`` (text is masked: no chrome, bylines, ideology terms)."""
    mentions: list[Mention] = []
    taken: set[int] = set()

    def add(name: str, at: int, title: str | None, title_after: str | None) -> None:
        if at in taken or _after_stationed_in(text, at) or _is_a_kind_of_person(name) or is_a_kind_of_meeting(name) or _is_common_word(name) or _is_kinship(name) or _post_at(text, at + _surname_at(text, at)):
            return  # 李常务|理事峰男: a surname and a post is how a person is addressed; 理监事祝贺外: a verb
        taken.add(at)
        # 选举产生了理事会，党委书记X当选为会长: the post before a name elected after it is the one held already.
        elected = _is_elected(text, at, _sentence_start(text, at)) and not (
            _ELECTED_AFTER.match(text, at + len(name)) and not _NEWLY.search(_clause_before(text, at)[-MAX_NEWLY_BEFORE_CHARS:])
        )
        mentions.append(Mention(name, at, at + len(name), None if elected else title, title_after, elected))

    for post in _post_pattern().finditer(text, start, end):
        if _is_org_post(text, post):
            continue
        name_start = _name_start_after_post(text, post.end())
        name = (
            _transliterated_name_at(text, name_start)
            or _four_characters_before_comrade(text, name_start)
            or _name_between_post_and_deed(text, name_start)
            or read_name_after(text, name_start)
        )
        if name and text[name_start - 1:name_start] in COLON_MARKS and not _LISTED_AFTER_A_COLON.match(text, name_start + len(name)):
            name = None  # 要求各位副会长：严格落实…: what is said to the post's holders, no name listed
        title = read_title_before(text, post.end()) if name else None
        if name and title and _MANY_HOLDERS.match(title) and name[0] in _LINKING_SURNAMES:
            name = None  # 全体委员于学校礼堂…: a post all or some of a body hold heads no "name" opening with a preposition
        if name and post.group() in _VERBS_AFTER_A_NAME and (name[0] in _LINKING_SURNAMES or read_name_after(text, name_start, strict=True) != name):
            name = None  # 党员代表和居民代表, 校长代表向全体…: a representative is as often a group's, linked on to what follows
        if name:
            add(name, name_start, title, None)
            cursor = _past_a_note(text, name_start + len(name))
            while (sep := _LIST_SEPARATOR.match(text, cursor)) and cursor < end:
                member = read_name_after(text, sep.end(), strict=True, list_member=True) or _name_listed_between_names(text, sep.end())
                if not member or _heads_a_titled_name(text, sep.end() + len(member)):
                    break  # 理事长X、林口|市长Y: the next item is a post of its own, the word before it its place
                add(member, sep.end(), title, None)
                cursor = _past_a_note(text, sep.end() + len(member))
        # 劳联会长周联侨: with a name after the post, what stands before it is the body, not a name.
        # 王明代表学生发言: a post that is a verb after a name confirms no name there.
        before = None if name or post.group() in _VERBS_AFTER_A_NAME else read_name_before(text, post.start())
        if before and before[0] in _LINKING_SURNAMES and (
            read_name_before(text, post.start() - len(before)) is not None or text[post.start() - len(before) - 1:post.start() - len(before)] in _ADVERBS_BEFORE_A_PREPOSITION
        ):
            before = None  # 刘忠华向轮值会长表示祝贺, 并向轮值会长提出建议: after a name or an adverb, 向 is the preposition
        taken_up = _TAKES_UP_BEFORE_POST.search(text, max(0, post.start() - 2), post.start()) if not name else None
        if taken_up and (elected_one := read_name_before(text, taken_up.start())) is not None:
            # 通过了郑瑶任副主席: the post the person takes up here, no title of theirs, and 任 no character of the name
            add(elected_one, taken_up.start() - len(elected_one), None, None)
        elif before and not _names_a_unit(before):
            add(before, post.start() - len(before), None, _post_after(text, post.start()) or post.group())
    for marker in re.finditer("同志", text[start:end]):
        at = start + marker.start()
        if (name := read_name_before(text, at)) is not None:
            # 王明同志（县委副书记）: the post glossed after 同志 is the name's title.
            add(name, at - len(name), None, _post_glossed_at(text, at + len("同志"))[0])
    for frame in re.finditer(r"(?:选举|增补|受|由|通过)(?:产生)?(?:了)?", text[start:end]):
        at = start + frame.end()
        name = read_name_after(text, at, strict=True)
        if name is None and frame.group() == "由":
            name = _name_between_post_and_deed(text, at)  # 会议由相自成主持: 由 stands where a post would
        gloss, name_end = _post_glossed_at(text, at + len(name)) if name else (None, at)
        if name and (text.startswith(("为", "委托", "主持", "同志"), name_end) or frame.group().startswith("通过") and _VOTED_INTO.match(text, name_end)):
            add(name, at, gloss, None)
        elif name and frame.group().startswith(("由", "通过")):
            # 副会长由A、B和C出任, 表决通过了A、B任副主席: the names a post goes to at the meeting, no title of theirs.
            listed = _names_listed_after(text, at, end)
            take_up = _TAKE_UP if frame.group().startswith("由") else _VOTED_INTO
            if len(listed) > 1 and take_up.match(text, listed[-1][1] + len(listed[-1][0])):
                for member, member_at, _ in listed:
                    add(member, member_at, None, None)
    for host in _HOST_LINE.finditer(text, start, end):
        if (name := read_name_after(text, host.end(), strict=True)) is not None:
            add(name, host.end(), None, None)
    for header in ATTENDANCE_HEADER.finditer(text, start, end):
        for member, at, gloss in _names_listed_after(text, header.end(), end):
            add(member, at, gloss, None)
    for heading in _LIST_HEADING.finditer(text, start, end):
        # 出席会议的副主委、常委有A、B; 8位副会长包括A、B和C: the posts heading the list are each name's title.
        if not lexicons.ends_with_entry(text[max(0, heading.start() - MAX_TITLE_WORD_CHARS):heading.start()], "post_titles"):
            continue
        if (title := read_title_before(text, heading.start())) is not None:
            title = _COUNT_BEFORE_POSTS.sub("", title)
            for member, at, gloss in _names_listed_after(text, heading.end(), end):
                add(member, at, gloss or title, None)
    # A name with no post word: after a noun for a kind of person (劳模代表X, 讲师X), or
    # at the start of a clause or after a verb that introduces a person (听取了X的汇报),
    # when what follows it says what the person did (X当选, X、Y等参加, X在…上的讲话).
    for noun in lexicons.pattern("person_nouns").finditer(text, start, end):
        names, _ = _bare_names(text, noun.end(), end)
        for member, at, gloss in names:
            add(member, at, gloss or read_title_before(text, noun.end()), None)
    surname_starts = _surname_first_characters()
    for opening in _bare_name_openings(text, start, end):
        if text[opening:opening + 1] not in surname_starts:
            continue
        names, names_end = _bare_names(text, opening, end)
        if names and _acts(text, names_end):
            for member, at, gloss in names:
                add(member, at, gloss, None)
        elif (talker := _name_before_talk(text, opening)) is not None:
            add(talker, opening, None, None)
    return mentions


def _names_a_unit(words: str) -> bool:
    """车间 of 车间负责人: a word ending in a body's suffix of two characters or more is the unit a post heads."""
    suffix = lexicons.ends_with_entry(words, "org_suffixes")
    return suffix is not None and len(suffix) >= 2


_STATIONED_IN = re.compile("(?<![派常进入])驻")
"""驻孔敬总领事李名刚, 驻马来西亚大使: what follows 驻 is where a mission sits, no name (派驻, 常驻 may send a person)."""


def _after_stationed_in(text: str, at: int) -> bool:
    return at > 0 and _STATIONED_IN.match(text, at - 1) is not None


def _is_a_kind_of_person(name: str) -> bool:
    """顾问, 代表, 成员: a post or a noun for people that opens with a surname character names no one
    (董事长彭军、顾问、各公司高管参加); nor does a surname and a post's short form (李总, 徐校)."""
    return any(name in lexicons.entry_set(kind) for kind in ("post_titles", "group_heads", "person_nouns")) or _addressed_by_post(name)


def is_a_kind_of_meeting(name: str) -> bool:
    """沙龙 of 会长沙龙, 常委会 of 主任常委会: a kind of meeting after a post is the gathering of the post's holders, no name."""
    return name in lexicons.entry_set("meeting_nouns")


def _addressed_by_post(name: str) -> bool:
    """徐校, 王局, 李总: a surname and the short form of a post, how a person is called, not their name."""
    return len(name) == 2 and name[0] in lexicons.surnames() and name[1] in lexicons.entry_set("address_forms")


# "X同职工代表座谈", "X与大家面对面交流": a person who talked with those present. 同 may end a
# name here though it is common inside given names: the talk that follows anchors it.
_TALK_WITH = re.compile(r"(?:同(?!学会|时|志)|与(?!会)|和|跟)[^，。；,;！？!?\n]{1,20}?(?:座谈|交流|谈心|交谈|面对面)")
"""X同/与/和…座谈: with whom the person talked; not 同 or 与 opening a word (欧美同学会…主持座谈会, 与会人员交流)."""


def _name_before_talk(text: str, at: int) -> str | None:
    """A name at ``at`` followed by 同/与/和 … 座谈/交流, longest reading first, or None."""
    surname_len = _surname_at(text, at)
    if not surname_len:
        return None
    for given in (2, 1):
        end = at + surname_len + given
        name = text[at:end]
        if _given_name_ok(text[at + surname_len:end]) and not _is_common_word(name) and _TALK_WITH.match(text, end):
            return name
    return None


@cache
def _surname_first_characters() -> frozenset[str]:
    return frozenset(name[0] for name in lexicons.surnames())


@cache
def _bare_opening_pattern() -> re.Pattern[str]:
    """Clause breaks and the verbs that introduce a person (听取了, 特邀): a bare name may start after one."""
    return re.compile(CLAUSE_BREAK.pattern + "|(?:" + lexicons.alternation(lexicons.entries("name_openers")) + ")了?")


def _bare_name_openings(text: str, start: int, end: int) -> list[int]:
    openings = [start] + [m.end() for m in _bare_opening_pattern().finditer(text, start, end)]
    return [at + 1 if text[at:at + 1] in " \u3000" else at for at in openings if at < end]


def _is_kinship(name: str) -> bool:
    """孙女, 后人: a relation written where a name stands (孙中山先生孙女、…), no name."""
    return name in lexicons.entry_set("kinship_words")


def _is_common_word(name: str) -> bool:
    """A candidate that starts with a verb or function word of report prose (宣读, 谈到) or a
    noun for a kind of person (劳模代表) is no name."""
    return _common_word_pattern().match(name) is not None


@cache
def _common_word_pattern() -> re.Pattern[str]:
    followers = {w for w in lexicons.entries("name_followers") if len(w) > 1}
    verbs = {w for words in lexicons.keyed("role_verbs").values() for w in words}
    return re.compile(lexicons.alternation(frozenset(followers | verbs | lexicons.entry_set("person_nouns"))))


def _bare_names(text: str, at: int, end: int, headed: bool = False) -> tuple[list[tuple[str, int, str | None]], int]:
    """A name (or a list of names joined by 、) starting at ``at`` that something ends, as (name, offset, the
    post a bracket after it gives), and where the last name or its bracket ends.

    A list a header introduces (``headed``: 出席会议的有：A（县长）、B；参会人员：\nA 县长\nB 副县长) is read more
    widely: its names may be separated by spaces, lines, commas or 和, may open with a surname more often a
    word, and may have their post after a space."""
    names: list[tuple[str, int, str | None]] = []
    cursor = names_end = at
    separator = _LISTED_NAME_GAP if headed else _LIST_SEPARATOR
    while cursor < end and len(names) < MAX_LISTED_NAMES:
        name = read_name_after(text, cursor, strict=True, list_member=headed)
        if not name or _is_common_word(name):
            break
        post, names_end = _post_glossed_at(text, cursor + len(name))
        if headed and post is None and (spaced := _POST_AFTER_A_SPACE.match(text, names_end)) and lexicons.ends_with_entry(spaced.group(1), "post_titles"):
            post, names_end = spaced.group(1), spaced.end()
        names.append((name, cursor, post))
        sep = separator.match(text, names_end)
        if not sep:
            break
        cursor = sep.end()
    return names, names_end


def _names_listed_after(text: str, at: int, end: int) -> list[tuple[str, int, str | None]]:
    """The names a header of those present, or a post heading a list, goes on to list."""
    return _bare_names(text, at + 1 if text[at:at + 1] in " \u3000\n" else at, end, headed=True)[0]


_POST_GLOSS = re.compile(r"[(（]([\u4e00-\u9fff、]{2,30})[)）]")


_LISTED_NAME_GAP = re.compile(r"[\s、，,；;]{1,3}|以及|和|及")
_TAKE_UP_VERBS = "出任|担任|连任|接任|荣任"
_TAKE_UP = re.compile(rf"(?:分别)?(?:{_TAKE_UP_VERBS})")
_TAKES_UP_BEFORE_POST = re.compile(rf"(?:{_TAKE_UP_VERBS}|任)$")
_VOTED_INTO = re.compile(rf"{_TAKE_UP.pattern}|任|为")
"""通过了A、B任副主席: what a vote passed gives the names listed."""
_LIST_HEADING = re.compile(r"(?:有|包括)[:：]?")
"""What a list of names follows when posts head it (副主委、常委有A、B)."""
_COUNT_BEFORE_POSTS = re.compile(r"^(?:\d+|[一二三四五六七八九十两]+)[位名个]")
_POST_AFTER_A_SPACE = re.compile(r"[ \u3000]+([\u4e00-\u9fff（）()]{2,20}?)(?=[\s、，,；;。]|$)")
MAX_LISTED_NAMES = 40


_PERSONAL_NOTE = re.compile(r"[(（][\u4e00-\u9fff]{1,10}[)）]")


def _heads_a_titled_name(text: str, at: int, tokens: tuple[Token, ...] = ()) -> bool:
    """Whether a post and a name stand at ``at`` (市长张嘉明): what comes before them names the post's body or place.
    Where the model reads the "surname" as a function word (副校长|向|大家介绍), no name follows the post."""
    post = _post_pattern().match(text, at)
    if post is None:
        return False
    name = read_name_after(text, post.end())
    if name is None or _is_common_word(name):
        return False  # 助理秘书长|应邀出席: a word that follows names, no name
    opening = tokens_overlapping(tokens, post.end(), post.end() + 1)
    return not (opening and opening[0].start == post.end() and opening[0].tag in _FUNCTION_TAGS)


def _past_a_note(text: str, at: int) -> int:
    """Where a short note in brackets after a listed name ends (王明（女）、李强, 张华（兼经审会主任）、赵军, A（视频）、B),
    so the list and the post heading it go on; ``at`` itself when no such note stands there."""
    note = _PERSONAL_NOTE.match(text, at)
    return note.end() if note else at


def _post_glossed_at(text: str, i: int) -> tuple[str | None, int]:
    """A post written in brackets right after a name (王明（市总工会主席）出席), which is the name's title, and
    where the bracket ends; (None, i) when there is none (王明（女）)."""
    gloss = _POST_GLOSS.match(text, i)
    if gloss and lexicons.ends_with_entry(gloss.group(1), "post_titles"):
        return gloss.group(1), gloss.end()
    return None, i


def _acts(text: str, end: int) -> bool:
    """Whether the words right after a bare name (or list of names) say what the person did here
    or whose speech was studied: a verb from the list, 等 + a role verb in the clause, or a
    relayed speech (X在…上的讲话, X的重要讲话)."""
    if (noun := lexicons.pattern("person_nouns").match(text, end)) is not None:
        end = noun.end()  # X老师为大家授课: the noun after the name, then the verb
    if lexicons.pattern("bare_name_verbs").match(text, end) is not None:
        return True
    if text.startswith("等", end):
        after = _after_window(text, end)
        keyed = lexicons.keyed("role_verbs")
        return any(w in after for role in ("chair", "speaker", "attendee") for w in keyed[role])
    return is_relayed(text, end) or _OWN_REPORT.match(text, end) is not None


@lru_cache(maxsize=READINGS_KEPT)
def _clause_bounds(text: str, i: int, j: int) -> tuple[int, int]:
    """Start of the clause holding ``i`` and end of the clause holding ``j``; a mark inside a title in 《》
    (在《…指引,助推…》的发言中谈到) is the title's, not a break of the clause."""
    left, floor = i, max(0, i - MAX_CLAUSE_CHARS)
    while left > floor and not (CLAUSE_BREAK.match(text, left - 1) and not inside_document_title(text, left - 1)):
        left -= 1
    breaks = CLAUSE_BREAK.finditer(text, j, j + MAX_CLAUSE_CHARS)
    match = next((m for m in breaks if not inside_document_title(text, m.start())), None)
    return left, match.start() if match else min(len(text), j + MAX_CLAUSE_CHARS)


MAX_LISTED_CLAUSES = 12
"""At most this many comma-separated titled names share one predicate (A，B，C分别发言)."""
_DISTRIBUTIVE = re.compile("分别|先后|依次|相继|逐一|轮流|均|都|等")
MAX_SUBJECTLESS_CLAUSES = 2
"""At most this many clauses without a subject go on with the subject of the name's clause."""
_CONTINUATION = ("并", "随后", "还", "同时", "接着", "之后")
"""Words that open a clause going on with the subject of the one before (X当选为…，并作了报告)."""


def _after_window(text: str, end: int) -> str:
    """The words after a name that say what the person did: the rest of its clause; when the name ends
    its clause, the next one, or the clause that a list of titled names shares (A，B，C分别发言);
    and a clause that goes on with the same subject (，并作了报告)."""
    _, clause_end = _clause_bounds(text, end, end)
    reach = AFTER_WINDOW_CHARS
    if _shares_the_list_verb(text, end, clause_end):
        reach = clause_end - end
    # A，B分别致辞 and A代表市委，B代表市政府分别致辞: a name whose clause holds nothing but whom it speaks for.
    speaks_for = _ON_BEHALF_OF.fullmatch(text, end, clause_end) and not _role_verb_pattern().search(text, end, clause_end)
    if (clause_end - end < 2 or speaks_for) and text[clause_end:clause_end + 1] in ("，", ",", "、"):
        shared_end = _shared_predicate_end(text, clause_end)
        # …whose clause holds nothing but whom it speaks for shares a verb only where it is shared out (分别致辞).
        if not speaks_for or _DISTRIBUTIVE.search(text, clause_end, shared_end):
            clause_end = shared_end
        # A long list of titled names reaches its shared verb however far it stands (…等先后发言).
        reach = max(reach, min(clause_end - end, MAX_CLAUSE_CHARS))
    if text.startswith(_CONTINUATION, clause_end + 1) and text[clause_end:clause_end + 1] in ("，", ","):
        match = CLAUSE_BREAK.search(text, clause_end + 1, clause_end + 1 + AFTER_WINDOW_CHARS)
        clause_end = match.start() if match else clause_end + 1 + AFTER_WINDOW_CHARS
    listed = text.startswith(("、", "等"), end)
    for _ in range(MAX_SUBJECTLESS_CLAUSES):
        # X对…作了回顾，就…，提出了要求: clauses with no subject of their own go on with X's.
        if text[clause_end:clause_end + 1] not in "，,":
            break
        if listed and lexicons.pattern("meeting_verbs").search(text, end, clause_end):
            break  # A、B等九位同志召开会议，传达…: those listed held the meeting; what follows is what it did
        # A clause opening with a role verb has no subject of its own (…参加会议，提出工作要求): it always goes
        # on; one opening with a preposition only while no role verb has been read yet.
        opens_with_verb = _role_verb_pattern().match(text, clause_end + 1) or _SPEECH_ACT.match(text, clause_end + 1)
        match = CLAUSE_BREAK.search(text, clause_end + 1, clause_end + 1 + AFTER_WINDOW_CHARS)
        if not opens_with_verb and (
            _role_verb_pattern().search(text, end, min(clause_end, end + reach)) and not _spoke_after_coming(text, end, clause_end, match)
            or not lexicons.pattern("predicate_openers").match(text, clause_end + 1)
        ):
            break
        clause_end = match.start() if match else clause_end + 1 + AFTER_WINDOW_CHARS
        reach = max(reach, 2 * AFTER_WINDOW_CHARS)
    return text[end:min(clause_end, end + reach)]


def _spoke_after_coming(text: str, end: int, clause_end: int, next_break: re.Match[str] | None) -> bool:
    """Whether the name's clause tells only that the person came (副区长X到会，) and the clause after it opens with the
    matter they spoke on and tells the talk (对专项行动提出了具体要求): the one who came spoke."""
    keyed = lexicons.keyed("role_verbs")
    came = text[end:clause_end]
    if any(w in came for role in ("chair", "speaker") for w in keyed[role]) or not any(w in came for w in keyed["attendee"]):
        return False
    if not _matter_opened().match(text, clause_end + 1):
        return False  # …出席，联系单位负责人作了交流发言: a clause that may have a subject of its own
    said = text[clause_end + 1:next_break.start() if next_break else clause_end + 1 + AFTER_WINDOW_CHARS]
    return any(w in said for w in keyed["speaker"]) and not _sent_greetings(text, clause_end + 1)


@cache
def _matter_opened() -> re.Pattern[str]:
    """The matter or the audience the clause after the one that tells of coming opens with (对专项行动提出了具体要求,
    为全体党员讲授了专题党课): the audience as predicate_openers.txt lists it."""
    audience = tuple(w for w in lexicons.entries("predicate_openers") if w.startswith("为"))
    return re.compile("对|就|围绕|" + lexicons.alternation(audience))


_A_DELEGATE_NOUN_GOES_ON = "[、们性项处是:：]|大会|会(?![长员上见])|团|有(?!关)"
"""What follows 代表 in a noun or adjective (代表、, 代表们, 代表性传承人, 代表项目, 代表大会, 代表会, 代表团, 代表处), or the
delegates named after it (主管机关代表有局长X, 代表是…), never the verb (代表会长, 代表会员, 代表有关部门: on behalf of them)."""
_ON_BEHALF_OF = re.compile(rf"代表(?!{_A_DELEGATE_NOUN_GOES_ON})[^，。；,;、\n]{{1,20}}")
_LIST_VERB = re.compile(f"(?:{_DISTRIBUTIVE.pattern})$")


def _shares_the_list_verb(text: str, end: int, clause_end: int) -> bool:
    """Whether a name is an item of a 、-list that ends its clause with a role verb shared out to every
    item (A、B（视频）、C先后致词), however long the list: no other role verb stands between."""
    if "、" not in text[end:end + 8]:
        return False
    verbs = list(_role_verb_pattern().finditer(text, end, clause_end))
    return len(verbs) == 1 and _LIST_VERB.search(text, end, verbs[0].start()) is not None


def _shared_predicate_end(text: str, clause_end: int) -> int:
    """Where the predicate of "X," ends: the next clause, or, past short clauses naming nobody's act,
    the first clause with a role verb that is shared out (分别, 先后, 等)."""
    match = CLAUSE_BREAK.search(text, clause_end + 1, clause_end + 1 + AFTER_WINDOW_CHARS)
    first = match.start() if match else clause_end + 1 + AFTER_WINDOW_CHARS
    cursor = clause_end
    for _ in range(MAX_LISTED_CLAUSES):
        if text[cursor:cursor + 1] not in "，,":
            break
        match = CLAUSE_BREAK.search(text, cursor + 1, cursor + 1 + MAX_CLAUSE_CHARS)
        if match is None:
            break
        clause = text[cursor + 1:match.start()]
        if verb := _role_verb_pattern().search(clause):
            return match.start() if _DISTRIBUTIVE.search(clause) or _titled_names_before(clause[:verb.start()]) else first
        if len(clause) > AFTER_WINDOW_CHARS:
            break
        cursor = match.start()
    return first


def _titled_names_before(subject: str) -> bool:
    """Whether the words before a clause's verb are titled names (副县长A、副县长B参加会议): the clause
    goes on with a list of those present, and the names listed before it share its verb."""
    return _post_pattern().search(subject) is not None and read_name_before(subject, len(subject)) is not None


def _list_end(text: str, end: int) -> int:
    """End of a list of names that starts with the name ending at ``end`` (its predicate follows)."""
    cursor = end
    while sep := _LIST_SEPARATOR.match(text, cursor):
        nxt = sep.end()
        if (named := read_name_after(text, nxt)) is not None and _post_after(text, nxt + len(named)) is not None:
            cursor = _skip_post_after(text, nxt + len(named))  # A副局长、B副局长、C副局长就…: each name, then its post
            continue
        title_match = _post_pattern().search(text, nxt, nxt + 20)
        name_start = title_match.end() if title_match and not CLAUSE_BREAK.search(text, nxt, title_match.start()) else nxt
        member = read_name_after(text, name_start) or _transliterated_name_at(text, name_start)
        if not member:
            break
        cursor = name_start + len(member)
    return cursor


def _post_after(text: str, end: int) -> str | None:
    """The post written right after a name (韦明局长), with the words that qualify it there (王明常务副理事长所作的,
    李红财务主管作): up to MAX_POST_PREFIX_CHARS before the post word, where a deed or a mark follows it."""
    post = _post_pattern().match(text, end)
    if post and post.group() in _VERBS_AFTER_A_NAME:
        return None
    direct = post.group() if post and not _is_org_post(text, post) else None
    if text.startswith(_DEPUTY, end) and (deputy_of := _post_pattern().match(text, end + 1)) and deputy_of.end() > end + len(direct or ""):
        direct = text[end:deputy_of.end()]  # 黄明副总队长: the deputy of 总队长, not 副总 (a deputy general manager)
    if direct and _POST_ENDS.match(text, end + len(direct)):
        return direct
    # 崔春起副总|队长主持: a post word that the next one runs on from (副总 of 副总队长) is a qualifier of the longer post,
    # and 兼 joins two posts the person holds (秘书长兼副会长); not a post a verb or a conjunction stands after (王明主席
    # 委托|副主席主持, 王明会长和|副会长).
    qualified = _qualified_post_after(text, end)
    if direct and qualified:
        after = end + len(direct)
        runs_on = _post_pattern().match(text, after) is not None or text.startswith(_CONCURRENTLY, after)
        return qualified if runs_on else direct
    return qualified or direct


def _qualified_post_after(text: str, end: int) -> str | None:
    for prefix in range(1, MAX_POST_PREFIX_CHARS + 1):
        words = text[end:end + prefix]
        if len(words) < prefix or not all(is_cjk(ch) for ch in words) or words[0] in _NO_POST_PREFIX or _TAKES_A_POST.search(words):
            return None
        if _DONE.search(words):
            return None  # 林晓东宣读了|总理的贺信: a deed done, whose object a post opens, is no qualifier of a post
        post = _post_pattern().match(text, end + prefix)
        if post and post.group() not in _VERBS_AFTER_A_NAME and not _is_org_post(text, post) and _POST_ENDS.match(text, post.end()):
            return text[end:post.end()]
    return None


_MANY_HOLDERS = re.compile("全体|各(?!界)|部分|其他|其余")
"""Openings of a post held by many (全体委员, 各位代表, 部分理事): a group, whatever follows it; 各界 opens a body's name."""
MAX_POST_PREFIX_CHARS = 4
_DELEGATE = "代表"
_VERBS_AFTER_A_NAME = frozenset({_DELEGATE})
"""Posts that are verbs when written right after a name: 学生代表王明 holds a post, 王明代表学生发言 speaks for others."""
_ADVERBS_BEFORE_A_PREPOSITION = frozenset("并还也又再都就则且而均")
_LINKING_SURNAMES = frozenset("和向于与同")
"""Surnames that are conjunctions and prepositions as often (和, 向, 于): after 代表 they link it to what follows."""
_NO_POST_PREFIX = frozenset("在对向与和及同代为以从将把被由等并也都均、")
"""Prepositions, conjunctions and adverbs: what follows a name with one of these is no post of its (王明在县长…)."""
_DONE = re.compile("[了过着]")
_TAKING_A_POST = "任选聘膺"
_TAKES_A_POST = re.compile(f"[{_TAKING_A_POST}]|当选")
"""X当选主席, X连任理事长, X膺监事长: a post the person takes at the meeting is no title (EXTRACTION.md §3)."""
_POST_ENDS = re.compile(r"[^\u4e00-\u9fff]|所作|所做|作|做|的|在|同志|主持|讲话|致|表示|指出|发言|介绍|宣读|汇报|代表|等|带领|率")
"""What follows a post written after a name: a mark, or what the person did."""


def _skip_post_after(text: str, end: int) -> int:
    """Offset after a post word (with its qualifying words), a kind of person and 同志 written right after a name
    (韦明局长的讲话, 李明牧师作祷告): not 代表, a verb there (王明代表学生发言)."""
    if (post := _post_after(text, end)) is not None:
        end += len(post)
    elif (kind := lexicons.pattern("person_nouns").match(text, end)) is not None and kind.group() not in _VERBS_AFTER_A_NAME:
        end = kind.end()
    return end + 2 if text.startswith("同志", end) else end


def is_relayed(text: str, end: int) -> bool:
    """Whether this occurrence names a leader whose own speech, report or instructions are
    relayed or studied here (X在…上的讲话, X对…作出的重要批示, X的重要讲话, 受X委托)."""
    keyed = lexicons.keyed("role_verbs")
    own_end = _skip_post_after(text, end)
    own_after = text[own_end:own_end + 8]
    return any(own_after.startswith(w) for w in keyed["studied_after"]) or _SPEECH_ELSEWHERE.match(text, own_end) is not None


def _relayed_with_the_list(text: str, start: int, end: int) -> bool:
    """Whether the name opens a list whose speeches are relayed together, the object of 对 (X对副县长A、局长B的讲话作传达);
    not a list of those who relay (县长A、副县长B对…的批示进行了传达)."""
    if not _RELAYED_LIST_OPENS.search(_clause_before(text, start)):
        return False
    own_end = _skip_post_after(text, end)
    list_end = _list_end(text, own_end)
    return list_end > own_end and is_relayed(text, list_end)


_RELAYED_LIST_OPENS = re.compile(r"对[^，,。；;对]{0,40}$")


def _clause_before(text: str, start: int) -> str:
    clause_start, _ = _clause_bounds(text, start, start)
    return text[clause_start:start]


_DELEGATE_NOUN = re.compile(f"代表(?={_A_DELEGATE_NOUN_GOES_ON})")


def _on_behalf_of(before: str) -> bool:
    """Whether the last 代表 before a name is the verb "on behalf of" (代表市长X), not the noun
    of a delegate (劳模代表X, 人大代表X、委员Y, 代表性传承人X): the verb is followed by the
    person's post title alone, the noun by the name itself or a list of names."""
    before = _DELEGATE_NOUN.sub("", before)
    at = before.rfind("代表")
    between = before[at + 2:]
    if before[at - 1:at] == "、":
        return False  # 主任X、代表联络室主任Y: a list item opens with the body's name, no verb
    return at >= 0 and bool(between) and "、" not in between and lexicons.ends_with_entry(between, "post_titles") is not None


_LIST_LINKS = "及和与、"


def _spoken_for(text: str, start: int, end: int) -> bool:
    """Whether the name is one a speaker speaks for, written with its post after it (X同志代表Y院长作报告, X代表省科协
    及Y主席、Z书记致辞): 代表 right after 同志, or after a body and a list mark, is the verb, where the noun of a
    delegate (劳模代表Y) heads the name itself."""
    if "代表" not in text[max(0, start - MAX_CLAUSE_CHARS):start]:
        return False
    if _post_after(text, end) is None or text.startswith("代表", _skip_post_after(text, end)):
        return False  # A主席代表X、B主任代表Y分别致辞: B speaks for a body of their own
    before = _DELEGATE_NOUN.sub("", _clause_before(text, start))
    at = before.rfind("代表")
    if at < 0:
        return False
    between = before[at + 2:]
    if not between:
        return before[:at].endswith("同志")
    first_item = re.split(f"[{_LIST_LINKS}]", between)[0]
    return between[-1] in _LIST_LINKS and lexicons.ends_with_entry(first_item, "org_suffixes") is not None


_INVITED = re.compile("邀请(?!函)")
"""学习会议邀请X作辅导: the verb, not 特邀 of a title (特邀代表X的发言 is still studied)."""


_QUOTED_FROM = re.compile("(?:引述|引用)了?$")
"""引述副总理X讲话, 引用了X的话: the leader right after the verb of quoting, their words quoted, not present."""
_CHARGED = re.compile("委托|之托|委派|指派|嘱托")
MAX_CHARGE_DISTANCE = 16


def _studied_before(text: str, start: int) -> bool:
    """传达/学习/受/代表 … in the clause before the name (代表 only as the verb), outside the
    name's own title (理论学习中心组组长X leads the study, it is not studied)."""
    # 受到表彰的X was honoured here, 受邀出席的嘉宾有X was invited to attend it, 受表彰代表X was honoured: none
    # delegated; 受 delegates only where the clause goes on to the charge (受X委托).
    before = _clause_before(text, start)
    if not _CHARGED.search(text, start, start + MAX_CHARGE_DISTANCE):
        before = before.replace("受", "")
    if "引" in before or _studied_verb().search(before):
        title = read_title_before(text, start)
        outside_title = before[: -len(title)] if title and before.endswith(title) else before
        if _QUOTED_FROM.search(outside_title):
            return True  # X引述副总理Y讲话: Y's words, quoted
        studied = [m.end() for m in _studied_verb().finditer(outside_title)]
        # 学习会议邀请X作辅导: the person invited after the study verb speaks at the meeting.
        if studied and not _INVITED.search(outside_title, studied[-1]):
            return True
    return "代表" in before and _on_behalf_of(before)


@cache
def _studied_verb() -> re.Pattern[str]:
    """A studied_before word as a verb: not the head of a noun (党史学习教育, 学习中心组, 学习型, 学习小组,
    学习成员, 学习会, 学习班, 文史和学习委员会, 学习列席旁听工作小组, 学习督导组), nor the study itself as a subject
    (集中学习由X主持); 学习会议精神 studies the meeting's spirit."""
    words = lexicons.alternation(lexicons.keyed("role_verbs")["studied_before"])
    return re.compile(f"(?:{words})(?!教育|中心组|型|小组|成员|班|委员会|会(?!议)|由|列席|旁听|巡听|督导)")


def _heard_before(text: str, start: int) -> bool:
    """听取 … in the clause before the name: the meeting heard X's own report (听取了X的汇报)."""
    before = _clause_before(text, start)
    return any(w in before for w in lexicons.keyed("role_verbs")["heard_before"])


# "主持议事会的居委会主任X": the one who chaired, named after a relative clause (not 主持人介绍了出席会议的X, whom the host named).
_CHAIRING_CLAUSE = re.compile(r"主持(?!人(?:介绍|宣布|邀请))[^，。；,;]{0,20}的[^，。；,;的]{0,20}$")
_HOST_BEFORE = re.compile(r"主持(?:人[:：]?|[:：])[ \u3000]?$")
_HOST_LINE = re.compile(r"主持人?[:：][ \u3000]?")
"""主持人：X, 主持：X. Naming the host is saying what X did, as a verb after a bare name does."""


def _named_host(text: str, start: int) -> bool:
    """主持人X, 主持人：X, 主持：X, 主持人：市总工会副主席X: the person named as the meeting's host chairs it."""
    if text.rfind("主持", max(0, start - MAX_TITLE_CHARS - len("主持人： ")), start) < 0:
        return False  # most names: no host word before them, and no title to read
    title = read_title_before(text, start)
    host_end = start - len(title) if title and text.endswith(title, 0, start) else start
    return _HOST_BEFORE.search(text, max(0, host_end - len("主持人： ")), host_end) is not None


# X作的《…》报告, X代表党中央在大会上的致词: a speech the name owns, not one it gives here.
_OWN_SPEECH = re.compile(
    rf"(?:代表[^，。；,;]{{1,12}}?)?(?:在(?!{THIS_SESSION}?(?:会|会议|大会)上)[^，。；,;]{{1,50}}?)?所?(?:作|做)?的"
    r"(?:《[^》]{1,80}》)?(?:重要)?[^，。；,;的《》]{0,6}?(?:讲话|报告|致辞|致词|指示|批示)"
)


def _owned_speech_studied(text: str, start: int, end: int) -> bool:
    """X's own speech (X作的…报告), or that of a list X opens (X、Y和Z3名同志的重要讲话), in a sentence that studies
    or relays what it lists (会议传达学习了…，X…的致词)."""
    own_end = _skip_post_after(text, end)
    listed_end = _end_of_names(text, own_end)
    if (comrades := _COMRADES.match(text, listed_end)) is not None:
        listed_end = comrades.end()
    if _OWN_SPEECH.match(text, own_end) is None and _OWN_SPEECH.match(text, listed_end) is None:
        return False
    before = text[_sentence_start(text, start):start]
    return any(w in before for w in lexicons.keyed("role_verbs")["studied_before"])


_NAMES_JOINED = re.compile(r"、|和|及|与")
_COMRADES = re.compile(r"等?(?:[\d一二三四五六七八九十两]+(?:名|位))?同志")
"""X、Y和Z3名同志, X等6位同志: the names of a list counted or called comrades."""


def _end_of_names(text: str, end: int) -> int:
    """End of the names listed after the one ending at ``end`` (、Y和Z), ``end`` where none is."""
    cursor = end
    while (joined := _NAMES_JOINED.match(text, cursor)) and (member := read_name_after(text, joined.end())):
        cursor = joined.end() + len(member)
    return cursor


_DOERS_LISTED = re.compile(r"([^，。；,;：:]{1,20}?)的(?:还)?(?:有|是|包括|为)[：:]?[^，。；,;：:的]*$")
"""发言的还有A、B, 作交流发言的有：A: who did what the words before 的 tell, listed after it."""


_ATTENDED_OR_HEARD = re.compile("参加|出席|列席|收看|观看|聆听|听|获|受|看")
"""参加讲座的还有X, 一同收看讲话直播的有X, 获得称赞的有X: a deed of attending, watching, hearing or being given, whatever
speech it names."""


def _spoke_as_listed(text: str, start: int) -> bool:
    """Whether the name is listed after a deed of speaking (在会上发言的还有X, 参与分享环节的有：X)."""
    if "的" not in text[max(0, start - MAX_CLAUSE_CHARS):start]:
        return False
    before = _clause_before(text, start)
    clause_start = start - len(before)
    if text[clause_start - 1:clause_start] in COLON_MARKS:
        before = _clause_before(text, clause_start - 1) + text[clause_start - 1:start]
    listed = _DOERS_LISTED.search(before)
    if listed is None:
        return False
    deed = listed.group(1)
    if _ATTENDED_OR_HEARD.search(deed):
        return False
    speaking = lexicons.keyed("role_verbs")["speaker"]
    return any(w in deed for w in speaking) or _speaks_in(deed)


_SPOKE_ON = re.compile(r"就(?!是|任|职|读|业|餐|座|医|近|地|此|在|要|会|已|将|把|开始|这样|赶|来|到|前往|去|回)|围绕")
_ADDRESSED_A_MATTER = re.compile(
    r"对[^，。；,;：:]{1,40}?(?:作|做|进行)了?[^，。；,;：:]{0,6}?(?:部署|布置|安排|说明|解读|动员|讲解|点评|总结|解答|辅导|阐释|阐述|讲话|报告)"
)
"""X对…工作作具体布置, X对全年任务进行了安排: a matter opened by 对, however long, and the talk given on it."""
_THEN_SPOKE_ON = re.compile(rf"^[^，,。；;]{{0,24}}?并(?:{_SPOKE_ON.pattern})(?![^，,。；;]{{0,20}}听取)")
"""参加了集体学习并围绕…, 出席会议并就…: what the person went on to speak on in the same clause (not 与会代表并围绕…, another's
deed after the comma, nor 并围绕…听取意见, listening)."""
_TALK_THEMED = re.compile(r"以[“《「][^”》」\n]{1,60}[”》」]为(?:题|主题)")
"""X以“对照党章、学习党史”为题, X分别以《…》为题: the title of the talk the person gave."""
_FROM = r"从(?![事严实而未来小今此\d])"
_ASPECTS = r"(?:等|几个|多个|[一二三四五六七八九十两]个)(?:方面|角度|维度)"
_ASPECTS_SPOKEN_ON = re.compile(rf"{_FROM}([^。！？!?\n]{{1,60}}?){_ASPECTS}")
_LONG_ASPECTS_SPOKEN_ON = re.compile(
    rf"{_FROM}([^。！？!?\n]{{61,120}}?){_ASPECTS}"
    r"(?=[^，,。；;]{0,20}?(?:报告|强调|部署|阐述|讲解|解读|提出|讲述|分析|介绍|作了|做了|进行了))"
)
"""X从总结成绩、直面问题…等方面, X从三个方面: the aspects a talk went through, counted or summed up with 等; not 从事,
从严, 从2018年起. Past 60 characters (从…；…；…等三个方面对…进行了部署) only where a word of speaking follows them, not
a life told (从山村一路走来，……等方面积累了经验)."""


def _talk_opens_at(text: str, at: int) -> bool:
    """Whether a talk's matter, theme or aspects open at ``at``, after any adverb of order or the meeting spoken at."""
    matter_at = before.end() if (before := _BEFORE_THE_MATTER.match(text, at)) else at
    if (aspects := _ASPECTS_SPOKEN_ON.match(text, matter_at) or _LONG_ASPECTS_SPOKEN_ON.match(text, matter_at)) is not None:
        # 从北京赶回主持会议，…方面, 从外地赶来列席会议，县长Y从三个方面…: the person came and chaired or attended, the
        # aspects are another's talk or another matter.
        keyed = lexicons.keyed("role_verbs")
        return not any(w in aspects.group(1) for role in ("chair", "attendee") for w in keyed[role])
    return any(p.match(text, matter_at) for p in (_SPOKE_ON, _ADDRESSED_A_MATTER, _TALK_THEMED))
"""参加了集体学习并围绕…, 出席会议并就…: what the person went on to speak on."""
_BEFORE_THE_MATTER = re.compile("(?:首先|随后|接着|最后|分别|先后|相继|依次|还|也|又|在会上|在会议上)*(?:结合[^，,。；;]{1,12}[，,]?)?")
"""Adverbs of order, the meeting spoken at, and what the talk draws on (A、B相继结合工作实际，就…), before its matter."""
_SERVES_AS = re.compile(r"[作做](?:为|成员|委员|副?(?:书记|主任|组长|主席))")
"""X作为…, A、B作成员, X作副书记: what the person serves as, no talk given."""
_REPORTS = re.compile(r"报告(?!厅|团|会(?![馆务员议]))")
"""X报告会馆年度财政状况: 报告 right after a person is what they told the meeting; not 报告会 or 报告厅, a meeting or a hall
named after one (报告会馆 is 报告 and the body reported on)."""
_REPORTED_TO = re.compile(r"向[^，,。；;]{0,12}$")
_ADDRESSED = re.compile(r"(?:(?<![方导面转走指趋意志取动倾偏内外纵横一])向|(?<![针相绝面反应核校])对)[^，,。；;]*$")
"""X向A、B表示感谢, X对创会会长A所作出的努力表示认同: the person after 向 or 对 is spoken to or of, the speech verb after
the name is X's (not 方向, 面向, 针对, 相对)."""
_ADDRESS_GIVEN = re.compile(r"致[^，。；,;、]{0,8}?(?:词|辞)")
"""致大会开幕词, 致新春贺辞: an address the person gave, whatever occasion is named inside it."""


_CARRIED_OUT = "落实"
_WORDS_CARRIED_OUT = re.compile("(?:的)?(?:重要)?(?:讲话|指示|批示)(?:精神)?")
_SENT_SOMEONE = re.compile(f"(?:等人?)?(?:也|亦|则|均)?(?:{SENT_IN_THEIR_STEAD})")
"""X派人与会, A、B等人也派员出席: sent someone in their stead, not present."""
_INTRODUCED = "介绍"
_REPORT_MADE = re.compile("所[作做]的[^，,。；;]{0,12}?(?:报告|讲话)")
_SUGGESTED = re.compile(r"(?:也|还|则|并|进一步|首先|最后)?建议(?![书稿人名案])")


def role_at(text: str, start: int, end: int) -> str:
    """The role one occurrence of a name gives, from the words around it."""
    keyed = lexicons.keyed("role_verbs")
    if inside_document_title(text, start):
        return "referenced"  # 《X在全省大会上强调…》: a document's title tells of another occasion
    if _visit_beside_the_meeting(text, start):
        return NOT_PRESENT  # 会前，A、B看望了全体成员，C陪同: a visit before the meeting, no part of it
    if _spoken_for(text, start, end):
        return "referenced"  # 听取了X同志代表Y院长所作的报告: X is heard, Y spoken for
    before = _clause_before(text, start)
    own_end = _skip_post_after(text, end)
    after_start = _list_end(text, own_end)
    if (
        (past := _PAST_HOLDERS_NAMED.search(before))
        and (past.group("thanked") or _listed(text, start, end))
        and not _CAME.match(text, after_start)
    ):
        return "referenced"  # 在历任A、B会长的带领下, 感谢卸任理事长X: holders of a post before, told of, not present
    if _heard_before(text, start):
        return "speaker"
    if _GIVES_A_TALK.match(text, own_end):
        return "speaker"  # 邀请学习贯彻…宣讲团成员X进行宣讲: the talk given here outweighs a study word in the title
    if _studied_before(text, start) or is_relayed(text, end) or _owned_speech_studied(text, start, end) or _relayed_with_the_list(text, start, end):
        return "referenced"
    if before.endswith(_CARRIED_OUT) and _WORDS_CARRIED_OUT.match(text, own_end):
        return "referenced"  # 落实X院长讲话精神: what the person said elsewhere, carried out here
    if _SENT_SOMEONE.match(text, after_start):
        return "referenced"  # 市长X等人也派人与会: someone came in their stead
    if _INTRODUCED in before and _REPORT_MADE.match(text, own_end):
        return "referenced"  # 介绍了最高人民法院X所作的工作报告: a report given elsewhere, told of here
    if _CHAIRING_CLAUSE.search(_IN_CHARGE.sub("", before)) or _named_host(text, start):
        return "chair"
    if _spoke_as_listed(text, start):
        return "speaker"
    own_after = text[own_end:own_end + 8]
    if _gives_a_talk_at(text, own_end) or _ADDRESS_GIVEN.match(own_after):
        return "speaker"  # X作报告, not X作出批示: an instruction written away from the meeting
    if _REPORTS.match(own_after) and not _REPORTED_TO.search(before):
        return "speaker"  # 副理事长X报告会馆…情况: the person reported to the meeting (not 向主席X报告, the one told)
    if _SUGGESTED.match(own_after):
        return "speaker"  # 主席X建议，各基层工会要…: a suggestion made to those present (not 采纳了X的建议, a paper's)
    if after_start > own_end and _gives_a_talk_at(text, after_start):
        return "speaker"  # A、B分别作回应: the talk the list's names give
    if _talk_opens_at(text, own_end) or after_start > own_end and _talk_opens_at(text, after_start):
        # X就深入学习…提出要求, X围绕…进行交流, X首先就…, X在会上就…, X以“…”为题…, X从…等方面…, A副局长、B副局长就…: the
        # matter or the theme a person (or a list of them) speaks on opens here, however long, after an adverb of order or
        # the meeting it is spoken at
        return "speaker"
    after = _after_window(text, after_start)
    # 出席报告会: a speech word naming the meeting, or a word holding one (运动员), is no deed.
    after = _RITE_PRESIDED.sub("", _IN_CHARGE.sub("", _SPEECH_IN_A_NAME.sub("", _WORD_ENDING_IN_ZUO.sub("", after))))
    if _sent_greetings(text, after_start):
        return "referenced"  # X等侨领，…侨联发来贺信: who sent greetings was not there
    for role in ("chair", "speaker", "attendee"):
        if any(w in after for w in keyed[role]) or role == "speaker" and (_speaks_in(after) or _THEN_SPOKE_ON.search(after)):
            # The strongest role whose verb the clause holds; chair beats 出席…并讲话.
            if role == "speaker" and _ADDRESSED.search(before):
                return "attendee"  # 县长X向即将退休的A处长、B秘书表达感谢: those spoken to are present, X speaks
            return "speaker" if role == "attendee" and _words_follow(text, after_start + len(after)) else role
    if (
        _UNDER_THE_LEAD_OF_BEFORE.search(before)
        and _UNDER_THE_LEAD_OF_AFTER.match(text, own_end)
        and _SAID_BEFORE.search(text, _sentence_start(text, start), start)
    ):
        # Y表示，…在创会会长X和前任会长Z的带领下…: under whose lead the body grew, as a speaker tells it, no deed here (not
        # 在书记X的带领下，全体党员重温入党誓词, a lead given at the meeting)
        return "referenced"
    if text.startswith("曾", own_end) and not _deed_in_the_sentence(text, start, own_end):
        return NOT_PRESENT  # 前主席X曾2次到家庙祭祖: what the person once did, with no deed at this meeting
    return NOT_PRESENT if _visited(text, start) else "attendee"


def _gives_a_talk_at(text: str, at: int) -> bool:
    """Whether 作 or 做 opens what the person (or a list of people) does at ``at``, past an adverb that shares it out
    (X作报告, A、B分别作回应), and is no post served as (X作副书记) nor greetings sent."""
    if (shared := _DISTRIBUTIVE.match(text, at)) and shared.group() != "等":
        at = shared.end()
    deed = text[at:at + 8]
    return deed.startswith(("作", "做")) and not _SERVES_AS.match(deed) and not _sent_greetings(text, at)


_UNDER_THE_LEAD_OF_BEFORE = re.compile(r"在[^，,。；;在]{0,24}$")
_SAID_BEFORE = re.compile(f"{SAYING_VERBS}[，,：:]|(?:相信|坚信|深信|期待|期望|希望)(?=在)")
"""Y表示，…; Y相信在…的带领下: words a speaker says or believes, about the lead others give."""
_UNDER_THE_LEAD_OF_AFTER = re.compile(r"(?:[、和与及][^，,。；;]{0,24})?的(?:正确|坚强|亲切)?(?:带领|领导|关心|关怀|支持|指导|帮助)下")


_PAST_HOLDERS_NAMED = re.compile(
    "历任(?![^，,。；;、]{2,8}?(?:协会|联谊会|促进会|联合会))[^，,。；;]{0,30}$"
    "|(?P<thanked>(?:感谢|感激|肯定|赞扬|表扬)[^，,。；;]{0,8}(?:前任?|卸任|原任|创会|创始)[^，,。；;]{0,12}$)"
)
"""历任A、B会长 (the post's successive holders, a list), 感谢前理事长X, 感谢创会会长Y (a former or founding holder
thanked, not 感谢创会会长Y莅临指导, who came): people the clause tells of; 历任会长王明出席 names one who came, and
历任乡镇长协会 is a body of former holders, whose officers may be present."""
_CAME = re.compile("(?:亲临|莅临|光临|出席|到会|参加|前来)")


def _listed(text: str, start: int, end: int) -> bool:
    """Whether a name is an item of a list: a list mark before it, or after it or its post."""
    return text[start - 1:start] == "、" or text.startswith("、", _skip_post_after(text, end))
_RITE_PRESIDED = re.compile("主持[^，,。；;]{0,6}?(?:剪彩|揭牌|揭幕|监誓|宣誓|授旗|授牌|签约|启动)仪式")
"""主持剪彩仪式, 为典礼主持监誓仪式: a rite performed within the meeting, which the person does not chair."""
_VISIT_NOUN_AFTER = re.compile("[厅室团组]")
"""会见厅, 慰问团: the visit word heads a room or a party, it calls on no one."""
NOT_PRESENT = "not present"
"""The role of one called on (拜访了X) or told of in the past (X曾…): no person of the meeting, unless another mention
gives a role."""


_BESIDE_THE_MEETING = re.compile(r"[\s\u3000]*(?:会前|会后|会议前|会议结束后|活动前)[，,]")


def _visit_beside_the_meeting(text: str, start: int) -> bool:
    """Whether the name's sentence opens with the time before or after the meeting and tells of a visit (会前，A看望了…):
    those it names paid or received the visit, at no part of the meeting."""
    sentence_start = _sentence_start(text, start)
    if not _BESIDE_THE_MEETING.match(text, sentence_start):
        return False
    stop = _SENTENCE_END.search(text, start)
    return lexicons.pattern("visit_verbs").search(text, sentence_start, stop.start() if stop else len(text)) is not None


def _visited(text: str, start: int) -> bool:
    """Whether the sentence calls on the person (代表团拜访了部长X、会长Y): a visit verb before the name,
    and no word between that says someone chaired, spoke at or attended something."""
    before = text[_sentence_start(text, start):start]
    visits = [m for m in lexicons.pattern("visit_verbs").finditer(before) if not _VISIT_NOUN_AFTER.match(before, m.end())]
    if not visits:
        return False
    between = before[visits[-1].end():]
    keyed = lexicons.keyed("role_verbs")
    told = (w for role in ("chair", "speaker", "attendee") for w in keyed[role])
    # 走访调研并召开座谈会，…陪同: a meeting the sentence holds after the visit is where the names are.
    return not any(w in between for w in told) and not lexicons.pattern("meeting_verbs").search(between)


_SENTENCE_END = re.compile(f"[{SENTENCE_MARKS}\n]")


def _deed_in_the_sentence(text: str, start: int, end: int) -> bool:
    """Whether the words of a name's sentence before it, or its own clauses after it, say anything done at a meeting
    (出席大会的老劳模X曾是…, X曾获奖章，在会上分享了经验); not what the next person named did (…，议员Y到场祝贺)."""
    stop = _SENTENCE_END.search(text, end, end + MAX_CLAUSE_CHARS)
    sentence_end = stop.start() if stop else min(len(text), end + MAX_CLAUSE_CHARS)
    breaks = [m.start() for m in CLAUSE_BREAK.finditer(text, end, sentence_end)] + [sentence_end]
    after_end = breaks[0]
    for clause_start, clause_end in zip(breaks, breaks[1:]):
        if person_candidate_pattern().search(text, clause_start + 1, clause_end):
            break  # …，议员Y到场祝贺: what the next person named did
        after_end = clause_end
    words = text[_sentence_start(text, start):start] + text[end:after_end]
    return _role_verb_pattern().search(words) is not None or "会上" in words or _speaks_in(words)


def _sent_greetings(text: str, start: int) -> bool:
    """Whether the rest of the sentence says greetings were sent (X等侨领，兄弟侨联发来贺信) and nothing done at
    the meeting: the people it names were not there."""
    sentence = _SENTENCE_END.search(text, start, start + MAX_CLAUSE_CHARS)
    rest = text[start:sentence.start() if sentence else start + MAX_CLAUSE_CHARS]
    keyed = lexicons.keyed("role_verbs")
    if _IN_A_LETTER.match(text, start):
        return True  # X在…的贺信中表示: what X wrote, not said there
    if (instruction := _INSTRUCTION_GIVEN.search(rest)) is not None:
        # X总理作出重要批示，要求…: what the instruction says is written, no deed at the meeting; 出席会议并作出批示 is one.
        before = rest[:instruction.start()]
        return not any(w in before for role in ("chair", "speaker", "attendee") for w in keyed[role])
    sent = [rest.find(w) for w in keyed["absent"] if w in rest]
    if not sent:
        return False
    # X等发贺电祝贺: the greeting the message brings is no deed at the meeting; X发来贺词，县委书记Y出席: nor is what
    # the next person named does.
    deeds = _GREETED_IN_THE_MESSAGE.sub("", rest[:_next_person_clause(rest, min(sent))])
    return not any(w in deeds for role in ("chair", "speaker", "attendee") for w in keyed[role])


def _next_person_clause(words: str, after: int) -> int:
    """Where the first clause after ``after`` that names a person starts in ``words``, or its end."""
    breaks = [m.start() for m in CLAUSE_BREAK.finditer(words, after)] + [len(words)]
    for clause_start, clause_end in zip(breaks, breaks[1:]):
        if person_candidate_pattern().search(words, clause_start + 1, clause_end):
            return clause_start
    return len(words)


_INSTRUCTION_GIVEN = re.compile(r"(?<!现场)(?<!当场)(?<!会上)(?:作出|做出)(?:重要)?(?:批示|指示)")
"""X总理作出重要批示: an instruction written away from the meeting; not one 现场作出 at it."""
_GREETED_IN_THE_MESSAGE = re.compile(
    r"(?:(?:发来|致|发)贺(?:信|电|函)|发来(?:视频)?贺词)(?:(?:表示)?|[，,]对[^，,。；;]{1,16}?表示(?:热烈)?)(?:祝贺|致贺|祝福)"
)
"""X等发贺电祝贺, X发来贺信，对大会的召开表示祝贺: the message sent brings the greeting; 致贺词 is an address given at the
meeting."""
_IN_A_LETTER = re.compile(r"[^，。；,;]{0,4}在(?:(?!宣读|朗读|宣布)[^，。；,;]){0,40}?的?(?:贺信|贺电|贺函|来信|致信)中")


_SPEECH_ACT = re.compile(
    r"(?<![为向对给])提出(?!的|者|人|辞)|发出(?!的)了?[^，。；,;：:]{0,24}?倡议"
    r"|谈(?!的)了?[^，。；,;：:]{0,8}?(?:体会|看法|认识|感受|感想|心得|想法)"
    r"|带领(?:(?!到|赴|前往)[^，。；,;：:]){0,10}?(?<!参观)(?:学习|研读|重温)(?!考察|取经)"
    r"|组织(?:大家|全体党员|全体人员|与会人员|参会人员|党员干部|党员)(?:集中|认真|共同)?(?:学习|研读|重温)"
    r"|倡导(?!的)"
    r"|对[^，。；,;：:]{1,20}?给予了?(?:高度|充分)?(?:评价|肯定)"
    r"|上了?一(?:堂|次)[^，。；,;：:]{0,8}?课|[讲上]党课"
)
"""What a person says to those present, in words no single verb of the lexicon holds:
- X提出要求, X提出了四点意见, X提出要打造“…”, X发出了“…”的倡议: what is put to them; not the opinions others put forward
  (听取职工提出的意见), what X gives those who put something forward (为提出优秀提案的委员颁奖), nor a resignation tendered
  (提出辞去…职务的请求);
- X谈了学习体会, X就…谈了看法: what the person thinks, told;
- X带领大家学习了…, X组织大家学习了…, X带领大家重温入党誓词: a study or an oath led, as 领学 and 领誓 are; not a tour (带领大家参观学习,
  到先进单位学习取经), nor a study with 领导 (和县领导一同重温, 在县委领导下学习);
- X为大家上了一堂党课, X讲党课: a lecture given;
- X倡导党员…: what those present are urged to do (not X倡导的理念, an idea of X's);
- X对本次会议给予高度评价: the meeting judged, aloud.
Not what someone else says that the person hears or asks for (听取了大家谈的体会, 邀请党校教授上党课)."""
_HEARD_OR_ASKED = re.compile(r"听取|聆听|邀请|请")


def _speaks_in(after: str) -> bool:
    """Whether the words after a name hold a speech act of the person's own (see _SPEECH_ACT)."""
    act = _SPEECH_ACT.search(after)
    return act is not None and _HEARD_OR_ASKED.search(after, 0, act.start()) is None


_GIVES_A_TALK = re.compile(r"(?:进行|开展)了?(?:专题)?(?:宣讲|授课|辅导|讲座|解读|领学)")
"""X进行宣讲, X开展专题授课: a talk the person gives at this meeting."""

_SPEECH_IN_A_NAME = re.compile(
    r"(?:报告|宣讲|动员|授课|辅导|汇报|点评|经验交流)(?=大?会(?![务员费计])|仪式|典礼)|运动员|交流(?=办公室|中心|协会|[处科部局])"
)
"""报告会, 动员大会, 授课仪式: the meeting is named for a speech; 报告会务 (reports the association's affairs) is one. 合作交流办公室:
a body named for exchanges, no one's exchange."""


_WORD_ENDING_IN_ZUO = re.compile(r"(?:(?<![职员])工|[合协创操写运动制著])作(?=[的了])")
"""分管党建工作的局领导, 合作的单位: a noun that ends in 作 before 的 or 了, where 作的 and 作了 would say someone spoke (not
职工|作了承诺, 员工|作了宣誓: the people before 作 did it)."""
_IN_CHARGE = re.compile(r"[(（]主持(?:日常)?工作[)）]|主持(?:日常)?工作的")
"""副主席（主持工作）, 主持日常工作的副主席: a deputy in charge of the body's work, not the chair of this meeting
(主持工作推进会 chairs one)."""


def _words_follow(text: str, at: int) -> bool:
    """Whether a colon ends the clause that tells what a person did: what follows is what they said
    (出席会议并提出：…)."""
    return at < len(text) and text[at] in COLON_MARKS  # not at the text's end, where no word follows


_THEY_SPOKE = re.compile(r"[ \t\u3000]*(?:他们|她们)[^，。；,;！？!?\n]{0,10}?(?:致词|致辞|发言|讲话|表示|指出|强调)")
_COUNTED_SPOKE = re.compile(
    r"[ \t\u3000]*(?P<count>[\d一二三四五六七八九十两]+(?:位|名))(?P<noun>[\u4e00-\u9fff]{2,6}?)"
    r"(?=们|都|也|纷纷|分别|先后|依次|相继|致词|致辞|发言|讲话|表示|指出|强调)[^，。；,;！？!?\n]{0,10}?(?:致词|致辞|发言|讲话|表示|指出|强调)"
)
"""…等3位劳模。3位劳模纷纷表示: the people the sentence before lists and counts under that noun spoke, as 他们 does (not
those who gave 10名优秀员工 their awards)."""
_HE_SPOKE = re.compile(r"[ \t\u3000]*[他她](?!们)(?:在[^，。；,;！？!?\n]{0,8}?中)?(?:指出|强调|表示|要求|说|讲|认为|希望|发言|介绍|谈到)")


_ESCORTED_OR_ADDRESSED = re.compile("陪同|陪|随同|向")
"""王明陪同书记李华…, 王明向书记李华汇报…: the one escorted or reported to, named last, is who speaks after."""


_RELAYED_WORDS = re.compile("传达")
_NEW_PREDICATE = re.compile("并|由")


def _relayed_first(text: str, name: str, start: int, end: int) -> bool:
    """传达学习市长X与局长Y交流座谈会议精神: a person first named in what the meeting relays, whose words the report goes
    on to quote from it (X指出), was not there."""
    first = text.find(name, start, end)
    if first < 0:
        return False
    before = _clause_before(text, first)
    relayed = list(_RELAYED_WORDS.finditer(before))
    # 传达了…精神并由局长X作动员讲话: a new predicate after what is relayed tells what X did here.
    return bool(relayed) and not _NEW_PREDICATE.search(before, relayed[-1].end())


def _sentences_before_speech(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Spans of the sentences that a sentence opening 他们…致词 or 3位劳模纷纷表示 (first list) or 他…指出 (second)
    follows."""
    plural, singular = [], []
    # After a comma too: 青年代表X是一名转业军人，他发言道 — the clause before names who spoke.
    for stop in re.finditer(f"[{SENTENCE_MARKS}{CLAUSE_MARKS}\n]", text[start:end]):
        at = start + stop.end()
        before = _sentence_start(text, at - 1)
        counted = _COUNTED_SPOKE.match(text, at)
        if _THEY_SPOKE.match(text, at) or counted and f"等{counted['count']}{counted['noun']}" in text[before:at]:
            plural.append((before, at))
        elif _HE_SPOKE.match(text, at):
            singular.append((before, at))
    return plural, singular


def _occurrences(text: str, name: str, start: int, end: int) -> list[int]:
    found, cursor = [], start
    while (at := text.find(name, cursor, end)) >= 0:
        found.append(at)
        cursor = at + len(name)
    return found


def _strongest(roles: list[str]) -> str:
    return min(roles, key=ROLES.index)


_NAME_JOINERS = frozenset("·•・")
"""The dots the model's person words are joined over (艾力 · 吐尔逊); not ‧, which Taiwan's pages also type between two
names of a list."""
_MASKS = frozenset(MASK + TERM_MASK)
"""No name the model finds may hold a masked character."""
MAX_ENTITY_NAME_CHARS = 4
"""A Han name the model finds is at most this long: a compound surname and two given characters."""


@cache
def person_candidate_pattern() -> lexicons.Alternatives:
    """Where a clause may name a person: a surname character right after a post word, a noun for a kind
    of person, a verb that introduces one or a list mark (书记王…, 由李…, 、张…), a surname character and
    one to three characters before a word that may end a name (…主持, …同志, …、, …等) or a post in brackets, or
    three characters between a post and a list mark, or two or three between a post and what only a person does,
    whatever the first (处长布志光，, 党委书记千海兰主持: a surname no list holds), or the middle dot of a transliterated
    name and the part after it (副书记热依拉|·阿不都热合曼|出席: no surname opens it)."""
    surnames = "".join(sorted(_surname_first_characters()))
    before = lexicons.entry_set("post_titles") | lexicons.entry_set("person_nouns") | lexicons.entry_set("name_openers") | {"由", "受", "、"}
    after = _name_end_words() | {"、", "同志", "等", "（", "("}
    posts = lexicons.alternation(lexicons.entries("post_titles"))
    return lexicons.Alternatives(
        rf"(?:{lexicons.alternation(before)})[ \u3000]?[{surnames}]",
        rf"[{surnames}][\u4e00-\u9fff{_NAME_DOTS}]{{1,3}}(?:{lexicons.alternation(after)})",
        rf"(?:{posts})[\u4e00-\u9fff]{{3}}(?:[、，,]|$)",
        rf"(?:{posts})[\u4e00-\u9fff]{{2,3}}(?={_CLOSES_A_FULL_NAME.pattern})",
        rf"[{_NAME_DOTS}][\u4e00-\u9fff]{{1,{MAX_NAME_PART_CHARS}}}",
    )


_COMMAS = frozenset("，,")
_LIST_ITEM_CLOSERS = ("", "女士", "先生", "同志")


_TOPICS_LISTED = re.compile(r"(?:围绕|针对|关于)[^。；;！？!?，,]{2,80}?等(?:方面|问题|议题|话题|工作|事项)")
"""围绕优化营商环境、…等方面: the topics a meeting or its speakers took up, where no one is named."""


def _alone_in_its_clause(text: str, start: int, end: int) -> bool:
    """Whether a name is all its clause holds between commas (…，王思同，…)."""
    return text[start - 1:start] in _COMMAS and (end == len(text) or text[end] in _COMMAS or text[end] in SENTENCE_MARKS)


def _ends_a_list_item(text: str, name_end: int, next_start: int) -> bool:
    """Whether a name ends the list item right before ``next_start`` (陈谐，|王思同; 林秋婕女士，|王思同)."""
    return text[name_end:next_start - 1] in _LIST_ITEM_CLOSERS and text[next_start - 1:next_start] in _COMMAS


def may_be_a_name_alone(text: str, start: int, end: int) -> bool:
    """Whether a whole clause may be a name and nothing else: an item of a list set apart by commas
    (执行理事陈谐，王思同，郑婉云等出席), which no post, verb or list mark stands by."""
    return 2 <= end - start <= MAX_ENTITY_NAME_CHARS and text[start] in _surname_first_characters()


@cache
def _kinds_of_people_present() -> frozenset[str]:
    """The nouns for kinds of people present that are no posts (嘉宾, 来宾, 朋友): a given name is never one."""
    return lexicons.entry_set("group_heads") - lexicons.entry_set("post_titles")


_STREET_ENDINGS = frozenset("路街巷")


def _street_of_a_unit(text: str, name: str, end: int) -> bool:
    """江平路|支局局长, 中山街|派出所: a street the unit after it is named for, which the model may read as a name."""
    return name[-1] in _STREET_ENDINGS and (
        lexicons.pattern("org_suffixes").match(text, end) is not None or lexicons.pattern("place_suffixes").match(text, end) is not None
    )


def person_entities(text: str, tokens: tuple[Token, ...]) -> list[tuple[str, int]]:
    """The people the lexical model finds, as (name, offset), their edges mended by the name rules.

    The model's person tags are what finds a name no title or verb anchors, but their edges slip
    where a name runs into the verb after it (林欢作区工会…报告 tags 林欢作区): where the rules read
    a name at the same start that differs by a character or two, the rules' reading wins, unless it
    ends inside one of the model's words (周雨带|队: the model's 周雨 stands), or the model's longer
    name ends at a mark that ends a list item (部长闫羲和，, 理事长陈蒋秀美、: the rules stop at 和 as at
    a conjunction, and read three characters at most), not at one that opens an object (黄燕作《…》).
    """
    found = []
    for start, end in _joined_person_spans(text, tokens):
        if text.endswith(_COMRADE, start, end):
            end -= len(_COMRADE)  # 林同志: the model's person runs on over 同志, which is never part of a name
        if end - start < 2 and not tokens_overlapping(tokens, end, end + 1):
            continue  # …举行乔|: a surname alone where the words the model read stop (乔迁典礼 runs on unread)
        if end - start == 2 and text[start + 1] in _CONJUNCTIONS_AFTER_NAMES:
            continue  # 会董和理事: a surname-like character and a conjunction, no name
        if end - start == 2 and text[start] == text[start + 1] and not (_post_ending_at(text, start) and _ends_a_list_item_or_acts(text, end)):
            continue  # 总书记殷殷嘱托: a doubled word (副校长叶叶以及…: a name its post and what closes a list item anchor)
        if _after_stationed_in(text, start):
            continue  # 驻孔敬总领事: the place a mission sits in, which the model reads as a person
        if end - start >= 2 and _word_for_a_person_ends_at(text, start + 1):
            start += 1  # 全国劳动模|范索珍: the model's name opens with the last character of 劳动模范
        if _married_surname_before(text, start, end):
            # 行政长官林|郑月娥: a married woman's name as Hong Kong writes it, her husband's surname before hers; the
            # model's name and the post before agree, and no rule reads four characters.
            found.append((text[start - 1:end], start - 1))
            continue
        name = text[start:end]
        if any(ch in _NAME_JOINERS for ch in name) or _tibetan_name(name) or _mongolian_name(name):
            if name[-1] in _CONJUNCTIONS_AFTER_NAMES and name[-2] not in _NAME_JOINERS and is_cjk(text[end:end + 1]):
                name = name[:-1]  # 梅丽莎·李和王明: the model's transliterated name runs on over the conjunction
            elif any(ch in _NAME_JOINERS for ch in name):
                name = text[start:_transliterated_run_on(text, start + len(name))]
            found.append((name, start))
            continue
        ruled = read_name_after(text, start)
        # 周雨带|队: the rules' last character opens a word the model reads; 郑天授|偕同, 饶才明|作, 周云平|等: it is
        # the model's word that runs on over the name's last character, into what ends a name.
        runs_into_a_word = ruled is not None and (
            _ends_inside_a_word(tokens, start + len(ruled)) and not _last_character_run_into_a_follower(text, tokens, start + len(ruled))
            or _serves_as_a_post(text, tokens, end, start + len(ruled))
            or _opens_what_follows(text, tokens, end, start + len(ruled))
        )
        ends_the_list_item = end == len(text) or text[end] == "等" or not is_cjk(text[end]) and text[end] not in _OPENING_MARKS
        # 常务副部长苏雅拉图主持: a name of four characters the model reads whole between a post and a deed stands, as a mark
        # would end it (not 秘书长江兴|代出席, where the rules' shorter name ends at a word that follows names).
        fills_post_to_deed = len(name) == MAX_ENTITY_NAME_CHARS and _whole_between_post_and_deed(text, start, name)
        if ruled and abs(len(ruled) - len(name)) <= 2 and (
            name.startswith(ruled) and not ends_the_list_item and not fills_post_to_deed or ruled.startswith(name) and not runs_into_a_word
        ):
            name = ruled  # …but a name the model ends at a mark (部长闫羲和，) holds the word the rules stop at
        name = text[start:_given_name_run_on(text, start, start + len(name), tokens)]
        titled_item = _item_between_list_marks(text, start, start + 3) or _opens_a_titled_item(text, start, start + 3)
        if len(name) == 2 and titled_item and _given_name_ok(text[start + 1:start + 3], tagged_by_model=True):
            name = text[start:start + 3]  # 刘刚、郑大|有、关耀东; 党组成员库热|西、: the item the marks hold is the whole name
        elif len(name) == 2 and _last_character_read_apart_before_a_post(text, start):
            name = text[start:start + 3]  # 由梁松|召|副局长主持: no verb stands between a name and the post written after it
        elif len(name) == 2 and _rare_surname_read_apart(text, tokens, start, start + 2):
            start, name = start - 1, text[start - 1:start + 2]  # 副主席卯|金涛出席: the model reads the rare surname as a word
        elif len(name) == 2 and _surname_read_as_a_preposition(text, start, start + 2):
            start, name = start - 1, text[start - 1:start + 2]  # 局长向|世聪主持会议: the model reads the surname 向 as "to"
        if (
            len(name) == MAX_ENTITY_NAME_CHARS and _surname_at(name, 0) == 1
            and not (_surname_at(name, 1) and _married_name_titled(text, start))
            and not _whole_between_post_and_deed(text, start, name)
        ):
            # 雷厉风行, 严管重罚: three characters after a one-character surname are an idiom's, no Han given name; a
            # married woman's two surnames stand after her post, a noun for her or the list she is in (理事长陈黄淑媛,
            # 理事长李王美玲、陈黄淑媛); a name of another people written whole between a post and a deed is one
            # (常务副部长苏雅拉图主持).
            continue
        if len(name) == DHARMA_NAME_CHARS and lexicons.pattern("monastic_honorifics").match(text, start + len(name)):
            found.append((name, start))  # 会长演觉|法师: a Dharma name the model reads, no surname before its honorific
            continue
        surname = _surname_at(name, 0) or _wordlike_surname_confirmed(text, start, name) or _rare_surname_confirmed(text, start, name)
        # 林理事长, 司库, 苏副|校长, 柯创|会长, 姜老师: a surname with a post or a kind of person, or a post, is how a
        # person is addressed, not a name.
        addressed = (
            name in lexicons.entry_set("post_titles")
            or _post_at(text, start + surname)
            or name[surname:] in lexicons.entry_set("person_nouns")
            or _addressed_by_post(name)
        )
        # 全县卫健工作, 卫健系统: a field of work the model reads as a person; 徽商精神: a spirit named for a group.
        names_a_field = (
            lexicons.pattern("field_nouns").match(text, start + len(name)) is not None
            or text.startswith(_SPIRIT, end) or text.startswith(_SPIRIT, start + len(name))
            or name.endswith(_SPIRIT)  # 主人翁精神 cut at a window's end: the model reads 翁精神 as a name
        )
        # 文联, 侨联, 党委, 区|文联 (a place's level and a body's ending, though 区 is a surname); 孙女: a relation; 沙龙: the
        # kind of meeting the post's holders hold (会长沙龙)
        # 林长制: a system of responsibility named for the post it creates, whose first character is a surname.
        names_a_body = (
            name in lexicons.entry_set("org_suffixes")
            or name[0] in lexicons.entry_set("place_suffixes") and name[surname:] in lexicons.entry_set("org_suffixes")
            or _is_kinship(name) or is_a_kind_of_meeting(name) or _names_a_system(name)
            or _short_name_of_a_body(text, name) and not _acts_here(text, start + len(name))
            or _street_of_a_unit(text, name, start + len(name))
        )
        # 会董|选举委员会, 会董|改选: an election after a post's last character, which the model reads as a surname.
        at = start + surname
        names_an_election = lexicons.pattern("election_words").match(text, at) is not None or _REELECTION.match(text, at) is not None
        # 介绍主宾席|嘉宾，: a word ending in a surname-like character and a kind of people closing the clause is no name (not
        # 邀请王嘉宾、李来宾两位劳模…, a list of names).
        word_and_kind = name[surname:] in _kinds_of_people_present() and CLAUSE_BREAK.match(text, start + len(name)) is not None
        given_ok = not word_and_kind and (
            _given_name_ok(name[surname:], tagged_by_model=True)
            or _unit_ending_between_post_and_deed(text, start, name)
            or _whole_between_post_and_deed(text, start, name)
            or _listed_between_persons(text, tokens, start, start + len(name))  # 王大平、李名扬、陈磊: 名 of a name
        )
        opens_a_follower = _opens_a_follower(text, start, start + len(name))
        # 林口|市长张嘉明: what stands before a post and the name it titles is the post's place or body.
        heads_a_post = _heads_a_titled_name(text, start + len(name), tokens)
        if surname and 2 <= len(name) <= MAX_ENTITY_NAME_CHARS and given_ok and not _is_common_word(name) and not addressed and not names_a_field and not names_a_body and not names_an_election and not opens_a_follower and not heads_a_post:
            found.append((name, start))
    found += _names_the_model_missed_in_a_list(text, found)
    found += _tibetan_names_listed(text, found)
    for name, at in _dharma_names_before_an_honorific(text, tokens):
        found = [(n, s) for n, s in found if s + len(n) <= at or s >= at + len(name) + 1]
        found.append((name, at))
    return found


MAX_TRANSLITERATED_RUN_ON = 2
_LIST_ITEM_ENDS = frozenset("、，,。；;（(等")
"""Marks (and 等) that end an item of a list of names."""


def _transliterated_run_on(text: str, end: int) -> int:
    """The end of a transliterated name the model stopped a character or two short of (努尔兰·沙吾|提，, 古丽米拉·艾买|提出席):
    transliteration characters running on to a mark that ends a list item, or to a role verb."""
    transliterated = lexicons.entry_set("transliteration_characters")
    run = end
    while run < len(text) and run - end < MAX_TRANSLITERATED_RUN_ON and text[run] in transliterated:
        run += 1
    if run > end and (run == len(text) or text[run] in _LIST_ITEM_ENDS or _role_verb_pattern().match(text, run)):
        return run
    return end


def _short_name_of_a_body(text: str, name: str) -> bool:
    """Whether the report writes ``name`` elsewhere as the head of a body's name (陈锻集团召开…; 推动陈锻各项工作):
    the body's short name, which the model reads as a person where no ending follows. An ending a post runs on
    from (李明|总会长) is the post's."""
    at = text.find(name)
    while at >= 0:
        ending = _long_org_suffix().match(text, at + len(name))
        if ending and not any(_post_pattern().match(text, i) for i in range(ending.start(), ending.end() + 1)):
            return True
        at = text.find(name, at + 1)
    return False


def _acts_here(text: str, end: int) -> bool:
    """Whether a person's deed or words follow a name (陈锻指出, 李强在发言中…, 王明主持): a person here, whatever the
    report names after the person elsewhere (陈锻集团, 李强班组)."""
    return text[end:end + 1] in _NO_POST_PREFIX or bool(_role_verb_pattern().match(text, end) or _SPEECH_AFTER_A_NAME.match(text, end))


_SPEECH_AFTER_A_NAME = re.compile(f"{SPEAKING_VERBS}|介绍|说")


@cache
def _long_org_suffix() -> re.Pattern[str]:
    # Endings of two characters or more: one character (会, 部, 局) also follows a name as a word (王明会见, 李强部署).
    return re.compile(lexicons.alternation([s for s in lexicons.entries("org_suffixes") if len(s) >= 2]))


def _post_opening_a_transliterated_name(name: str) -> int | None:
    """Where a transliterated name starts after a post the model read into it (兼市长|树甘·马哈拉), leaving two
    characters at least before its dot; None where no post opens it."""
    dot = min((name.index(ch) for ch in _NAME_DOTS if ch in name), default=-1)
    ends = [m.end() for m in _post_pattern().finditer(name, 0, max(dot, 0)) if dot - m.end() >= 2]
    return ends[-1] if ends else None


_ALL_OF_THEM = frozenset("诸众")
_DHARMA_NAME_ANCHORS = frozenset("由请和及与、，,。；;：:\n" + MASK)


def _dharma_names_before_an_honorific(text: str, tokens: tuple[Token, ...]) -> list[tuple[str, int]]:
    """Dharma names the model misses or cuts (理事长净耀|大和尚, 由见引|法师): the two characters before a monastic
    honorific, where a post, a list mark, 由 or the clause's opening stands before them, they hold no function
    character (各位法师, 诸位法师 name no one) and the model reads them neither as a word of their own nor as part of a
    word running on into the honorific (邀请|法师, 青年|法师, 教会|长老, 副校长|老师). A model's person that overlaps one gives
    way to it."""
    names = []
    for honorific in lexicons.pattern("monastic_honorifics").finditer(text):
        at = honorific.start() - DHARMA_NAME_CHARS
        name = text[at:honorific.start()]
        if at < 0 or not all(is_cjk(c) and c not in lexicons.entry_set("non_name_function_chars") for c in name):
            continue
        words = tokens_overlapping(tokens, at, honorific.start())
        if not words or any(w.entity != "person" and (w.start == at and w.end == honorific.start() or w.end > honorific.start()) for w in words):
            continue
        if name[0] in _ALL_OF_THEM or name[0] in lexicons.entry_set("body_determiners"):
            continue  # 诸山长老, 众法师, 全体法师: the monks of every monastery, named as a group
        if lexicons.ends_with_entry(name, "post_titles") or name in lexicons.entry_set("person_nouns"):
            continue  # 住持法师: the abbot, by his post
        anchored = at == 0 or text[at - 1] in _DHARMA_NAME_ANCHORS or lexicons.ends_with_entry(text[max(0, at - MAX_POST_CHARS):at], "post_titles")
        if anchored and not inside_quote_marks(text, at):
            names.append((name, at))
    return names


def _names_a_system(name: str) -> bool:
    """Whether a name ends in the head of a named system or programme (林|长制, 首问|负责制): no given name does."""
    heads = lexicons.keyed_lookup("initiative_heads")
    return any(name[cut:] in heads for cut in range(len(name) - 1))


LISTED_NAME_CHARS = 3


_TIBETAN_ITEM = re.compile(r"(?=([\u4e00-\u9fff]{4}|[\u4e00-\u9fff]{2})(?:[、，,。；;]|出席|参加|列席|主持|等))")


def _tibetan_names_listed(text: str, found: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Tibetan names the model misses, with no surname for the rules to read: an item right after a post, or after a name
    and a 、, that is one element of Tibetan names (副主席X、达娃、) or two (副书记格桑次旦，), closed by a mark or a deed."""
    elements = lexicons.entry_set("tibetan_name_elements")
    taken = {start for _, start in found}
    ends_of_names = {start + len(name) for name, start in found}
    missed = []
    for element in lexicons.pattern("tibetan_name_elements").finditer(text, 1):
        at = element.start()
        if at in taken or (item := _TIBETAN_ITEM.match(text, at)) is None:
            continue
        # After a post, or after a name and a 、 (拉萨、那曲、尼玛等地: places listed, no names).
        if not (_post_ending_at(text, at) or text[at - 1] == "、" and at - 1 in ends_of_names):
            continue
        name = item.group(1)
        if name in elements or len(name) == 4 and name[:2] in elements and name[2:] in elements:
            missed.append((name, at))
    return missed


def _names_the_model_missed_in_a_list(text: str, found: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Three characters opening with a surname that stand as a whole item of a 、-list of people the model reads, after
    one and before another or the deed they share (杨浩雨、帅银花、汪香凝应邀参加, 孔令智、符之冠传达了…): the model reads
    帅 or 符 as a word, the list says a person stands there."""
    starts = {start for _, start in found}
    missed = []
    for name, start in found:
        item = start + len(name) + 1
        end = item + LISTED_NAME_CHARS
        if text[start + len(name):item] != "、" or item in starts or not _surname_at(text, item):
            continue
        followed = text[end:end + 1] == "、" and end + 1 in starts or _role_verb_pattern().match(text, end) is not None
        addressed = _post_pattern().search(text, item + 1, end) or lexicons.ends_with_entry(text[item:end], "person_nouns")
        if followed and not addressed and _given_name_ok(text[item + 1:end], tagged_by_model=True) and not _is_common_word(text[item:end]):
            missed.append((text[item:end], item))
    return missed


_CONCURRENTLY = "兼"
DHARMA_NAME_CHARS = 2
_SPIRIT = "精神"
_COMRADE = "同志"
_REELECTION = re.compile("改选|换届")
"""An election held again or for a new term (会董|改选): no given name. Not in election_words, where a 换届 anywhere in a
sentence would take every title it holds for a post taken at the meeting."""
_OPENING_MARKS = frozenset("《“「『‘(（【[")
_CONJUNCTIONS_AFTER_NAMES = frozenset("和及与等")
"""Conjunctions and the 等 that closes a list: no given name of one character."""


_PHRASE_LIST_STOPS = "，,。；;：:“”（()\n"
MIN_PARALLEL_PHRASES = 3
SHARED_OPENING_CHARS = 2


def _in_parallel_phrases(text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies inside one of three or more 、-listed phrases of one length that open alike (学史明理、
    学史增信、学史崇德、学史力行): a slogan's words, where no name stands."""
    list_start = max(text.rfind(mark, 0, start) for mark in _PHRASE_LIST_STOPS) + 1
    list_end = min((i for i in (text.find(mark, end) for mark in _PHRASE_LIST_STOPS) if i >= 0), default=len(text))
    items = text[list_start:list_end].split("、")
    item_start = list_start
    for item in items:
        if item_start <= start and end <= item_start + len(item):
            break
        item_start += len(item) + 1
    else:
        return False
    if len(item) <= end - start or _post_pattern().search(item):
        return False  # 副市长张三、副市长李四、副市长王五: a post repeated before each name
    alike = [other for other in items if len(other) == len(item) and other[:SHARED_OPENING_CHARS] == item[:SHARED_OPENING_CHARS]]
    return len(alike) >= MIN_PARALLEL_PHRASES


MIN_MONGOLIAN_NAME_CHARS = 4


def _mongolian_name(name: str) -> bool:
    """斯钦毕力格, 额尔敦巴雅尔: a name the model reads that is two or more elements of Mongolian names and nothing else,
    however the surname rules would cut it (斯钦毕)."""
    return len(name) >= MIN_MONGOLIAN_NAME_CHARS and _made_of(name, lexicons.entry_set("mongolian_name_elements")) >= 2


def _made_of(word: str, elements: frozenset[str]) -> int:
    """How many elements ``word`` is made of wholly, longest first from its start; 0 where it is not made of them."""
    for size in (4, 3, 2):
        if word[:size] in elements:
            rest = word[size:]
            count = _made_of(rest, elements) if rest else 0
            if not rest or count:
                return 1 + count
    return 0


def _tibetan_name(name: str) -> bool:
    """扎西顿珠, 格桑卓玛: a Tibetan name the model reads, two elements of Tibetan names with no surname, however
    the surname rules would cut it (索朗旺扎 is no surname 索 and 朗旺)."""
    elements = lexicons.entry_set("tibetan_name_elements")
    return len(name) == 4 and (name[:2] in elements or name[2:] in elements)


_ITEM_CLOSERS = _LIST_MARKS | frozenset("；;")


def _whole_between_post_and_deed(text: str, start: int, name: str) -> bool:
    """局长黄与红出席会议: the model's full name, right after a post and right before what only a person does, is a name
    whatever characters it holds, as nothing else could stand there; not one whose given name opens with a preposition
    of place (主席王|在场主持: the surname alone, then where he was)."""
    return (
        len(name) in (3, 4)
        and not (name[1] in _PLACE_PREPOSITIONS and (name[2] in _PLACE_WORDS_AFTER_A_PREPOSITION or name[1:] in _WORDS_A_PREPOSITION_OPENS))
        and _post_ending_at(text, start) is not None
        and _CLOSES_A_FULL_NAME.match(text, start + len(name)) is not None
    )


_PLACE_PREPOSITIONS = frozenset("在于从")
_PLACE_WORDS_AFTER_A_PREPOSITION = frozenset("会场座此京市县区省家线")
_WORDS_A_PREPOSITION_OPENS = frozenset({"在任", "在职", "在岗", "于是", "从中", "从严", "从事", "从而", "从来"})
"""主席王在场主持, 局长王在会上讲话, 主任李从严要求: the surname, then a word or a place the preposition opens; 副主席姜在明主持
会议: a given name that holds one."""


def _unit_ending_between_post_and_deed(text: str, start: int, name: str) -> bool:
    """书记处书记何建科在会上讲话: a full name the model reads, ending in a character that ends units (科, 部), right
    after a post and before what ends a name, is a name; the post and what follows leave no unit to read. A
    two-character one (县委书记钟科出席会议) only before what only a person does."""
    if _post_ending_at(text, start) is None:
        return False
    if len(name) == 2:
        # 县委书记钟科出席会议, 市委副书记张科，东莞市委常委…: what only a person does, or the mark that ends the titled
        # item, leaves no unit to read (a unit's name goes on: 科长, 科室).
        return _CLOSES_A_FULL_NAME.match(text, start + 2) is not None or text[start + 2:start + 3] in _ITEM_CLOSERS
    return len(name) == 3 and _given_name_ok(name[1:2], tagged_by_model=True) and _ends_name(text, start + len(name))


def _word_for_a_person_ends_at(text: str, end: int) -> bool:
    """Whether a post or a noun for a kind of person of two characters or more ends at ``end``, begun before
    the character before it (劳动模范 ends at 范 of 劳动模范索珍)."""
    before = text[max(0, end - MAX_TITLE_WORD_CHARS):end]
    word = lexicons.ends_with_entry(before, "person_nouns") or lexicons.ends_with_entry(before, "post_titles")
    return word is not None and len(word) >= 2


MAX_TITLE_WORD_CHARS = 8
"""The longest post or noun for a kind of person looked for before a name."""


def _last_character_run_into_a_follower(text: str, tokens: tuple[Token, ...], end: int) -> bool:
    """The model's word over a name's last character is that character and the first of a word that follows
    names (授|偕同, 明|作, 平|等), not a word of its own the name would cut (李明|总会长: 会长 is a post)."""
    words = tokens_overlapping(tokens, end - 1, end + 1)
    return (
        len(words) == 1
        and (words[0].start, words[0].end) == (end - 1, end + 1)
        and lexicons.pattern("name_followers").match(text, end) is not None
    )


def _ends_inside_a_word(tokens: tuple[Token, ...], end: int) -> bool:
    return any(t.start < end < t.end for t in tokens_overlapping(tokens, end - 1, end + 1))


def _serves_as_a_post(text: str, tokens: tuple[Token, ...], start: int, end: int) -> bool:
    """Whether ``[start, end)`` is one word the model reads as a verb and a post follows it (张萍|任|主任:
    任 is "serves as"). Before anything else the model's verb may be a name's last character (胡东升作)."""
    words = tokens_overlapping(tokens, start, end) if start < end else ()
    return (
        len(words) == 1
        and (words[0].start, words[0].end, words[0].tag) == (start, end, "v")
        and _post_pattern().match(text, end) is not None
    )


_ADVERB_TAGS = frozenset({"d", "ad"})
_ADVERBS_NO_NAME_ENDS_WITH = frozenset("共已亦也仍又还都")
"""Adverbs a name is written right before (李苗共7名, 张丽已在…, 罗林共同为…), which no given name ends with; not 刚, 正,
曾, 均 or 将, which end many (王志刚, 陈建正, 李继曾, 王建均)."""


def _opens_what_follows(text: str, tokens: tuple[Token, ...], start: int, end: int) -> bool:
    """Whether ``[start, end)``, after the model's person, is one word of the model that opens what the clause goes on
    to say rather than ending the name: an adverb no given name ends with (李苗|共7名, 罗林|共同为), or a verb of one
    character whose object follows it (高峰|授|牌). A mark or what only a person does after it shows the name whole
    (胡东升|作报告, 张小飞、); a number does not (共|7名)."""
    words = tokens_overlapping(tokens, start, end) if start < end else ()
    if len(words) != 1 or (words[0].start, words[0].end) != (start, end):
        return False
    if _closes_a_name_firmly(text, end) and not text[end:end + 1].isdigit():
        return False
    word = words[0]
    if word.tag in _ADVERB_TAGS:
        return len(text[start:end]) > 1 or text[start:end] in _ADVERBS_NO_NAME_ENDS_WITH
    after = tokens_overlapping(tokens, end, end + 1)
    return word.tag == "v" and end - start == 1 and bool(after) and after[0].start == end and after[0].tag == "n"


def _wordlike_surname_confirmed(text: str, start: int, name: str) -> int:
    """1 where the model's person opens with a surname that is more often a word (平, 相, 原) and the clause
    confirms a person stands there: a post right before (常务副主席平晓英) or right after (平晓英副校长作),
    or a role verb right after (平晓英主持): the model and the rules agree, as neither alone would do for such a
    character."""
    if name[0] not in lexicons.entry_set("surnames_wordlike") or len(name) not in (2, 3):
        return 0
    post_before = _post_ending_at(text, start) is not None
    if len(name) == 2:
        # 组长原浩就…作了动员讲话: two characters only after a post and before the prose the person's clause goes on
        # with; 理事长暨理、监事 ends at a list mark, an item of posts.
        return 1 if post_before and is_cjk(text[start + 2:start + 3] or "、") else 0
    # 党校代文涛副校长作了…: the post written after the name, and a deed or a mark after the post, confirm it too.
    post_after = _post_after(text, start + len(name)) is not None
    return 1 if post_before or post_after or _role_verb_pattern().match(text, start + len(name)) else 0


def _name_listed_between_names(text: str, i: int) -> str | None:
    """A surname and one or two characters the rules would not read as a given name (李金府: 府 ends a body's name more
    often), standing alone between 、 and 、 where a name the rules do read comes next (副会长王向南、李金府、赵一平): a
    list holds one kind of thing."""
    surname = _surname_at(text, i)
    if not surname:
        return None
    for length in (surname + 2, surname + 1):
        item = text[i:i + length]
        if (
            len(item) == length and all(is_cjk(ch) for ch in item)
            and text.startswith("、", i + length)
            and read_name_after(text, i + length + 1, strict=True, list_member=True) is not None
        ):
            return item
    return None


def _item_between_list_marks(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a whole item of a 、 list (刘刚、郑大有、)."""
    return text[start - 1:start] == "、" and text[end:end + 1] == "、"


def _married_surname_before(text: str, start: int, end: int) -> bool:
    """Whether the model's three-character person, opening with a surname, follows a post and another surname
    (行政长官林|郑月娥, 议员陈|李佩英): not a preposition or a conjunction that is also a surname (局长向|王明华)."""
    before = start - 1
    return (
        end - start == 3
        and before > 0
        and text[before] in lexicons.surnames()
        and text[before] not in _LINKING_SURNAMES
        and _surname_at(text, start) == 1
        and _post_ending_at(text, before) is not None
    )


def _opens_a_titled_item(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands between a post and a list mark (党组成员库热西、汪民、…)."""
    return text[end:end + 1] in _LIST_MARKS and _post_ending_at(text, start) is not None


_ASKING_OTHERS = frozenset("请让叫邀派使令给被把向对为在从由同跟替")
"""Verbs of asking or sending others and prepositions (县委书记让|王明介绍, 主任请|李华发言): no surname."""


_POST_QUALIFIERS = frozenset("副代总")
"""A deputy's, an acting holder's or a chief's post (副局长, 代区长, 总会长) opens with one of these."""
_POINTING_ELSEWHERE = frozenset("升调转改将暨受")
"""王明升副局长, 张明暨副主席李华: a change of post, or a word pointing to someone else, between the name and the post,
besides the verbs of serving, leading or asking, the prepositions and the conjunctions no rare surname is."""


def _last_character_read_apart_before_a_post(text: str, start: int) -> bool:
    """Whether the character after the model's two-character person is the name's last one, the model reading it as a
    verb (梁松|召|副局长主持): a post, or its deputy's, follows right after it, and the three make a name the rules accept."""
    third = start + 2
    if third >= len(text) or not is_cjk(text[third]) or text[third] in _NO_RARE_SURNAME | _POINTING_ELSEWHERE:
        return False
    if text[third] in _POST_QUALIFIERS or _post_pattern().match(text, third) is not None:
        return False  # 冷俐|总队长, 王强|代区长: the character opens the post
    post_at = third + 1 + (text[third + 1:third + 2] in ("副", "代"))
    post_at += text[post_at:post_at + 1] == "总"  # 副总队长: the post of a whole corps
    post = _post_pattern().match(text, post_at)
    if post is None or read_name_after(text, post.end(), strict=True) is not None:
        return False  # 王明召|副局长李华: a post with a name after it titles that name
    return _given_name_ok(text[start + 1:third + 1])


def _rare_surname_read_apart(text: str, tokens: tuple[Token, ...], start: int, end: int) -> bool:
    """Whether the model's two-character person follows a character it reads as a word of its own, right after a
    post, and the three are a full name a rare surname opens (副主席卯|金涛出席会议: 卯 read as a verb). Not a verb of
    leading, serving or asking, a preposition, a conjunction or a character of meeting prose (主席率|金涛, 部长和|王明,
    书记让|王明)."""
    before = start - 1
    if before < 1 or not is_cjk(text[before]) or text[before] in _NO_RARE_SURNAME:
        return False
    if _post_ending_at(text, start) is not None:
        return False  # 监事长胡池、: the character closes the post (监事|长), the name is the model's
    if any(text[before] in lexicons.entry_set(prose) for prose in ("non_name_chars", "non_name_function_chars")):
        return False
    alone = [t for t in tokens_overlapping(tokens, before, start) if (t.start, t.end) == (before, start)]
    return bool(alone) and bool(_rare_surname_confirmed(text, before, text[before:end]))


_DEED_AT_A_MEETING = re.compile(_MEETING_DEED)
_GREETED = re.compile("表示|致以|致谢|致敬|祝贺|感谢|欢迎|问候")


def _surname_read_as_a_preposition(text: str, start: int, end: int) -> bool:
    """Whether the model's two-character person follows a surname that is also a preposition (向), which it reads as
    the preposition, right after a post, and a deed in the meeting follows (局长向|世聪主持会议): "to" has no object
    that chairs or attends. Not before 同志 or a list mark, where the preposition's object may stand (书记向王明同志
    颁奖, 局长向王明、李华颁奖)."""
    before = start - 1
    if before < 1 or text[before] not in _PREPOSITIONS or text[before] not in lexicons.entry_set("surnames"):
        return False
    if _post_ending_at(text, before) is None or (deed := _DEED_AT_A_MEETING.match(text, end)) is None:
        return False
    clause_end = CLAUSE_BREAK.search(text, deed.end())
    # 书记向李华出席大会表示祝贺: thanks, greetings or welcome to the one who came, told to them with 向.
    return _GREETED.search(text, deed.end(), clause_end.start() if clause_end else len(text)) is None


_DEED_ON_A_MATTER = re.compile(r"对[^，,。；;：:]{1,24}?(?:进行了?|作了?|作出了?|提出了?)[^，,。；;]{0,6}(?:部署|安排|讲话|点评|要求|说明|解读|动员)")
"""局长X对下一步工作进行具体部署: what a person at a meeting does to a matter, after the name."""


def _rare_surname_confirmed(text: str, start: int, name: str) -> int:
    """1 where the model's three-character person opens with a character no surname list holds (羌明延, 茆青海)
    and stands between a post and a deed or 同志 (党支部书记羌明延同志致开幕词), or ends a titled list item: the model,
    the post and what closes the name agree on a full name, as a rare surname is still a surname. Not a character
    that opens a post, nor one before a word for a kind of person (会长偕夫人出席)."""
    if len(name) not in (2, 3) or not is_cjk(name[0]) or _opens_a_post_or_no_name(text, start) or _is_a_kind_of_person(name[1:]):
        return 0  # 会长偕夫人出席: a verb and a word for a person, no name
    end = start + len(name)
    if len(name) == 2:
        # 总领馆买欣全领事、矫磊领事，: two characters where the post written after closes a list item, or where a post
        # stands before and a deed only a person does after (副校长青平主持大会, 经理渠冰参加会议, 副处长净涛宣读).
        post = _post_after(text, end)
        listed = post and text[end + len(post):end + len(post) + 1] in _LIST_MARKS and text[start - 1:start] in _LIST_MARKS
        deed_after = _CLOSES_A_FULL_NAME.match(text, end) or _DEED_ON_A_MATTER.match(text, end) or _role_verb_pattern().match(text, end)
        return 1 if listed or _post_ending_at(text, start) is not None and deed_after else 0
    # 协调部处长布志光，中山市侨联副主席…: a post before it and a list mark after it, as a titled list item stands.
    titled_item = _post_ending_at(text, start) is not None and text[end:end + 1] in _LIST_MARKS
    return 1 if _between_post_and_deed(text, start, end) or titled_item else 0


def _person_closing_a_body(text: str, token: Token) -> int | None:
    """Where a full name starts that the model read as the end of a body's name, before a deed only a person does
    (镇党委|尚金城|主持): no body's name ends in a surname and a given name after its ending. None where there is none."""
    if not _CLOSES_A_FULL_NAME.match(text, token.end):
        return None
    endings = [m.end() for m in lexicons.pattern("org_suffixes").finditer(text, token.start, token.end)]
    at = endings[-1] if endings else token.end
    surname = _surname_at(text, at)
    given = text[at + surname:token.end]
    return at if surname and 1 <= len(given) <= 2 and _given_name_ok(given) else None


def _joined_person_spans(text: str, tokens: tuple[Token, ...]) -> list[tuple[int, int]]:
    """Spans of the person tokens; a transliterated name (艾力·吐尔逊) is one span however the model cut it."""
    spans: list[tuple[int, int]] = []
    for token in tokens:
        if token.entity == "organization" and (person_start := _person_closing_a_body(text, token)) is not None:
            spans.append((person_start, token.end))  # 由镇党委尚金城主持: the model reads the body and the name as one body
            continue
        if token.entity != "person":
            continue
        if spans and spans[-1][1] == token.start and _preposition_as_a_person(text, *spans[-1]):
            spans[-1] = (token.start, token.end)  # 并向|程立: a preposition the model calls a person before a name
        elif spans and spans[-1][1] >= token.start - 1 and text[spans[-1][1] - 1:token.start].strip("".join(_NAME_JOINERS)) == "":
            spans[-1] = (spans[-1][0], token.end)  # 艾力 · 吐尔逊 as three tokens
        elif spans and spans[-1][1] == token.start and text[spans[-1][0]:spans[-1][1] + 1] in lexicons.surnames():
            spans[-1] = (spans[-1][0], token.end)  # 欧|阳晓明: a compound surname cut after its first character
        else:
            spans.append((token.start, token.end))
    return [(start, _part_after_joiner(text, end)) for start, end in spans]


def _given_name_run_on(text: str, start: int, end: int, tokens: tuple[Token, ...]) -> int:
    """The end of a two-character name the model cut before its last character, where that character
    reads as a word of the prose: a function character common in given names before a verb that
    opens the deed (王大|为|进行了点评), the first character of a word that is that character and a post
    (王承|年会长: 年会长 is no post, 会长 is), or a content word of one character between the name and the deed
    after a post (工会主席严有|农|主持)."""
    if end - start != 2 or not is_cjk(text[end:end + 1] or "a"):
        return end
    if text[end] in lexicons.entry_set("given_name_function_chars"):
        # Only a verb of the meeting makes the character the name's: 张三为同志们讲党课 is 为 (for) them.
        return end + 1 if _role_verb_pattern().match(text, end + 1) or text.startswith("进行", end + 1) else end
    word = next((t for t in tokens_overlapping(tokens, end, end + 1) if t.start == end), None)
    as_a_word = text[end:end + 2] in _WORDS_ENDING_IN_WEI  # 选举王芳|作为代表: 作为 is a word, not the name's end
    if word and word.end > end + 1 and text[end + 1] == "为" and not as_a_word and _NAMES_TO_A_POST.search(text, max(0, start - 4), start):
        return end + 1  # 选举张明|华为市总工会|主席: the name runs to the 为 of "elect X as"
    if word and word.end - word.start >= 3 and text[end] not in _post_opening_characters():
        if text[end + 1:word.end] in lexicons.entry_set("post_titles") and text[end:word.end] not in lexicons.entry_set("post_titles"):
            return end + 1  # not 冷俐|总队长: the word is a post whole
    alone = (
        word is not None
        and word.end == end + 1
        and word.tag not in _FUNCTION_TAGS  # 局长王强|亦|参加: an adverb between the name and the deed
        and text[end] not in _post_opening_characters() | _CONJUNCTIONS_AFTER_NAMES
    )
    if alone and _between_post_and_deed(text, start, end + 1):
        return end + 1  # 工会主席严有|农|主持: a character alone between the name and the deed, after a post, ends the name
    # 王萍|任|主任, 刘洋|率|副主席: a verb of holding a post or of leading others is no part of the name.
    serves = text[end] in _SERVING_CHARACTERS
    if alone and not serves and not text.startswith(_DEPUTY, end) and _post_pattern().match(text, end + 1 + text.startswith(_DEPUTY, end + 1)):
        return end + 1  # 葛玉|成|理事长致辞, 周金|算|副理事长: a character alone before the post written after the name
    return end


_NAMES_TO_A_POST = re.compile(r"(?:选举|推选|推举|增补|任命|聘任|聘请)$")
"""Verbs that name a person to a post (选举X为主席): the 为 after the name is "as"."""
_WORDS_ENDING_IN_WEI = frozenset({"作为", "成为", "认为", "称为", "列为", "评为", "定为", "视为"})
"""Words of which 为 is the second character: after a name they are the clause's verb (王芳作为代表)."""


_DEPUTY = "副"
_SERVING_CHARACTERS = frozenset(_TAKING_A_POST + "兼当为是系率带陪携偕领")
"""One-character verbs of taking or holding a post (任, 兼, 当, 为 …) or of leading or escorting others (率, 带, 陪,
携), between a name and a post."""
_NO_RARE_SURNAME = _SERVING_CHARACTERS | _CONJUNCTIONS_AFTER_NAMES | _ASKING_OTHERS
"""Characters between a post and the name the model reads after them that open no name (主席率|金涛, 书记让|王明)."""


def _between_post_and_deed(text: str, start: int, end: int) -> bool:
    """Whether a post ends right before ``start`` and a role verb, or what closes a full name (同志, 所作的), opens
    right at ``end``."""
    closed = _role_verb_pattern().match(text, end) is not None or _CLOSES_A_FULL_NAME.match(text, end) is not None
    return closed and _post_ending_at(text, start) is not None


def _married_name_titled(text: str, start: int) -> bool:
    """Whether a post or a noun for a kind of person stands right before a four-character name, or before the list of
    such names it goes on (理事长李王美玲、|陈黄淑媛)."""
    while True:
        if _post_ending_at(text, start) or lexicons.ends_with_entry(text[max(0, start - MAX_TITLE_WORD_CHARS):start], "person_nouns"):
            return True
        before = start - 1 - MAX_ENTITY_NAME_CHARS
        if text[start - 1:start] != "、" or before < 0 or not (_surname_at(text, before) == 1 and _surname_at(text, before + 1)):
            return False
        start = before


def _post_ending_at(text: str, at: int) -> str | None:
    """The post word that ends right before ``at`` (工会主席|严有农), or None."""
    return lexicons.ends_with_entry(text[max(0, at - MAX_TITLE_WORD_CHARS):at], "post_titles")


def _opens_a_post_or_no_name(text: str, start: int) -> bool:
    """Whether the character at ``start`` opens a post or a word before one written there (秘书长, 副主席), or is
    one no name holds; 秘 of 局长秘强对… opens none."""
    if text[start] not in _post_opening_characters():
        return False
    if text[start] in lexicons.entry_set("non_name_function_chars") or text[start] in lexicons.entry_set("non_name_chars"):
        return True
    return _post_pattern().match(text, start) is not None or lexicons.pattern("post_modifiers").match(text, start) is not None


@cache
def _post_opening_characters() -> frozenset[str]:
    """Characters that open a post or a word before one (副, 总, 常, 名 of 名誉), and those no given name ends
    with: one of these before a post belongs to the post (王明总会长), not to the name."""
    words = lexicons.entry_set("post_titles") | lexicons.entry_set("post_modifiers")
    return frozenset(word[0] for word in words) | lexicons.entry_set("non_name_function_chars") | lexicons.entry_set("non_name_chars")


_PREPOSITIONS = frozenset("向对与和同跟为给将把被让从由")
"""Prepositions and conjunctions that are surnames too (向, 和): alone before a name, the word, not its surname
(谈|雅莉 is one name the model cut)."""


def _preposition_as_a_person(text: str, start: int, end: int) -> bool:
    """向 of 向|程立 tagged a person: one character that is a preposition or conjunction too."""
    return end - start == 1 and text[start] in _PREPOSITIONS


MAX_NAME_PART_CHARS = 8
"""One part of a transliterated name is at most this long (阿不都热依木)."""


def _part_after_joiner(text: str, end: int) -> int:
    """The end of a name the model cut right after its middle dot (阿依古丽· | 买买提出席): the part after
    the dot runs to the first role verb (出席), else to the first word that may end a name."""
    if text[end - 1:end] in _NAME_JOINERS:
        start = end
    elif text[end:end + 1] in _NAME_JOINERS:
        start = end + 1
    else:
        return end
    first_end: int | None = None
    for length in range(1, MAX_NAME_PART_CHARS + 1):
        if not is_cjk(text[start + length - 1:start + length] or "a"):
            return first_end or (start + length - 1 if length > 1 else end)
        if _role_verb_pattern().match(text, start + length):
            if first_end is not None and lexicons.pattern("name_followers").fullmatch(text, first_end, start + length):
                return first_end  # 买买提|应邀|出席: a word that follows names stands between the name and the deed
            return start + length
        if first_end is None and _ends_name(text, start + length):
            first_end = start + length
    return first_end or end


@cache
def _role_verb_pattern() -> re.Pattern[str]:
    keyed = lexicons.keyed("role_verbs")
    return re.compile(lexicons.alternation(frozenset(w for role in ("chair", "speaker", "attendee") for w in keyed[role])))


_NAME_LIKE_TAGS = frozenset({"PER", "n", "nz", "nw"})
"""What the model may call a name it does not know as a person: a noun, a proper noun, a work's title."""
_FUNCTION_TAGS = frozenset({"p", "c", "u", "d", "r", "xc"})
"""Prepositions, conjunctions, particles, adverbs and pronouns: words a name never starts with."""
_CONTENT_TAGS = frozenset({"v", "vn"})
"""Verbs: the words a given name may also be (盛放, 建立); not adjectives, which stand there as manners (方便出席)."""
_WORDS_OF_A_TITLED_LIST = _CONTENT_TAGS | {"a"}
"""Verbs and adjectives: a given name may be either (庞峻, "steep") between a post and the 、 of a list of titled names,
where no manner word stands."""
_NEVER_LAST_TAGS = frozenset({"p", "c", "u"})
"""Prepositions, conjunctions and particles: words a name never ends with."""


def _opens_a_follower(text: str, start: int, end: int) -> bool:
    """Whether a "name" is the head of a word that follows names (高票|当选 of 高票当选): part of that word."""
    follower = lexicons.pattern("name_followers").match(text, start)
    return follower is not None and follower.end() > end


def _between_list_marks(text: str, start: int, end: int) -> bool:
    return text[start - 1:start] == "、" and _LIST_GOES_ON.match(text, end) is not None


def _listed_between_persons(text: str, tokens: tuple[Token, ...], start: int, end: int) -> bool:
    """Whether ``[start, end)`` stands between two 、 with a person the model tags right before and right after."""
    if text[start - 1:start] != "、" or text[end:end + 1] != "、":
        return False
    before = tokens_overlapping(tokens, start - 2, start - 1)
    after = tokens_overlapping(tokens, end + 1, end + 2)
    return bool(before) and bool(after) and before[0].entity == "person" and after[0].entity == "person"


_WORDS_FOR_THINGS = frozenset({"n", "nz", "vn", "s", "nw"})
"""Nouns, verbal nouns and words of place or works: what a list of things holds."""


def _listed_after_a_thing(text: str, tokens: tuple[Token, ...], at: int) -> bool:
    """Whether a 、 stands right before ``at`` after a word the model reads as a thing (林下经济、|文旅康养): the item
    before is no person, and a list holds one kind of thing."""
    if text[at - 1:at] != "、":
        return False
    before = [t for t in tokens_overlapping(tokens, at - 2, at - 1) if t.end == at - 1]
    return bool(before) and before[0].tag in _WORDS_FOR_THINGS


def _ends_a_list_item_or_acts(text: str, end: int) -> bool:
    """Whether a mark that ends a list item, a role verb or a word that may end a name follows a name (…、王明、,
    …、王明出席, …、王明应邀, …、王明老师)."""
    return (
        text[end:end + 1] in _LIST_ITEM_ENDS
        or text.startswith(_FAMILY_OR_CONJUNCTION, end)
        or _role_verb_pattern().match(text, end) is not None
        or _ends_name(text, end)
    )


_FAMILY_OR_CONJUNCTION = ("一家", "和", "及", "与")
"""刘桂兰一家, 刘桂兰和…: a family named after a person, or a conjunction going on with the list."""


def _person_starts_at(tokens: tuple[Token, ...], at: int) -> bool:
    """Whether a word the model reads as a person starts at ``at``."""
    return any(t.entity == "person" and t.start == at for t in tokens_overlapping(tokens, at, at + 1))


def _after_a_body(tokens: tuple[Token, ...], at: int) -> bool:
    """Whether a word the model reads as a body ends at ``at``."""
    return any(t.entity == "organization" and t.end == at for t in tokens_overlapping(tokens, at - 1, at))


def _misread(text: str, mention: Mention, tokens: tuple[Token, ...]) -> bool:
    """Whether the model's words show a rule's name is no name: it starts inside a word, ends inside
    one, a person the model found starts elsewhere in it (包括李华: not 包括李), or it is two characters
    the model reads as one verb, adverb, place … (领导应邀到会: not 应邀)."""
    if _opens_a_follower(text, mention.start, mention.end):
        return True
    overlapping = tokens_overlapping(tokens, mention.start, mention.end)
    if not overlapping:
        return False
    if any(t.entity == "person" for t in overlapping):
        if mention.title_after and _after_a_body(tokens, mention.start) and any(
            t.entity == "person" and mention.start < t.start and t.end == mention.end + len(mention.title_after) for t in tokens_overlapping(tokens, mention.end - 1, mention.end)
        ):
            # 市住建局|廖育|申科长|就…: the model runs the given name's end into the post written after it, the body
            # before (not 包含|卢市长, 向|毛主席: a verb or a preposition and the surname of a post's holder).
            return False
        if mention.title and overlapping[0].tag != "p" and any(t.entity == "person" and t.start > mention.start and t.end == mention.end for t in overlapping):
            # 工会主席管|万忠: after a title the model cut the surname off as a verb (主任向|李文起: a preposition is one)
            return False
        # 全国劳动模|范王|大力: a person the model opens with the last character of a word for a kind of person
        # starts where the rule's name does.
        opens = {mention.start, mention.start - 1} if _word_for_a_person_ends_at(text, mention.start) else {mention.start}
        return not any(t.entity == "person" and t.start in opens and not _preposition_as_a_person(text, t.start, t.end) for t in overlapping)
    if overlapping[0].start < mention.start:
        first = overlapping[0]
        # 馆长祖传祥 as one noun: a name the model does not know, run together with the post before it.
        # 专职副主委金|爱武: or the post and the surname as one word, the given name cut off; 理事长|高开贤 read as
        # 理事|长高开贤: an ordinary word that opens inside the post before the name (国务|院长江流域 is a place).
        post = _post_ending_at(text, mention.start)
        # 代区|长安文哲: a "body" the model makes of the post's last character and the name, which no body's ending
        # closes, is the post and the name run together too.
        unclosed_body = first.entity == "organization" and not lexicons.ends_with_entry(text[first.start:first.end], "org_suffixes")
        # 党委书记符|建|国作: a body's ending, its post and the surname as one noun.
        post_with_its_body = post is not None and text[first.start:mention.start - len(post)] in lexicons.entry_set("org_suffixes")
        run_on = mention.title is not None and (
            _post_pattern().fullmatch(text, first.start, mention.start)
            or post is not None and (first.start >= mention.start - len(post) or post_with_its_body) and (first.entity is None or unclosed_body)
        )
        if run_on:
            return False
        # 市供销社章建琴|副主任, 市供销|社章建琴|副主任: the body, or its ending, the model runs on to the end of the name of
        # its officer, whose post follows.
        body_ending = _body_ending_before(text, mention.start) if mention.title_after is not None and first.end == mention.end else None
        officer_of_the_body = (
            body_ending is not None
            and (first.entity == "organization" or first.start >= mention.start - len(body_ending))
            and _surname_at(text, mention.start) > 0
        )
        return not officer_of_the_body  # 经|费审查委员: a name never starts inside a word, whatever post follows it
    last = overlapping[-1]
    if (
        last.entity == "organization"
        and mention.title
        and (last.start, last.end) == (mention.start, mention.end)
        and (_CLOSES_A_FULL_NAME.match(text, mention.end) or _between_list_marks(text, mention.start, mention.end))
    ):
        # 主任|步士金|主持: no body stands between a post and what a person does (应邀|出席 is a verb), nor among
        # the names of a titled list (副主任X、Y、|吴朝良|及…).
        return False
    if (
        last.entity == "organization"
        and (last.start, last.end) == (mention.start, mention.end)
        and mention.title_after
        and mention.end - mention.start == 3
        and _surname_at(text, mention.start) == 1
        and not lexicons.ends_with_entry(text[last.start:last.end], "org_suffixes")
    ):
        # 卓祥军|秘书长: three characters the model reads as a body, which no body's ending closes, before a post
        # are a surname and its given name (东方路桥|总经理 is a company: four characters, and no single surname).
        return False
    if (
        last.entity == "organization"
        and mention.title
        and last.start > mention.start
        and last.end == mention.end
        and (_surname_at(text, mention.start) or text[mention.start] in lexicons.entry_set("surnames_wordlike"))
        and _CLOSES_A_FULL_NAME.match(text, mention.end)
    ):
        # 秘书长解|红军|出席, 主席全|永胜|主持: a given name the model reads as a body, between the surname (a word's
        # character too) and a deed after a post
        return False
    if last.entity == "organization" and last.end >= mention.end or last.entity == "place" and last.end > mention.end:
        # 东方路桥党委|副书记: the model reads a body to the name's end, or a place running on past it. A place
        # ending inside the name (许昌|发) or with it (立委|黄河书) is the model misreading a surname and a given name.
        return True
    if mention.title_after and mention.title is None and len(overlapping) >= 2 and not any(t.tag in _NAME_LIKE_TAGS for t in overlapping):
        # 付静芳任经|审主任: words and no name where one would stand before its post; one word over the
        # whole name (叶水通 as a verb) is a name the model does not know.
        return True
    if (
        mention.title_after
        and mention.title is None
        and (overlapping[0].start, overlapping[0].end, overlapping[0].tag) == (mention.start, mention.start + 1, "v")
        and any(t.tag == "r" and t.end == mention.start for t in tokens_overlapping(tokens, mention.start - 1, mention.start))
    ):
        return True  # 他|任|行政|院长: the "surname" is the verb of the pronoun before it (施|栋材|主任 after a body is a name)
    if overlapping[-1].end > mention.end:
        if mention.title and overlapping[-1].end == mention.end + 1 and _CLOSES_A_FULL_NAME.match(text, mention.end):
            return False  # 总经理严|有农所|作的: a name the model runs on into the first character of what closes it
        # 习近平总书记: a word the model runs on into the post after the name is the name and its post
        return not mention.title_after
    if _listed_between_persons(text, tokens, mention.start, mention.end):
        return False  # 马飚、齐|续春、陈晓光: words the model makes of a name listed between two names it knows
    # A preposition or other function word and an ordinary word (向|顺利, 对|发展) are a phrase; so is one
    # and a noun where no post anchors a name (班子成员向|全体代表).
    untitled = mention.title is None and mention.title_after is None
    # 市侨联主席齐|全|胜、副主席X: a surname the model reads as an adverb (齐, 都) opens a titled name that a list
    # mark or a deed closes.
    adverb_surname = (
        overlapping[0].tag == "d" and mention.title is not None and len(mention.name) == 3
        and (
            text.startswith(("、", "等"), mention.end)
            or _CLOSES_A_FULL_NAME.match(text, mention.end) is not None
            or _role_verb_pattern().match(text, mention.end) is not None  # 副县长仝|建坤|领学了
            or text[mention.end:mention.end + 1] in "，," and _titled_name_follows(text, mention.end + 1)  # 前会长曾|建权，副总理X
        )
    )
    if overlapping[0].tag == "p" and mention.title and any(
        t.entity == "person" for t in tokens_overlapping(tokens, mention.start - len(mention.title), mention.start)
    ):
        return True  # 习近平总书记|向|全国…: the post before is the named person's, and 向 opens what that person did
    if len(overlapping) >= 2 and overlapping[0].tag in _FUNCTION_TAGS and not adverb_surname and (
        untitled or not any(t.tag in _NAME_LIKE_TAGS for t in overlapping[1:])
    ):
        return True
    if len(overlapping) >= 2 and overlapping[-1].tag in _NEVER_LAST_TAGS:
        return True  # 会长任期|由每届五年…: no name ends in a preposition, a conjunction or a particle
    if untitled and len(overlapping) >= 2 and overlapping[0].tag == "v" and (overlapping[0].start, overlapping[0].end) == (mention.start, mention.start + 2):
        return True  # 关注|新|就业形态: a clause that opens with a verb whose first character is a surname names no one
    # Two characters the model reads as one ordinary word (应邀, 普遍) are that word; a longer name it
    # mistags (管一鸣 as a verb) keeps the rules' anchor.
    # 理事长|黄河|等出席, 会议由|金山|主持: a place the model reads between a post and what closes a name, or between the 由
    # and the 主持 that name a chair, is a name it does not know; no place chairs.
    titled_place = overlapping[0].entity == "place" and (
        mention.title is not None and (_closed_by_a_deed(text, mention.end) or text.startswith("等", mention.end))
        or text[mention.start - 1:mention.start] == "由" and text.startswith("主持", mention.end)
    )
    # 常务副会长|盛放|出席会议, 区人大主任|庞峻|、, 集团领导|雷鸣|、谷雨晴: a name that is a word of its own (盛放, "to bloom"),
    # right after a post and right before what only a person does or the list mark of a list of titled names or of names
    # the model knows, is a name: nothing else stands there but the words that follow names (应邀, 亲自).
    titled_word = (
        mention.title is not None
        and _post_ending_at(text, mention.start) is not None
        and (
            overlapping[0].tag in _CONTENT_TAGS and _closed_by_a_deed(text, mention.end)
            or overlapping[0].tag in _WORDS_OF_A_TITLED_LIST and text.startswith("、", mention.end) and (
                _titled_name_follows(text, mention.end + 1) or _person_starts_at(tokens, mention.end + 1)
            )
        )
        and not _is_common_word(mention.name)
    )
    # 市农业农村局|任海|副局长|就…: a word of two characters between a body and the post written after it is its officer's
    # name, where a deed or the matter spoken on follows the post.
    officer_named_between = (
        mention.title_after is not None
        and _after_a_body(tokens, mention.start)
        and (_closed_by_a_deed(text, after_post := mention.end + len(mention.title_after)) or _talk_opens_at(text, after_post))
        and not _is_common_word(mention.name)
    )
    return (
        len(mention.name) == 2 and len(overlapping) == 1 and overlapping[0].tag not in _NAME_LIKE_TAGS
        and not titled_place and not titled_word and not officer_named_between
    )


def _listed_between_names(text: str, mentions: list[Mention], tokens: tuple[Token, ...], end: int) -> list[Mention]:
    """Items of a 、 list between two people (汪卫东、万海龙、廖逸) are people too, when each reads as a
    name and the model reads it as one word, whatever it tags it (万海龙 as a body): a list holds one
    kind of thing."""
    starts = {m.start for m in mentions}
    found = []
    for m in mentions:
        between: list[Mention] = []
        at = m.end + 1
        while text[at - 1:at] == "、" and at not in starts:
            item = _name_shaped_word(text, tokens, at, end)
            if item is None:
                between = []
                break
            between.append(item)
            at = item.end + 1
        if at in starts:
            found.extend(between)
    return found


def _name_shaped_word(text: str, tokens: tuple[Token, ...], at: int, end: int) -> Mention | None:
    """The list item at ``at`` (ended by 、) as a name, when it reads as one and the model reads it as one word."""
    for length in range(2, 5):
        item_end = at + length
        if item_end > end or text[item_end:item_end + 1] != "、":
            continue
        name = text[at:item_end]
        surname = _surname_at(name, 0)
        words = tokens_overlapping(tokens, at, item_end)
        one_word = len(words) == 1 and (words[0].start, words[0].end) == (at, item_end)
        if surname and len(name) > surname and one_word and _given_name_ok(name[surname:]) and not _MASKS.intersection(name):
            return Mention(name, at, item_end, None, None, False)
        return None
    return None


def _titles_shared_along_lists(text: str, mentions: list[Mention]) -> list[Mention]:
    """A title before a list belongs to each name in it (立法委员A、B、C, 副主任A及B): a bare name right after 、
    (or the 及, 和 that ends the list) and another titled name takes that name's title."""
    by_end: dict[int, Mention] = {}
    shared = []
    for m in sorted(mentions, key=lambda m: m.start):
        joined = _LIST_JOINER.search(text, max(0, m.start - 2), m.start)
        before = by_end.get(joined.start()) if joined else None
        if m.title is None and m.title_after is None and before and before.title:
            m = replace(m, title=before.title)  # 副主任余新文及林秋: 及 ends the list 、 goes on with
        by_end[m.end] = m
        shared.append(m)
    return shared


_LIST_JOINER = re.compile(r"(?:、|以及|及|和)$")


def _titled_name_follows(text: str, at: int) -> bool:
    """Whether the list item opening at ``at`` is a name the rules read after its post (、区政协主席祝学军)."""
    clause_end = CLAUSE_BREAK.search(text, at)
    post = _post_pattern().search(text, at, clause_end.start() if clause_end else len(text))
    return post is not None and "、" not in text[at:post.start()] and read_name_after(text, post.end()) is not None


def _title_of(found: list[Mention]) -> str | None:
    """The fullest title written before any mention of a person, else the post written after one. A title that holds
    a post outranks one that names only a kind of person (队工会主席 over 省工会十三大代表, however long; 县总工会主席、
    省人大代表 holds one)."""
    titles = [m.title for m in found if m.title]
    return max(titles, key=_fullness) if titles else next((m.title_after for m in found if m.title_after), None)


def _fullness(title: str) -> tuple[bool, int]:
    holds_a_post = any(
        lexicons.ends_with_entry(part, "post_titles") and not lexicons.ends_with_entry(part, "person_nouns") for part in _TITLE_PARTS.split(title)
    )
    return holds_a_post, len(title)


_TITLE_PARTS = re.compile("[、，,]")


def _aliases(text: str, name: str, title: str | None, start: int, end: int) -> set[str]:
    """The surname with each of the person's posts, a deputy's also without 副 (院党总支副书记、副院长:
    沈副书记, 沈书记, 沈副院长, 沈院长), or with the kind of person written after the name (姜老师)."""
    surname = _surname_at(name, 0)
    aliases = set()
    for part in (title or "").split("、"):
        if (alias := _surname_and_post(name, part)) is not None:
            aliases |= {alias, alias.replace("副", "", 1)} if alias[surname:].startswith("副") else {alias}
    if surname and len(name) > surname:
        for at in _occurrences(text, name, start, end):
            if (noun := lexicons.starts_with_entry(text[at + len(name):at + len(name) + 4], "person_nouns")) is not None:
                aliases.add(name[:surname] + noun)
    return aliases


def _surname_spoke(text: str, surname: str, start: int, end: int) -> bool:
    """Whether a sentence or clause opens with the surname alone and a speaking verb (陆表示, 李说): how Hong Kong,
    Macao and Taiwan reports name again a person named in full before."""
    return _surname_speaking(surname).search(text, start, end) is not None


@cache
def _surname_speaking(surname: str) -> re.Pattern[str]:
    return re.compile(rf"(?:^|(?<=[{SENTENCE_MARKS}{CLAUSE_MARKS}\n]))[ \u3000]*{re.escape(surname)}(?:{SAYING_VERBS}|说|致辞|致词|发言)")


def _surname_and_post(name: str, title: str) -> str | None:
    """How a report names a titled person again: the surname and the post word (卢 + 市长 → 卢市长)."""
    post = lexicons.ends_with_entry(title, "post_titles")
    surname = _surname_at(name, 0)
    return name[:surname] + post if post and surname and len(name) > surname else None


def _completed(text: str, mention: Mention, entity: str | None, tokens: tuple[Token, ...]) -> Mention:
    """A rule's name cut short of the person the model found at the same place (欧阳晓 of 欧阳晓明) is that
    person; so is one that runs past it into a word of the clause (周雨带 of 周雨|带队) or over a verb
    (张萍任 of 张萍|任|主任)."""
    if not entity or entity == mention.name:
        return mention
    longer = len(entity) > len(mention.name) and entity.startswith(mention.name)
    into_a_word = mention.name.startswith(entity) and (
        _ends_inside_a_word(tokens, mention.end)
        or _serves_as_a_post(text, tokens, mention.start + len(entity), mention.end)
        or _opens_what_follows(text, tokens, mention.start + len(entity), mention.end)
    )
    if longer or into_a_word:
        return replace(mention, name=entity, end=mention.start + len(entity))
    return mention


_NOUN_TAGS = frozenset({"n", "vn", "nz"})


def _runs_into_a_noun(text: str, tokens: tuple[Token, ...], end: int) -> bool:
    """Whether a noun of the model's follows at ``end`` with nothing between, no noun for a kind of person or honorific
    (王明教授, 明学长老), and nothing a person does or becomes in the rest of the clause (张建军|全票|当选): what heads a
    noun phrase is a word of it, no one named."""
    after = tokens_overlapping(tokens, end, end + 1)
    if not after or after[0].start != end or after[0].tag not in _NOUN_TAGS:
        return False
    if lexicons.pattern("person_nouns").match(text, end) or lexicons.pattern("monastic_honorifics").match(text, end):
        return False
    clause_end = _clause_bounds(text, end, end)[1]
    return not (
        _role_verb_pattern().search(text, end, clause_end)
        or _ELECTED_AFTER.search(text, end, clause_end)
        or _TAKES_A_POST.search(text, end, clause_end)
    )


def _closed_somewhere(text: str, name: str) -> bool:
    """Whether a mark or a noun for a kind of person closes ``name`` somewhere in the text (张昭和、, 张昭和博士)."""
    return any(_closes_a_name_firmly(text, at + len(name)) for at in _occurrences(text, name, 0, len(text)))


def _only_inside(text: str, name: str, longer: str, start: int, end: int) -> bool:
    """Whether every occurrence of ``name`` in ``text[start:end]`` ends an occurrence of ``longer``, or opens one
    where ``longer`` opens with it."""
    if longer.startswith(name):
        tail = longer[len(name):]
        return all(text.startswith(tail, at + len(name)) for at in _occurrences(text, name, start, end))
    head = len(longer) - len(name)
    return all(text[at - head:at] == longer[:head] for at in _occurrences(text, name, start, end))


_PLACE_AFTER = "(?:(?:村|镇|乡|街道|社区|片区|厂)(?![长民委])|纪念馆|纪念堂|故居|陵园|广场|公园|图书馆|奖学金|(?:事迹)?(?:展馆|展览馆|陈列馆))"
"""What makes a word a place where the report writes it before one (杨岗村, 马祖酒厂), or a thing named after a person
(鲁迅纪念馆, 王明事迹展馆); 村长, 镇委 and 村民 follow a person's surname in posts and addresses too (杨村长)."""


def _other_name_in_brackets(text: str, at: int, name: str, names: dict[str, list[Mention]]) -> bool:
    if text[at - 1:at] not in ("(", "（") or text[at + len(name):at + len(name) + 1] not in (")", "）"):
        return False
    return any(other != name and text.endswith(other, 0, at - 1) for other in names)


def _stands_for_a_person(text: str, mention: Mention, tokens: tuple[Token, ...]) -> bool:
    """A rule's mention the model's words do not unmake, outside quote marks (“张三”工作室 names a thing), that is no
    word qualifying a post (荣誉|理事长)."""
    return (
        not _misread(text, mention, tokens)
        and not inside_quote_marks(text, mention.start)
        and not lexicons.starts_with_entry(mention.name, "post_modifiers")
    )


def anchored_names(text: str, tokens: tuple[Token, ...]) -> frozenset[str]:
    """Names a title anchors anywhere in ``text`` (省总工会主席X) that the model's words do not unmake."""
    return frozenset(m.name for m in find_mentions(text, 0, len(text)) if (m.title or m.title_after) and _stands_for_a_person(text, m, tokens))


_POSITION_WORDS = frozenset("内外里间")
"""Words of position that close a phrase of time or place (任内, 期间): a given name of one character almost never is one."""


def find_people(
    text: str, start: int, end: int, known: frozenset[str] = frozenset(), tokens: tuple[Token, ...] = ()
) -> list[Person]:
    """Named people of the meeting whose text is ``text[start:end]``, one row each.

    ``known`` holds names anchored elsewhere in the report (省总工会主席X in one section): a
    bare later mention of the same name (学习X的工作报告) is that person, with no title (a title is read per
    meeting, as the owners' worked sample keeps 曹立军 untitled at its third meeting).
    ``tokens`` are the lexical model's words of that text: its persons are people too, and a
    name the rules read across its words' edges is dropped.
    """
    # A name inside quote marks names a thing (“张三”工作室) or is a word of a slogan (“水清、景秀”), no one present.
    entities = {at: name for name, at in person_entities(text, tokens) if not inside_quote_marks(text, at)}
    mentions = [
        _completed(text, m, entities.get(m.start), tokens)
        for m in find_mentions(text, start, end)
        if _stands_for_a_person(text, m, tokens)
    ]
    taken = {m.start for m in mentions}
    topic_spans = [m.span() for m in _TOPICS_LISTED.finditer(text, start, end)]
    for at, name in entities.items():
        if _alone_in_its_clause(text, at, at + len(name)) and not any(_ends_a_list_item(text, m.end, at) for m in mentions):
            continue  # 严加，周密，凤舞长空: a word the model reads as a name, where no listed name comes before it
        if any(a < at < b for a, b in topic_spans):
            continue  # 围绕…建设和文旅融合…等方面发言: a word of the topics listed, no one
        if _in_parallel_phrases(text, at, at + len(name)):
            continue  # 学史明理、学史增信、学史崇德: a word of phrases built alike, no one
        if at not in taken and not any(m.start < at < m.end for m in mentions) and start <= at and at + len(name) <= end and not _MASKS.intersection(text[at:at + len(name)]):
            title = read_title_before(text, at) or _post_glossed_at(text, at + len(name))[0]
            title_after = _post_after(text, at + len(name))
            if title is None and title_after is None and len(name) == 2 and name[1] in _POSITION_WORDS:
                continue  # 历任…职务，任内致力于…: a surname-like character and a word of position (during the term), no one
            if title is None and title_after is None and _runs_into_a_noun(text, tokens, at + len(name)):
                continue  # 惠企|政策, 曹操|出行, 严明|党的纪律: a word the model reads as a name, heading a noun phrase
            if title is None and title_after is None and _listed_after_a_thing(text, tokens, at) and not _ends_a_list_item_or_acts(text, at + len(name)):
                continue  # 茶叶、林下经济、文旅康|养: an item of a list of things, running on into a word, holds no one
            mentions.append(Mention(name, at, at + len(name), title, title_after, False))
    mentions += _listed_between_names(text, mentions, tokens, end)
    mentions = _titles_shared_along_lists(text, mentions)
    anchored = {m.name for m in mentions}
    for name in sorted(known - anchored)[:MAX_KNOWN_NAMES]:
        at = text.find(name, start, end)
        # 王坚通 known from the rules alone, where the model reads 王坚 here: the anchored name stands.
        if at >= 0 and not any(other != name and (name in other or name.startswith(other)) for other in anchored):
            mentions.append(Mention(name, at, at + len(name), None, None, False))
    by_name: dict[str, list[Mention]] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        by_name.setdefault(m.name, []).append(m)
    # A shorter name that is the start of a longer known one is the same person misread; so is one
    # written only as the end of a longer one (江凌 of 解江凌, the surname read as a verb).
    for name in list(by_name):
        if any(other != name and other.startswith(name) for other in by_name) or any(
            other != name
            and (other in by_name and other.endswith(name) or other in known and other.startswith(name) and _closed_somewhere(text, other))
            and _only_inside(text, name, other, start, end)
            for other in by_name.keys() | known
        ):
            # 张昭|和亲自提议, where the report writes 张昭和、 elsewhere: the name the report closes, misread (not
            # 王坚通 of 王坚通过, which a mark closes nowhere)
            del by_name[name]
    for name in list(by_name):
        if (occurrences := _occurrences(text, name, start, end)) and all(_other_name_in_brackets(text, at, name, by_name) for at in occurrences):
            del by_name[name]  # 叶宪修(叶启田): a stage or former name in brackets after a name is that person again
    for name in list(by_name):
        if _title_of(by_name[name]) is None and re.search(re.escape(name) + _PLACE_AFTER, text):
            del by_name[name]  # 杨岗、青溪村级建制…, where the report writes 杨岗村: a village, no one; 鲁迅纪念馆
    studied_titles = lexicons.entry_set("studied_leader_titles")
    they_spoke, before_he_spoke = _sentences_before_speech(text, start, end)
    # 局长X出席会议。他指出，…: the last name of the sentence before is who spoke, unless the sentence opens with a
    # name, its subject (X代表协会欢迎Y一行的来访。他介绍说).
    he_spoke = set()
    for a, b in before_he_spoke:
        named = sorted((at, name) for name in by_name for at in _occurrences(text, name, a, b))
        if named:
            opening = text[a:named[0][0]].strip(f" \u3000\n{''.join(_MASKS)}")
            # 会长王明代表协会欢迎…; not 王明陪同书记李华…, 王明向书记李华汇报…, where the one escorted or reported to speaks
            subject = (not opening or opening == read_title_before(text, named[0][0])) and not _ESCORTED_OR_ADDRESSED.search(
                text, named[0][0], named[-1][0]
            )
            he_spoke.add(named[0][1] if subject else named[-1][1])
    titles = {name: _title_of(found) for name, found in by_name.items()}
    aliases = {name: _aliases(text, name, titles[name], start, end) for name in by_name}
    people = []
    for name, found in by_name.items():
        roles = []
        relayed = False
        for at in _occurrences(text, name, start, end):
            role = role_at(text, at, at + len(name))
            if role == "attendee" and any(a <= at < b for a, b in they_spoke):
                role = "speaker"  # 包括A、B等。他们在致词中…: the sentence after names what the listed did
            roles.append(role)
            # 听取了X关于…的汇报 reads like a relayed report but X gave it here.
            relayed = relayed or role == "referenced" and is_relayed(text, at + len(name))
        if name in he_spoke:
            roles.append("speaker")
        if roles and all(role == NOT_PRESENT for role in roles):
            continue  # 拜访了会长X: called on elsewhere, no person of the meeting
        roles = [role for role in roles if role != NOT_PRESENT]
        title = titles[name]
        for alias in aliases[name]:
            # 市长卢晓燕 … 卢市长表示, 姜衍老师 … 姜老师宣读: the surname and the post or the kind of person
            # name the same person, unless it names another person too (姜衍老师、姜华老师 … 姜老师).
            if sum(alias in others for others in aliases.values()) == 1 and not any(o != name and o.startswith(alias) for o in by_name):
                roles.extend(role_at(text, at, at + len(alias)) for at in _occurrences(text, alias, start, end))
        surname = name[:_surname_at(name, 0)]
        if surname and len(name) > len(surname) and sum(other.startswith(surname) for other in by_name) == 1 and _surname_spoke(text, surname, start, end):
            roles.append("speaker")  # 由X出任会长。陆表示…: the surname alone, of the one person it can be, speaks
        if any(m.title_after in studied_titles for m in found) or (title in studied_titles):
            role = "referenced"
        elif (relayed or roles[:1] == ["referenced"] and _relayed_first(text, name, start, end)) and "chair" not in roles:
            # A leader whose speech is relayed here was not present: what the text goes on
            # to quote from that speech (X在讲话中强调) does not make a speaker.
            role = "referenced"
        else:
            role = _strongest(roles) if roles else "attendee"
        first = found[0]
        people.append(Person(role=role, span_start=first.start, span_end=first.end, name=name, title=title))
    return people
