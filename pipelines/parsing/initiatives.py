"""Named programmes, brands, campaigns, frameworks, slogans and documents (EXTRACTION.md §4).

Candidates are the texts inside quote marks and 《》 titles, found by one linear scan (no
regex over quote pairs, so thousands of quote marks cost nothing). Exclusions and the
category are read from the quoted text itself and the head noun written right after it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from . import lexicons
from .dates import chinese_number
from .lexical import Token, tokens_overlapping
from .model import Initiative
from .segmentation import SENTENCE_MARKS, SHORT_NAME_CUE, inside_document_title, is_cjk

QUOTE_PAIRS = {"“": "”", "「": "」", "『": "』", "《": "》", '"': '"'}
MAX_QUOTE_CHARS = 80
HEAD_NOUN_WINDOW = 8
_DIRECT_SPEECH_END = re.compile(r"[。！？!?]$|(?:…|\.{3,})$")
_DIRECT_SPEECH_START = re.compile(r"^(?:我们|咱们|你们)")
"""Quoted words that end as a sentence or trail off (……), or speak as we or you, are someone's own words;
a name opening with 我 alone (“我为群众办实事”) is a campaign's."""
MAX_SURNAME_BEFORE_A_POST = 2


@cache
def _addressed() -> re.Pattern[str]:
    """“傅书记，您回来了”, “主任，…”: words opening by calling someone by a post are said to them."""
    return re.compile(rf"^[\u4e00-\u9fff]{{0,{MAX_SURNAME_BEFORE_A_POST}}}(?:{lexicons.alternation(lexicons.entries('post_titles'))})[，,]")
AWARDS_REACH = 120
"""How far before a quote the verb of an award may stand, the honours before it in a row between."""
_HONOURED_UNITS = "名家位人户对支"
"""What those who got an honour are counted in: people, households, couples, teams."""
_COUNT_OF_HONOURED = rf"(?:\d+|[一二三四五六七八九十百]+)[个{_HONOURED_UNITS}]"
_RECIPIENTS_COUNTED = re.compile(rf"(?:\d+|[一二三四五六七八九十百]+)[{_HONOURED_UNITS}]")
"""Those who got an honour, counted right after its name (“十佳好媳妇”10名), where an honour is given before it
(_HONOURED_BEFORE); not 个, which counts the points of a quoted list as often (“…”四个方面). A count after a brand
built or a campaign run (打造“职工书屋”12家, 开展“送温暖”1200户) counts what it reached."""
_HONOURED_BEFORE = re.compile("表彰|评选|授予|命名|荣获|获评|评为")
_SENTENCE_BREAK = re.compile(f"[{SENTENCE_MARKS}；;\n]")


def _sentence_before(text: str, at: int) -> str:
    """The words of ``at``'s sentence before it, at most AWARDS_REACH characters."""
    window = text[max(0, at - AWARDS_REACH):at]
    return _SENTENCE_BREAK.split(window)[-1]
_LEVEL_OF_HONOUR = r"(?:(?:[省市县区镇乡]、)*[省市县区镇乡]级|国家级)"
_AWARDED = re.compile(
    rf"(?:荣获|获得|获评|被评为|被授予|授予|评为|喜获|摘得|表彰)了?(?:\d{{4}}年度?)?(?:{_COUNT_OF_HONOURED}|[^，。；,;“”《》]{{0,4}})"
    rf"(?:[“「《][^”」》]*[”」》](?:[、，,和及与]?{_LEVEL_OF_HONOUR}|[、和及与]|、?{_COUNT_OF_HONOURED})?)*$"
)
"""An honour is what a body or person is awarded (荣获“全国模范职工之家”、“五一劳动奖状”, 被评为2020年度“X”), however
many in a row, each perhaps after the count of those honoured (表彰了227名“优秀教师”、41名“优秀教育工作者”) or the level
that awards it (表彰了“最美家庭”，省、市级“巾帼文明岗”，县级“三八红旗手”)."""
_CONFERRED = re.compile(r"授予了?(?:[^，。；,;“”《》并后]{0,30}[“「][^”」]*[”」])*[^，。；,;“”《》并后]{0,30}$")
"""授予了X中心等15个单位“巾帼文明岗”、Y站等5个单位“…”: honours conferred, each after the units that got it (not a
programme launched after them: …称号并启动“X”活动)."""
_LEVEL_AFTER_A_COMMA = re.compile(rf"[，,]{_LEVEL_OF_HONOUR}")
_HONOURS_GO_ON = frozenset("、，,。；;和及与等")
_AWARDS_LISTED = re.compile(
    r"等(?:[一二三四五六七八九十百\d]+[项个类])?(?:奖项|荣誉称号|荣誉|称号)"
    r"|(?:进行了?|予以|给予了?)(?:通报)?(?:表彰|表扬|嘉奖)"
)
"""「A」、「B」及「C」等奖项, 对“A”、“B”进行了表彰: what a list of quotes ends in says they are awards."""
_SUNG = re.compile(r"(?:(?:唱|合唱|演唱|齐唱|奏唱|高唱|朗诵|歌曲|演奏|弹奏|舞蹈|歌舞)\s*了?|(?:唱|演唱|合唱|齐唱|高唱|朗诵|演奏|弹奏)的)$")
"""A song or a performance (合唱了《团结就是力量》, 集体演唱的《X》) is no initiative."""
_SUNG_AFTER = re.compile(r"的?(?:歌声|乐曲声|乐声|旋律|合唱声)")
"""在《劳动最光荣》的歌声中落下帷幕: a song in title marks the meeting closed with, told by the singing after it (not
“X”歌曲大赛, a contest)."""
_WATCHED = re.compile(r"观看了?(?:影片|电影|纪录片)?\s*$")
"""观看了“X”: a show watched; a film in title marks (观看纪录片《X》) is a work the meeting studied, a document."""
_SPEECH_INTRO = re.compile(r"(?:[:：]|(?:说|道|表示|指出|强调|认为|一席话|的话)[，,]?)\s*$")
"""她说,「…」: what a colon or a verb of saying introduces is someone's words."""
_SAYING = re.compile(r"(?:(?:古人|古语|俗话|俗语|常言|老话|有句话)(?:说|道|云|讲|曰)|[一这那]句(?:话)?)[，,：:]?\s*$")
"""古人说“三十而立”, 俗话说“…”, 一句“虽千万人吾往矣”: a saying quoted, however short."""
_LIKENED = re.compile(r"(?:视为|视作|看作|看成|当作|当成|比作|比喻为|喻为)$")
"""把会馆视为「乡亲的第二个家」: what a thing is likened to is a figure of speech, no initiative."""
_GUARDED_AGAINST = re.compile(r"(?:防止|杜绝|避免|遏制|警惕|防范|纠治)$")
"""防止“四风”反弹, 警惕“黑天鹅”, 纠治“四风”: what is guarded against or put right is an ill, no programme; a drive against
it (“四风”整治) is."""
_NUMERIC_FORMULA = re.compile(r"[\d+＋]|^[一二三四五六七八九十两]{2,4}$|^[一二三四五六七八九十两百千]+(?:个|件|条|点|大|新|种|组|项|张|进|化|强|有|为|心|型|落实)|^双[\u4e00-\u9fff]{1,2}$")
_FIVE_YEAR_PLAN = re.compile(r"^[十]?[一二三四五六七八九十]五$")
_ENUMERATION = re.compile(r"[、，,；;]|\s")
_GRADE = re.compile(r"[一二三]级?[甲乙丙]等?|[1-5]A级?|A{3,5}级?")
"""“三甲”, “二级甲等”, “4A”: a hospital's or a scenic site's grade (EXTRACTION.md §4: grades are no initiatives)."""
_REDUPLICATED_DEEDS = re.compile(r"(?:([\u4e00-\u9fff])\1[\u4e00-\u9fff]{1,2}[、，,]?){2,}")
"""红红脸、出出汗, 洗洗澡、治治病: verbs said twice over (AAB), a figure of speech for criticism, no programme."""


@dataclass(frozen=True)
class Quote:
    text: str
    """The content inside the marks, inner marks (‘’ …) kept."""
    start: int
    """Offset of the opening mark."""
    end: int
    """Offset after the closing mark."""
    opener: str


@cache
def _quote_opener() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, QUOTE_PAIRS)))


def find_quotes(text: str, start: int = 0, end: int | None = None) -> list[Quote]:
    """Outermost quoted and 《》 spans in ``text[start:end]``; unclosed or overlong marks are skipped."""
    end = len(text) if end is None else end
    quotes: list[Quote] = []
    i = start
    while (found := _quote_opener().search(text, i, end)) is not None:
        i = found.start()
        opener = text[i]
        closer = QUOTE_PAIRS[opener]
        close_at = text.find(closer, i + 1, min(end, i + 1 + MAX_QUOTE_CHARS + 1))
        if opener == _CURLY_OPENER:
            close_at = _curly_closer(text, i, close_at, end)
            if close_at >= 0 and _CURLY_OPENER in text[i + 1:close_at]:
                i += 1  # “我镇…打造“X”的体系。…”: marks of one kind nested, or a closer lost; the inner pair is the name
                continue
        newline_at = text.find("\n", i + 1, close_at if close_at >= 0 else min(end, i + 2 + MAX_QUOTE_CHARS))
        if close_at < 0 or newline_at >= 0 or opener == '"' and _MISPAIRED.search(text, i + 1, close_at):
            i += 1
            continue
        quotes.append(Quote(text[i + 1:close_at], i, close_at + 1, opener))
        i = close_at + 1
    return quotes


_NOUN_AFTER = re.compile(r"[\u4e00-\u9fff](?<!的)")
_SUM_OF_MONEY = re.compile(r"\d[\d.,，]*[余多]?[十百千万亿]*(?:元|美元|港元|港币|澳门元)")
_CURLY_OPENER = "“"
_STRAIGHT = '"'


def _curly_closer(text: str, opened: int, close_at: int, end: int) -> int:
    """Where a “ closes: at its ”, or at a straight mark before it the page put in its place (社区“大党委"要以…), unless
    that mark opens a straight pair inside the quote (“学习"两会"精神”)."""
    straight = text.find(_STRAIGHT, opened + 1, close_at if close_at >= 0 else min(end, opened + 2 + MAX_QUOTE_CHARS))
    if straight < 0:
        return close_at
    next_mark = _quote_opener().search(text, straight + 1, end)
    paired = next_mark is not None and next_mark.group() == _STRAIGHT and (close_at < 0 or next_mark.start() < close_at)
    return close_at if paired else straight


_MISPAIRED = re.compile(r"\s[，,]|[，,]\s*[一二三四五六七八九十]是")
"""紧绷“ 思想弦 ,二是扩大宣传 ” written with straight marks and one lost: the span read between two marks runs across
a clause ending in a space or into the next item of a list, so the marks do not pair."""


def inner_quotes(quote: Quote) -> list[Quote]:
    """Quoted programmes inside a 《…》 title: their own initiatives (EXTRACTION.md §4)."""
    offset = quote.start + 1
    return [Quote(q.text, q.start + offset, q.end + offset, q.opener) for q in find_quotes(quote.text) if q.opener != "《"]


HEAD_CHAIN_START_MAX = 6
"""A head noun read after a quote may start this many characters in (“X”三级体系, “X”职工技能提升行动)."""
_PRINCIPLE_HEADS = frozenset({"理念", "原则"})
"""Besides a framework's heads (格局, 思路, 机制), the words after 的 that name a quoted phrase's kind: a principle."""
_HEAD_WINDOW_STOP = re.compile(r"[，。；：、,;:！？!?“”「」『』《》\"()（）\s的]")


@cache
def _head_lengths() -> tuple[int, ...]:
    return tuple(sorted({len(w) for w in lexicons.keyed_lookup("initiative_heads")}, reverse=True))


@cache
def _heads_longest_first() -> tuple[str, ...]:
    return tuple(sorted(lexicons.keyed_lookup("initiative_heads"), key=len, reverse=True))


@cache
def _role_verbs() -> re.Pattern[str]:
    """What a person does at a meeting (分享, 主持, 出席 …): no such verb stands inside a compound head noun."""
    keyed = lexicons.keyed("role_verbs")
    return re.compile(lexicons.alternation(frozenset(w for role in ("chair", "speaker", "attendee") for w in keyed[role] if len(w) > 1)))


_CLAUSE_PARTICLE = re.compile("[到了着过把被将向给在对为]")
"""Prepositions and aspect particles: a head noun after one (“X”落实到行动上) is the object of a clause."""


def _head_noun_after(text: str, end: int) -> tuple[str | None, str | None]:
    """(category, full head) of the initiative head nouns written right after a quote.

    The compound after the quote is read up to the next punctuation; of the head nouns it
    holds (“1355”工作思路, “X”阵地体系建设), the last specific one names the kind, a
    general one (工作, 建设) only when it stands alone. The full head runs to the end of
    the noun that decided.
    """
    heads = lexicons.keyed_lookup("initiative_heads")
    generic = lexicons.entry_set("generic_heads")
    if text.startswith("等", end):
        return None, None  # “A”“B”等特色活动: a head shared by a list, read by _list_head_noun
    # “X”的工作格局, “X”的理念: a specific head after 的 names the kind too, and the full name keeps the 的.
    described = text.startswith("的", end)
    start = end + 1 if described else end
    stop = _HEAD_WINDOW_STOP.search(text, start, start + HEAD_NOUN_WINDOW + HEAD_CHAIN_START_MAX)
    window = text[start:stop.start() if stop else start + HEAD_NOUN_WINDOW + HEAD_CHAIN_START_MAX]
    found: list[tuple[int, str]] = []
    pos = 0
    # The first head noun starts right after the quote; the compound then runs on to the
    # stop (“X”主题阅读交流活动: 活动 ends it). A general head (工作) counts only right after the quote.
    while pos < len(window) and (found or pos <= HEAD_CHAIN_START_MAX):
        best = None
        for length in _head_lengths():
            if window[pos:pos + length] in heads:
                best = window[pos:pos + length]
                break
        if best is not None and (pos == 0 or best not in generic):
            found.append((pos, best))
            pos += len(best)
        else:
            pos += 1
    if not found:
        return None, None
    specific = [(p, n) for p, n in found if n not in generic]
    if described and not specific:
        return None, None  # “X”的工作: what of it the clause goes on to say
    pos, noun = specific[-1] if specific else found[0]
    if described and heads[noun] != "framework" and noun not in _PRINCIPLE_HEADS:
        return None, None  # “X”的目标, “X”的具体行动: what the phrase is used for, not the kind of thing it names
    if _role_verbs().search(window, 0, found[0][0]) or _CLAUSE_PARTICLE.search(window, 0, found[0][0]):
        return None, None  # “X”王振华分享经验, “X”落实到行动上: a clause runs on after the quote, not a compound noun
    return heads[noun], text[end:start] + window[:pos + len(noun)]


def _list_head_noun(text: str, end: int) -> tuple[str | None, str | None]:
    """Head noun shared by a list ending in 等 (“A”“B”等特色活动, “A”、C等网络平台)."""
    cursor = end
    for _ in range(4):
        while cursor < len(text) and text[cursor] in "、 ":
            cursor += 1
        if text.startswith("等", cursor) or cursor >= len(text) or text[cursor] in "，,。；;\n":
            break
        # an unquoted item of the same list (“A”、B频道等网络平台)
        item = re.match(r"[^、，,。；;：:\n等“”「」]{1,10}", text[cursor:cursor + 10])
        if not item or not text.startswith(("、", "等"), cursor + item.end()):
            return None, None
        cursor += item.end()
    if text.startswith("等", cursor):
        window_end = min(len(text), cursor + 1 + 12)
        window = text[cursor + 1:window_end]
        heads = lexicons.keyed_lookup("initiative_heads")
        for cut in range(len(window), 0, -1):
            for noun in _heads_longest_first():
                if window[:cut].endswith(noun):
                    return heads[noun], noun
    return None, None


def _content_category(name: str) -> tuple[str | None, str | None]:
    heads = lexicons.keyed_lookup("initiative_heads")
    for noun in _heads_longest_first():
        if name.endswith(noun) and len(name) > len(noun):
            return heads[noun], noun
    return None, None


def _is_excluded(text: str, quote: Quote, run: tuple[int, int], meeting_names: list[str], tokens: tuple[Token, ...] = ()) -> bool:
    run_start, run_end = run
    name = quote.text.strip()
    if not name or name in lexicons.entry_set("not_initiative_terms"):
        return True
    if quote.opener == "《" and (_DOCUMENT_ENDING.fullmatch(name) or name in _BARE_DOCUMENT_KINDS) and _named_in_full_before(text, name, quote.start):
        return True  # 《条例》, 《意见》: the bare kind of a document named in full before, not another one
    if quote.opener == "《" and re.search(rf"《{re.escape(name)}[(（][^()（）《》]{{1,10}}[)）]》", text[:quote.start]):
        return True  # 《政府工作报告》 after 《政府工作报告(讨论稿)》: the draft named again without its note
    introduced = _SPEECH_INTRO.search(text[max(0, quote.start - 4):quote.start]) and len(name) > 12
    # …听党的话“永远跟党走…”主题活动: a head noun after the quote names a programme, whatever stands before it.
    headed = _head_noun_after(text, run_end)[0] is not None
    if _DIRECT_SPEECH_END.search(name) or _DIRECT_SPEECH_START.match(name) or (_addressed().match(name) or introduced) and not headed:
        return True
    if _SAYING.search(text, max(0, quote.start - 6), quote.start):
        return True
    if _ASKED.search(name) or _EVENT.match(name) or _OPENS_WITH_A_DAY.match(name) or _WEB_ADDRESS.search(name):
        return True  # a question, an event, a day recalled (「6月8日这一天」) or a page's address
    if quote.opener != "《" and _SUM_OF_MONEY.search(name) and not _NOUN_AFTER.match(text, run_end):
        return True  # “净结余120余万元”的情况: a figure quoted, no programme (“1元爱心早餐”项目 is one)
    if _LIKENED.search(text, max(0, quote.start - 4), quote.start):
        return True
    if _GUARDED_AGAINST.search(text, max(0, quote.start - 4), quote.start) and _head_noun_after(text, run_end)[0] is None:
        return True  # 防止“四风”反弹, 纠治“四风”; not 纠治“四风”专项整治行动, a drive named for the ill
    if text[run_start - 1:run_start] == "从" and _OUTLINE_AFTER.match(text, run_end):
        return True  # 从“全会的基本情况”、“…”等方面进行解读: the points of a talk, no programmes
    if quote.opener != "《" and _NAMES_A_MEETING.search(name):
        return True  # 举行“X协会成立暨第一届理监事就职典礼”酒会: a meeting's name
    if _HELD_AS.search(text, max(0, quote.start - 6), quote.start) and _WAY_OF_HOLDING.match(text, run_end):
        return True  # 会议采取“现场+视频”方式: how the meeting sat, no programme
    if lexicons.starts_with_entry(name, "honour_prefixes"):
        return True
    if quote.opener == "《" and _in_a_post_at_a_publication(text, run_end):
        return True  # 《青石市政》杂志执行主编X: the journal is where the person holds a post, not a text the meeting read
    if quote.opener == "《" and len(name) <= MAX_MEDIUM_NAME_CHARS and _NEWS_OUTLET.search(name) and _named_as_a_medium(text, quote.start, run_end):
        return True  # 新华社、《人民日报》、《大公报》等媒体, 《金融时报》：…: a paper named as a medium, no text the meeting read
    cited = _CITED_AS_THE_SOURCE.match(text, run_end) if quote.opener == "《" else None
    if cited and (cited.group("medium") or _MEDIUM.search(name)):
        return True  # 据《青石侨报》报道: the paper the news comes from, no text the meeting read
    excluded_heads = lexicons.entry_set("not_initiative_heads")
    after = text[run_end:run_end + 4]
    if any(after.startswith(h) for h in excluded_heads if len(h) > 1):
        return True
    felt = text[quote.start - 1:quote.start] == _IN_THE_MANNER_OF and _FELT_AFTER.match(text, run_end)
    # 既“红红脸、出出汗”，又…, “红红脸、出出汗”的效果: deeds said twice over that a mark or 的 closes, no programme they head
    # (“村村通、组组通”工程).
    reduplicated = _REDUPLICATED_DEEDS.fullmatch(name) and (text.startswith("的", run_end) or not is_cjk(text[run_end:run_end + 1]))
    if quote.opener != "《" and (felt or reduplicated or _GRADE.fullmatch(name)):
        return True
    quality = _QUALITY_AFTER.match(text, run_end)
    if quality and quote.opener != "《" and not (quality.group() == "精神" and _COUNTED_SPIRIT.match(name)):
        # “钉钉子”精神, ‘五四’精神, “一盘棋”思想, “底线”思维: a figure for a quality or a way of thinking, or an
        # event's legacy; 《…讲话》精神 is a document.
        return True
    # An enumerated slogan (提质增效、争创一流) or a counted formula is not an honour for ending like one; a count that
    # is a holiday's day (“五四典型”, “三八标兵”) opens no formula.
    formula = _STRENGTHS_COUNTED.match(name) or _COUNTED_PHRASE.match(name) and not is_date_numeral(name[:2])
    excluded_ending = lexicons.ends_with_entry(name, "not_initiative_heads") or (_MODELS if name.endswith(_MODELS) else None)
    if not _ENUMERATION.search(name) and not formula and excluded_ending and not _people_named_for_their_unit(text, excluded_ending, run_end):
        return True
    # An organisation's name in quotes (“青石县职工服务中心”): a short name with a two-character ending, or
    # any with a longer one (委员会, 研究院); a counted formula (一极两中心) or an enumeration (点亮湾仔,关爱社区)
    # ends like a body and is none.
    org = lexicons.ends_with_entry(name, "org_suffixes")
    counted = _NUMERIC_FORMULA.search(name) or _INTERLEAVED_NUMERALS.search(name)
    words = tokens_overlapping(tokens, quote.start + 1, quote.end - 1)
    # A longer name the model reads as ending in a body (“青石专业女性协会”) is one too.
    read_as_a_body = bool(words) and words[-1].entity == "organization" and words[-1].end == quote.end - 1
    # A body's ending that is a brand's head too (“劳模会馆”) names a brand in quotes.
    brand_ending = org is not None and _content_category(name) == ("brand", org)
    if org and (len(org) >= 3 or len(org) >= 2 and (len(name) <= 6 or read_as_a_body)) and not _ENUMERATION.search(name) and not counted and not brand_ending:
        # …unless a head noun says what it is (“云上工会”平台; not a document's whose title holds the quote), or it
        # ends in a short body word and reads as a clause (“有困难找工会”).
        category, head = _head_noun_after(text, run_end)
        named_a_kind = category is not None and head not in lexicons.entry_set("generic_heads") and not inside_document_title(text, quote.start)
        clause = len(org) == 2 and reads_as_a_clause(name, words)
        return not named_a_kind and not clause
    if _CONFERRED.search(text, max(0, quote.start - AWARDS_REACH), quote.start):
        return True
    awarded = _AWARDED.search(text, max(0, quote.start - AWARDS_REACH), quote.start)
    if awarded and (not _LEVEL_AFTER_A_COMMA.search(awarded.group()) or text[quote.end:quote.end + 1] in _HONOURS_GO_ON):
        return True  # 表彰了“A”，县级“B”，…: a row of honours at their levels; not 荣获“A”，国家级“B”也在该公司挂牌
    if quote.opener != "《" and _RECIPIENTS_COUNTED.match(text, quote.end) and _HONOURED_BEFORE.search(_sentence_before(text, quote.start)):
        return True  # 表彰了…“十佳好媳妇”10名, “文明示范家庭”100户: an honour, counted by those who got it
    if _SUNG.search(text, max(0, quote.start - 6), quote.start) or quote.opener == "《" and _SUNG_AFTER.match(text, quote.end):
        return True
    if _AWARDS_LISTED.match(text, run_end):
        return True  # 包括「杰出理事长」、「十大标竿企业」等奖项: honours listed, no programmes
    if quote.opener != "《" and _WATCHED.search(text, max(0, quote.start - 6), quote.start):
        return True
    # A quote that is the meeting's own name («“X”活动», «“X”» as the whole name) names the meeting, not an
    # initiative; a programme quoted inside a longer meeting name is an initiative of its own.
    quoted = text[quote.start:quote.end]
    meeting_nouns = lexicons.entry_set("meeting_nouns")
    for meeting_name in meeting_names:
        rest = meeting_name.replace(quoted, "", 1) if quoted in meeting_name else None
        if name == meeting_name or rest == "" or rest in meeting_nouns:
            return True
    return False


_QUALITY_AFTER = re.compile("(精神|思想|思维|意识)|的?重要思想(?!文化|阵地|方法|意义|工作|教育|宣传)")
"""“钉钉子”精神, “三个代表”重要思想: what follows the quote is the quality or the thought it names (not 本着“…”的精神, where
the quote is the principle the spirit holds to, nor “职工书屋”的重要思想文化阵地)."""
_IN_THE_MANNER_OF = "以"
_FELT_AFTER = re.compile(r"的(?:紧迫感|危机感|忧患感|责任感|使命感)")
"""以“等不起”的紧迫感: the urgency something is done with, the quote a figure of speech (not 提升“职工书屋”的体验感)."""
_CITED_AS_THE_SOURCE = re.compile(r"(?P<medium>杂志|网站|电视台)?(?:报道|消息称|刊发|刊登|披露)(?![后计])")
_MEDIUM = re.compile(r"(?:[报刊志网台]|新闻|快讯)$")
"""A title that names a paper, a journal, a site or a station (《青石华报》, 《求是》杂志 names it after the title)."""
MAX_MEDIUM_NAME_CHARS = 8
_NEWS_OUTLET = re.compile(r"(?:(?<![公简通汇情年快画喜要])报|杂志|网|电视台|电台)$")
"""人民日报, 大公报, 青石侨报, 青石网: a paper, a site or a station; not 公报, 简报, 通报, 喜报 or 要报, documents that end
in 报."""
_MEDIA = re.compile("媒体|新闻单位|记者")


def _named_as_a_medium(text: str, start: int, run_end: int) -> bool:
    """Whether a paper's title names the paper as a source (《青石时报》：…) or among the media of its sentence (新华社、
    《人民日报》…等20多家媒体), not the text a meeting read (学习了《人民日报》、《光明日报》评论员文章)."""
    if text[run_end:run_end + 1] in "：:":
        return True
    sentence_start = max(text.rfind(mark, 0, start) for mark in "。！？\n") + 1
    stop = min((i for i in (text.find(mark, run_end) for mark in "。！？\n") if i >= 0), default=len(text))
    return _MEDIA.search(text, sentence_start, stop) is not None
_PUBLICATION = re.compile(r"杂志社?|报社|期刊|周刊|月刊|编辑部|记者站|编委会|社")
_EDITORIAL_POST = re.compile(r"(?:执行|常务)?(?:副)?(?:主编|总编辑|总编|社长)")
MAX_POST_AFTER_PUBLICATION_CHARS = 6


def _in_a_post_at_a_publication(text: str, run_end: int) -> bool:
    """A title in 《》 followed by the kind of publication it names and a post there (杂志执行主编, 报社社长,
    记者站站长), or by an editor's post itself (《青年文学》主编): where the person works, no text read. Not 报 alone,
    which is as often the verb (《工作要点》报县委书记审定)."""
    if (publication := _PUBLICATION.match(text, run_end)) is None:
        return _EDITORIAL_POST.match(text, run_end) is not None
    after = text[publication.end():publication.end() + MAX_POST_AFTER_PUBLICATION_CHARS]
    return any(lexicons.ends_with_entry(after[:k], "post_titles") for k in range(2, len(after) + 1))


def _people_named_for_their_unit(text: str, ending: str, run_end: int) -> bool:
    """“红色娘家人”志愿服务队: a name for people (…人) followed by the unit they form names the unit, a brand; alone
    (“最美劳动人”) it names whom an honour goes to."""
    category, head = _head_noun_after(text, run_end)
    return ending == "人" and category is not None and head not in lexicons.entry_set("generic_heads")


_SHORT_NAME_BEFORE = re.compile(f"{SHORT_NAME_CUE}$")


_PEOPLE_BEFORE = "广大"
_PEOPLE_AFTER = ("代表", "人员", "群体", "队伍", "同志", "们")


def _names_people(text: str, quote: Quote) -> bool:
    """Whether a counted name stands for a kind of people (“五老”, the five kinds of veterans): 广大 before it, or a
    noun for the people it is right after it (“五老”代表, “五老”人员, “五老”队伍); not “三下乡”志愿者 or “四进”工作队员,
    the people of a programme."""
    name = quote.text.strip()
    if quote.opener == "《" or not _COUNTED_PHRASE.match(name):
        return False
    return text.endswith(_PEOPLE_BEFORE, 0, quote.start) or text.startswith(_PEOPLE_AFTER, quote.end)


def _short_name_noted(text: str, quote: Quote) -> bool:
    """Whether a quote is the short name noted for the one named just before it (…(以下简称《论述摘编》))."""
    return _SHORT_NAME_BEFORE.search(text, max(0, quote.start - len("以下简称")), quote.start) is not None


_STRENGTHS_COUNTED = re.compile(r"^[二三四五六七八九两]强$")
"""“五强”县级工会: strengths counted under ten are a standard's formula; 十强, 百强 rank, as honours do."""
_ASKED = re.compile(r"什么|怎样|怎么|如何|为什么|为何|何为$|哪些|多少|啥|吗[?？]?$|[?？]$")
"""A quoted question (“培养什么样的孩子”) is someone's words, as direct speech is."""
_EVENT = re.compile(
    r"^(?:党的)?[一二三四五六七八九十]{2,3}大$"
    r"|^[\d一二三四五六七八九十]{1,2}[·.．]?[\d一二三四五六七八九十]{1,2}.{0,6}节$"
    r"|^(?:国际|全国|中国|世界)[^，,、]{1,10}(?:日|节)$"
    r"|^[\u4e00-\u9fff]{1,2}代会$"
)
"""Events (EXTRACTION.md §4): a Party congress (“二十大”), a holiday by its date (“5·12国际护士节”), a
commemorative day (“全国科技工作者日”, “世界读书日”) or a congress by its short name (“双代会”, “职代会”)."""
_OUTLINE_AFTER = re.compile(r"等?(?:[一二三四五六七八九十几两\d]+个)?方面")
_HELD_AS = re.compile(r"(?:会议|大会|会|活动)(?:采取|采用)了?$")
"""会议采取“现场+视频”方式: the way the meeting sat; not 领导采取“一述一评”的方式点评, a method of work."""
_WAY_OF_HOLDING = re.compile(r"的?(?:方式|形式)")
_NAMES_A_MEETING = re.compile(r"(?:典礼|仪式|大会|会议|酒会|晚宴|(?:发布|分享|座谈|动员|报告|表彰|推进|联欢|交流)会)$")
_WEB_ADDRESS = re.compile(r"://|^www\.", re.IGNORECASE)
_OPENS_WITH_A_DAY = re.compile(r"^(?:\d{4}年)?\d{1,2}月\d{1,2}日")
_COUNTED_PHRASE = re.compile(r"^[二三四五六七八九两][\u4e00-\u9fff]{1,3}$")
"""“三全育人”, “五位一体”, “三农”, “六稳”, “三下乡”: up to four characters opening with a count from two to nine name a
formula (110 of 136 such four-character gold rows are frameworks, the rest campaigns and brands); 一 opens idioms
(一心向党), and 十, 百, 千 and 双 open rankings and idioms (十佳职工, 百花齐放, 千方百计, 双向奔赴) as often. Holidays
(“五一”), events (“两会”) and bodies (“两委”) are ruled out before; so is a quote before a noun no initiative is (“三公”
经费, “三无”人员: not_initiative_heads.txt)."""
_COUNTED_SPIRIT = re.compile(r"^(?:[二三四五六七八九两][\u4e00-\u9fff]|[二三四五六七八九两][\u4e00-\u9fff][一二三四五六七八九两][\u4e00-\u9fff])(?<![大会届个种项条类级次点中])$")
"""“三牛”精神, “两弹一星”精神: a spirit named by a numeric formula, a framework the meeting promotes (EXTRACTION.md §4);
not a congress's, a session's or a plenum's (“九大”精神, “两会”精神, “六中”精神), an event, nor a count (“三个”精神); and a
numbered way of thinking (“四个”意识) is a figure like any other."""
_INTERLEAVED_NUMERALS = re.compile(r"^[一二三四五六七八九十两双百千万]{1,2}[^一二三四五六七八九十两双百千万\d]{1,3}[一二三四五六七八九十两双百千万]")
_CODED = re.compile(r"[\dA-Za-z+＋·]")
_DATE_DOTS = re.compile("[·.．‧•・]")
"""The dots typed between a holiday's month and day (五·一, 五‧一 on Big5 pages, 五・一)."""
_DIGIT_MONTH_DAY = re.compile(rf"^(\d{{1,2}}){_DATE_DOTS.pattern}(\d{{1,2}})$")


_MODELS = "典型"
"""The models a body names as an honour (“五四典型”), where the quoted name ends in them; after the quote they head a
programme as often (“四个一”典型选树工程)."""


def is_date_numeral(name: str) -> bool:
    """A quoted month-day (“三八”, “五一”, “2·26”): a holiday or the day of an instruction, not an initiative.

    The 2-4 numerals must split into a month (1-12) and a day (1-31); five-year plans
    (十四五) and counts (四进) do not.
    """
    if (written := _DIGIT_MONTH_DAY.match(name)) is not None:
        return 1 <= int(written.group(1)) <= 12 and 1 <= int(written.group(2)) <= 31  # “2·26”, “11·6”
    name = _DATE_DOTS.sub("", name)  # “五.一”, “三·八”, “五‧一”
    if not 2 <= len(name) <= 4 or _FIVE_YEAR_PLAN.match(name):  # 十二五 is no 12月5日
        return False
    for cut in range(1, len(name)):
        month, day = chinese_number(name[:cut]), chinese_number(name[cut:])
        if month is not None and day is not None and 1 <= month <= 12 and 1 <= day <= 31:
            return True
    return False


def _is_coined(name: str) -> bool:
    """Whether a quoted phrase reads as a coined programme name rather than an everyday word.

    Coined: a code or formula (digits, Latin letters, +, ·), a count (四进, 一核三联), an
    enumeration of phrases, a name ending in an initiative head noun or a doctrine (…论).
    """
    return bool(
        _CODED.search(name)
        or _NUMERIC_FORMULA.search(name)
        or _INTERLEAVED_NUMERALS.search(name)
        or _COUNTED_PHRASE.match(name)
        or _FIVE_YEAR_PLAN.match(name)
        or _DOCUMENT_ENDING.search(name)
        or _ENUMERATION.search(name)
        or _content_category(name)[0] is not None
        or name.endswith("论")
    )


def _has_owner_prefix(text: str, start: int) -> bool:
    """An abbreviated organisation written right before the quote owns it (金工“娘家”)."""
    before = text[max(0, start - 2):start]
    return (
        len(before) == 2
        and all(is_cjk(c) for c in before)
        and before[-1] in lexicons.entry_set("owner_endings")
        and before not in lexicons.entry_set("not_owner_words")
    )


def _after_programme_verb(text: str, start: int) -> bool:
    """A programme verb (开展, 深化, 围绕 …) stands right before the quote, perhaps with 了/好/起."""
    before = text[max(0, start - 5):start]
    if lexicons.ends_with_entry(before, "programme_verbs") is not None:
        return True  # 用好, 建好: the complement is part of the verb
    before = before[:-1] if before.endswith(("了", "好", "起", "着")) and len(before) > 1 else before
    return lexicons.ends_with_entry(before, "programme_verbs") is not None


EMPHASIS_MAX_CHARS = 5
"""Figures of speech and emphasised words (“硬骨头”, “单打独斗”) are at most an idiom long."""


_OPENING_UP = {"走出去": "引进来", "引进来": "走出去"}
_AS_A_STRATEGY = re.compile("战略|步伐|相结合|开拓|拓展")


def _meant_as_the_formulation(text: str, quote: Quote, name: str) -> bool:
    """Whether a fixed formulation is meant as itself. The opening-up pair is a strategy only with its partner in the
    sentence or a word of strategy after it (加快“走出去”步伐, “走出去”开拓海外市场); alone it is a figure as often (组织村干部
    “走出去”开阔眼界)."""
    partner = _OPENING_UP.get(name)
    if partner is None:
        return True
    sentence_end = (after.start() if (after := _SENTENCE_BREAK.search(text, quote.end)) else len(text))
    sentence = _sentence_before(text, quote.start) + text[quote.start:sentence_end]
    return _AS_A_STRATEGY.match(text, quote.end) is not None or partner in sentence


MIN_NAMES_LISTED_ALIKE = 3


def _runs_of_names_alike(quotes: list[Quote], runs: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """Runs of quoted names that all end in one word (“先锋林”“乡贤林”“巾帼林”): things of one kind, each named, where
    a figure of speech stands alone or with one other (告别“单打独斗”“各自为战”)."""
    names_in: dict[tuple[int, int], list[str]] = {}
    for quote, run in zip(quotes, runs):
        if quote.opener != "《":
            names_in.setdefault(run, []).append(quote.text.strip())
    return {
        run for run, names in names_in.items()
        if len(names) >= MIN_NAMES_LISTED_ALIKE and all(n for n in names) and len({n[-1] for n in names}) == 1
        and names[0][-1] not in _NOT_A_NAMES_HEAD
    }


_NOT_A_NAMES_HEAD = frozenset("好来去得者员人手兵义化性为干")
"""“种得好”“卖得好”, “引进来”“留下来”, “宣传员”“监督员”, “形式主义”“官僚主义”: a complement, an agent or an -ism
each ends with, no kind of named thing."""


def is_emphasis(text: str, run_start: int, name: str, has_head: bool) -> bool:
    """A quoted everyday word or idiom used as a figure of speech, not a programme (EXTRACTION.md §4).

    It has no initiative head noun after it and no owner before it, is short and not coined,
    and is the object of an ordinary verb (啃下“硬骨头”, 告别“单打独斗”) rather than of a
    programme verb (开展, 深化, 围绕 …).
    """
    if has_head or len(name) > EMPHASIS_MAX_CHARS or _is_coined(name):
        return False
    if _has_owner_prefix(text, run_start):
        return False
    return not _after_programme_verb(text, run_start)


_E_PREFIX = re.compile(r"(?<![A-Za-z])[eE][\u4e00-\u9fff]")
"""e家, e站: the Latin e- of online services written before a Chinese noun."""


def _platform_marked(name: str) -> bool:
    lowered = name.lower().replace(" ", "")
    return _E_PREFIX.search(name) is not None or any(marker in lowered for marker in lexicons.entries("platform_markers"))


def _is_drive(name: str) -> bool:
    """大学习/大宣讲-style mass drives: … 大 + an activity, not a count (三大工程)."""
    for drive in lexicons.entries("campaign_drives"):
        at = len(name) - len(drive) - 1
        if at >= 1 and name.endswith("大" + drive) and name[at - 1] not in "一二三四五六七八九十两几":
            return True
    return False


def _named_in_full_before(text: str, kind: str, at: int) -> bool:
    return re.search(rf"《[^《》]+{re.escape(kind)}》", text[:at]) is not None


_BARE_DOCUMENT_KINDS = frozenset({"规划", "计划", "准则"})
"""《规划》 after 《“十四五”国民健康规划》: the kind alone, naming again the document named in full (a quoted “…计划”
is often a programme, so these are no document endings)."""
_DOCUMENT_ENDING = re.compile(
    r"(?:报告|办法|方案|条例|规定|细则|意见|纲要|章程|守则|决定|决议|通知|公报|宣言|声明|公约|纪要|倡议书)(?:[(（](?:试行|修订|草案|征求意见稿)[)）])?$"
)
"""A quoted title of a text the meeting adopted or heard (“绩效考核管理办法(试行)”, “财务工作报告”, “上海公报”) is a document."""
_LAW = re.compile(
    r"[\u4e00-\u9fff]{2,}(?<!工作)(?<!教学)(?<![方做打想看说手算写技用步减乘除证书兵语笔刀拳疗战章句画])法"
    r"(?:[(（](?:试行|修订|草案|修正案)[)）])?$"
)
"""A law quoted by its name (“工会法”, 「地方制度法」, “劳动关系法”) is a document; a way of working (“五心工作法”, “三步法”,
“教学法”) or a figure of speech (“加减法”, “辩证法”) is no law."""


_VERB_TAGS = frozenset({"v", "vd", "ad"})
MIN_SLOGAN_CHARS = 4
"""A quoted name shorter than this is a name (“红七月”), whatever its words."""


def reads_as_a_clause(name: str, words: tuple[Token, ...]) -> bool:
    """Whether the model reads a quoted name as a clause: a verb before its last word, or a verb last
    (“先学一步”, “以高质量发展推进现代化”), where a brand is a noun phrase (“职工之家”)."""
    if len(name) < MIN_SLOGAN_CHARS or not words:
        return False
    return any(w.tag in _VERB_TAGS for w in words[:-1]) or words[-1].tag == "v"


_DRAWN_FROM = frozenset({"经验", "做法"})
"""Head nouns for what a programme yields (“X工程”经验, “X行动”做法): a framework alone, the programme's own kind where
its name ends in a head noun."""


def _category(text: str, quote: Quote, run_end: int, tokens: tuple[Token, ...] = ()) -> tuple[str, str | None]:
    """(category, full_name) of a kept quote; a run of quotes shares the head noun after it."""
    name = quote.text
    if quote.opener == "《" or _DOCUMENT_ENDING.search(name) or _LAW.search(name):
        return "document", None
    generic = lexicons.entry_set("generic_heads")
    category, head = _head_noun_after(text, run_end)
    full_name = f"{text[quote.start:quote.end]}{head}" if head and run_end == quote.end else None
    if (fixed := lexicons.keyed_lookup("fixed_formulations").get(name)) is not None:
        return fixed, full_name
    if run_end != quote.end and (own := _content_category(name)[0]) is not None:
        return own, None  # “劳模讲堂”、“四个一”机制: an earlier item's own head noun outranks the one the list shares
    if head in _DRAWN_FROM and (own := _content_category(name)[0]) is not None:
        return own, full_name  # “千万工程”经验: the lessons of a campaign; the campaign keeps its kind
    if category is not None and head not in generic:
        return category, full_name
    generic_category = category
    # The name's own head noun (“匠心讲坛”) outranks a head shared by a list (等特色活动).
    category, _ = _content_category(name)
    if category is None:
        category, _ = _list_head_noun(text, run_end)
    if category is None:
        category = generic_category
    if category is None:
        if _platform_marked(name):
            category = "platform"
        elif _is_drive(name):
            category = "campaign"
        elif (
            _FIVE_YEAR_PLAN.match(name)
            or _NUMERIC_FORMULA.search(name)
            or _INTERLEAVED_NUMERALS.search(name)
            or _COUNTED_PHRASE.match(name)
            or name.endswith("论")
        ):
            category = "framework"
        elif _ENUMERATION.search(name) or len(name) >= 3 and lexicons.starts_with_entry(name, "slogan_verbs"):
            category = "slogan"
        elif "的" in name:
            category = "slogan"  # “一流的工作标准”: a phrase that describes; a brand's name joins with 之 (“职工之家”)
        elif reads_as_a_clause(name, tokens_overlapping(tokens, quote.start + 1, quote.end - 1)):
            category = "slogan"
        else:
            category = "brand"
    return category, full_name


def _wordplay_runs(text: str, quotes: list[Quote]) -> tuple[list[Initiative], set[int]]:
    """Single quoted characters inside one longer name (“金”生有缘·浪漫登“堂”) become that whole name."""
    found: list[Initiative] = []
    used: set[int] = set()
    for i, first in enumerate(quotes):
        if len(first.text) != 1 or i in used:
            continue
        for j in range(i + 1, min(i + 3, len(quotes))):
            last = quotes[j]
            between = text[first.end:last.start]
            if len(last.text) == 1 and 0 < len(between) <= 12 and not re.search(r"[，。；、,;]", between):
                span_text = text[first.start:last.end]
                name = "".join(c for c in span_text if c not in "“”「」『』\"")
                found.append(Initiative(name=name, category="brand", span_start=first.start, span_end=last.end, full_name=span_text))
                used.update(range(i, j + 1))
                break
    return found, used


_JOINING_QUOTES = re.compile(r"的[\u4e00-\u9fff]{1,2}(?:、|及|和|与)|[、，,]?(?:及|和|与)?")


def _runs(text: str, quotes: list[Quote]) -> list[tuple[int, int]]:
    """(start of the run's first quote, end of its last) for each quote: “A”“B”、“C”和“D” is one run, and so are
    quotes each qualifying a noun of their own, joined (以“A”的姿态和“B”的担当)."""
    runs: list[tuple[int, int]] = []
    first = 0
    for i, quote in enumerate(quotes):
        if i > first and not _JOINING_QUOTES.fullmatch(text, quotes[i - 1].end, quote.start):
            first = i
        if quote.opener == "《" or i > first and quotes[i - 1].opener == "《":
            first = i
        runs.append((first, i))
    last_of: dict[int, int] = {}
    for first, i in runs:
        last_of[first] = i
    return [(quotes[first].start, quotes[last_of[first]].end) for first, _ in runs]


def find_initiatives(
    text: str,
    start: int,
    end: int,
    meeting_names: list[str],
    tokens: tuple[Token, ...] = (),
    quotes: list[Quote] | None = None,
) -> list[Initiative]:
    """Initiatives marked in ``text[start:end]``, one per name, in text order.

    ``quotes`` are that stretch's quotes when the caller found them already; ``tokens`` the lexical
    model's words of the quoted names, which tell a slogan from a brand where nothing else does.
    """
    quotes = find_quotes(text, start, end) if quotes is None else quotes
    expanded: list[Quote] = []
    for quote in quotes:
        expanded.append(quote)
        if quote.opener == "《":
            expanded.extend(inner_quotes(quote))
    wordplay, used = _wordplay_runs(text, expanded)
    results: list[Initiative] = list(wordplay)
    runs = _runs(text, expanded)
    # 《…论述摘编》(以下简称《论述摘编》)…学习《论述摘编》: the short name stands for the full one wherever it is written.
    short_names = {quote.text.strip() for quote in expanded if _short_name_noted(text, quote)}
    # 广大“五老”, “五老”代表: a name any mention shows to be people's is no programme at its other mentions either.
    people = {quote.text.strip() for quote in expanded if _names_people(text, quote)}
    not_initiatives = short_names | people
    listed_alike = _runs_of_names_alike(expanded, runs)
    for index, quote in enumerate(expanded):
        run_start, run_end = runs[index]
        if index in used or quote.text.strip() in not_initiatives or _is_excluded(text, quote, runs[index], meeting_names, tokens):
            continue
        name = quote.text.strip()
        if quote.opener != "《" and len(name) == 1:
            category, head = _head_noun_after(text, quote.end)
            if category != "brand":
                continue  # single characters are emphasis unless a brand noun owns them (金工“惠”品牌)
        fixed = name in lexicons.keyed_lookup("fixed_formulations") and _meant_as_the_formulation(text, quote, name)
        if quote.opener != "《" and not fixed and not _LAW.search(name):
            if is_date_numeral(name):
                continue
            has_head = _head_noun_after(text, run_end)[0] is not None or _list_head_noun(text, run_end)[0] is not None
            if runs[index] not in listed_alike and is_emphasis(text, run_start, name, has_head):
                continue
        category, full_name = _category(text, quote, run_end, tokens)
        results.append(Initiative(name=name, category=category, span_start=quote.start, span_end=quote.end, full_name=full_name))
    results.sort(key=lambda i: i.span_start)
    unique: dict[str, Initiative] = {}
    for initiative in results:
        kept = unique.get(initiative.name)
        # A later mention with its own head noun tells the kind better than a bare one.
        if kept is None or kept.full_name is None and initiative.full_name is not None:
            unique[initiative.name] = initiative
    return sorted(unique.values(), key=lambda i: i.span_start)
