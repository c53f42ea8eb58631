"""Date expressions: the meeting's ``date_text`` as written, its ISO date, and the report's
publication date (EXTRACTION.md §2).

The year of a month/day comes from the text when written (2021年, ROC 本(103)年), else from
the publication date; a month/day later in the year than the publication date belongs to
the year before, since reports are written after the meeting.
"""
from __future__ import annotations

import datetime as dt
import re

from .segmentation import HOLDING, PROSE_PUNCTUATION

ROC_YEAR_OFFSET = 1911  # 民国 year 1 = 1912

# Brackets around a day or a year: round ones, or the angle brackets some Taiwan pages type for them (本〈17〉日).
_OPEN = r"[(（〈]"
_CLOSE = r"[)）〉]"
# Numbers as reports write them in dates: digits, or Chinese numerals (二十三日, 廿二日, 二○二三年, 三时).
_CN_DIGIT = "〇○零一二三四五六七八九"
_CN_MONTH = r"(?:十[一二]?|[一二三四五六七八九])"
_CN_DAY = r"(?:[二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|卅一?|初[一二三四五六七八九十]|[一二三四五六七八九])"
_CN_HOUR = r"(?:十[一二三四五六七八九]?|二十[一二三四]?|[一二三四五六七八九])"
_CN_MINUTE = r"(?:[一二三四五]?十[一二三四五六七八九]?|卅[一二三四五六七八九]?|[一二三四五六七八九])"
"""Minutes in characters; 卅 is thirty as Taiwan and Hong Kong write it (七时卅分)."""
# A space may follow the digits where a page set them apart from the characters (1 月18 日), or stand before the part
# of the day (5月6日 上午). 元月 is the first month as reports write it (2010年元月13日); 曰 after a month's day is the
# typing slip for 日 (5月6曰), kept as written.
_MONTH = rf"(?:\d{{1,2}} ?|{_CN_MONTH}|元)月"
_DAY = rf"(?:\d{{1,2}} ?|{_CN_DAY})[日曰]"
# A year written before the month: this year or last (今年9月16日), Western (2024年, 二○二四年), ROC (113年, 民国113年),
# 本(103)年, or (113)年 where the 本 before it is the body's (本所(113)年4月19日).
# A year in Chinese numerals may write its zero as a Latin O, as typed text often does (二O一六年).
_YEAR_ZERO_LOOKALIKES = "OoＯ"
_YEAR = rf"(?:今年|去年|(?<!\d)\d{{4}} ?年|[{_CN_DIGIT}{_YEAR_ZERO_LOOKALIKES}]{{4}}年|(?:民国)?(?<!\d)\d{{2,3}}年|(?:本|今)?{_OPEN}\d{{2,3}}{_CLOSE}年)"
DAY_PARTS = ("上午", "下午", "晚上", "晚间", "早上", "中午", "午间", "凌晨", "傍晚", "清晨", "早晨")
# A day whose 日 the typing lost before the part of the day (5月28上午).
_DAY_PART_AFTER_LOST_DAY = rf"(?=(?:{'|'.join(DAY_PARTS)}))"
_MONTH_DAY = rf"(?<![\d{_CN_DIGIT}十]){_MONTH}(?:{_DAY}|\d{{1,2}}号|\d{{1,2}}{_DAY_PART_AFTER_LOST_DAY})"
# The end of a span of days (至19日, 到26日, -18日, 至4月2日, 至十九日), perhaps from a part of the first day (11月30日下午至12月1日上午),
# or the other days of a list (10月9日、10日; 3月31日、4月3日; 12月7日及8日).
_RANGE = rf"(?:(?:{'|'.join(DAY_PARTS)})?(?:——|[至到~～\-－—])(?:\d{{1,2}}(?:月\d{{1,2}})?|{_CN_DAY})日|(?:[、及](?:\d{{1,2}}月)?\d{{1,2}}日)+)?"
# A month and the first and last days of a span, the first without its 日 (10月17-18日), or two days listed (11月22、23日).
_MONTH_DAY_SPAN = rf"(?<![\d{_CN_DIGIT}十]){_MONTH}\d{{1,2}}[至~～\-－—、]\d{{1,2}}日"
_DAY_PART = rf"(?:[ \u3000]?(?:{'|'.join(DAY_PARTS)})|晚)?"
# An hour may be approximate (9时许, 六时三十分许): 许 then closes it, where the clause or the holding goes on after it;
# before anything else it may open a name (9时许亚平主持, 9时许开明主持).
_ABOUT = r"(?:许(?=[，,。；;\s在于於假]|召开|举行|举办|开幕|$))?"
_CLOCK = (
    rf"(?:(?:\d{{1,2}}[:：]\d{{2}}分?|\d{{1,2}}时(?:\d{{1,2}}分|半|整)?|\d{{1,2}}点(?:半|\d{{1,2}}分|整)?"
    rf"|{_CN_HOUR}[时点](?:半|{_CN_MINUTE}分|整)?){_ABOUT})?"
)
DAY_PART_AT_END = re.compile(rf"(?:{'|'.join(DAY_PARTS)}){_CLOCK}(?=先?$)")
"""A part of the day, perhaps with its hour, ending the words before a meeting verb (工联晚上举行, 下午四时先召开): on
the day the report tells of, the only date the meeting has."""
_WEEKDAY_CHAR = "[一二三四五六日天]"
_WEEKDAY = rf"(?:星期|周|礼拜){_WEEKDAY_CHAR}"
_WEEKDAY_PAREN = rf"(?:{_OPEN}{_WEEKDAY}{_CLOSE})?"
_WEEKDAY_AFTER_THE_DAY = re.compile(rf"(?<=\d){_OPEN}(?:星期|周|礼拜)?{_WEEKDAY_CHAR}{_CLOSE}")
"""今13(一)日: the weekday in brackets between a day's number and its 日, as Taiwan's papers write it; no day of its own."""
# After a month and day: its weekday, bracketed or not (11月9日周三下午), or the lunar date or the feast it fell on in
# brackets (二月二十三日(农历十四日), 2月10日(大年初一), 9月29日(中秋节), 5月1日(劳动节)).
_FEAST_NOTE = "农历|阴历|大年|正月|腊月|除夕|元宵|春节|端午|中秋|重阳|元旦|国庆|清明|七夕|冬至"
_DAY_NOTE = rf"(?:{_OPEN}{_WEEKDAY}{_CLOSE}|{_WEEKDAY}|{_OPEN}(?:{_FEAST_NOTE}|[\u4e00-\u9fff]{{1,4}}节)[^)）]{{0,12}}{_CLOSE})?"
_DAY_IN_BRACKETS = rf"{_OPEN}(?:(?:\d{{1,2}}月)?\d{{1,2}}日?|(?:{_CN_MONTH}月)?{_CN_DAY}日){_CLOSE}"
_DAY_PAREN = rf"(?:{_DAY_IN_BRACKETS})?"
_DATE_AFTER_THE_PART = rf"(?:{_OPEN}(?:\d{{1,2}}月)?\d{{1,2}}日(?:{'|'.join(DAY_PARTS)})?{_CLOSE})?"
"""The day in brackets after the part of the day (今天下午(12月26日)), with its 日: a bare number there is a note."""
# Relative days as Hong Kong and Taiwan reports write them: 昨(22)日, 今(十四)日, 本(17)日, (十七)日 with no word before it,
# 前夜 with no word before it, or after 于/在 or a body about to hold it (开幕式前夜 is the eve of the opening),
# 昨（22日）, 昨(二十六日), 前日(16日), 今日, 昨晚, 昨晚(14),
# 昨 or 今 right before the verb (工联会昨举行, 县议会今召开; not 至今召开, 当今召开),
# 上周五, 本月8日, 上月廿三日; a day or weekday in parentheses belongs to the expression. A weekday without 上 or 本
# is one only with its day in brackets (周四（9日）) or right before the verb or the part of the day (X会周六举行): 周
# also opens names (周三明) and words (两周一次, 周一路).
_RELATIVE_DAY = (
    rf"(?:(?:昨|前|今|本){_OPEN}(?:\d{{1,2}}|{_CN_DAY}){_CLOSE}日|(?:昨|前|今|本)\d{{1,2}}{_OPEN}{_WEEKDAY_CHAR}{_CLOSE}日|{_OPEN}(?:\d{{1,2}}|{_CN_DAY}){_CLOSE}日(?=上午|下午|中午|晚|早|假|在|于|召|举|[，,\s]|$)|(?:昨|前|今){_OPEN}(?:\d{{1,2}}|{_CN_DAY})日{_CLOSE}|(?:昨天|昨日|前天|前日|今天|今日){_DAY_PAREN}|(?:昨晚|今晚|前晚|昨夜)(?:{_OPEN}(?:\d{{1,2}}|{_CN_DAY}){_CLOSE})?|(?:(?<![\u4e00-\u9fff])|(?<=[于於在])|(?<=会)(?=前夜(?:举行|召开|举办)))前夜|今晨|今早|(?:昨|(?<![至当如古迄])今)(?=举行|召开|举办|开幕|在|于|假|$)"
    rf"|(?:上|本|(?<![\u4e00-\u9fff])去)(?:周|星期)[一二三四五六日天]{_DAY_PAREN}|(?<![下每这两隔各前])(?:周|星期)[一二三四五六日天](?:{_DAY_IN_BRACKETS}|(?=举行|召开|举办|在|于|假|上午|下午|晚|$))|(?:本|上)月(?:\d{{1,2}}|{_CN_DAY})日{_WEEKDAY_PAREN})"
)
# A day without its month: 9日, a list of days (27、28日), or 二十三日; a one-character Chinese day
# (三日) only with the part of the day, the hour or the verb of holding after it (工联会一日在此间举行), since 三日内
# and 一日游 are no dates.
_DAY_ONLY = (
    rf"(?:(?<![\d月])\d{{1,2}}(?:(?:、\d{{1,2}})+|[至~～\-－—]\d{{1,2}})?日"
    rf"|(?<![{_CN_DIGIT}十月第])(?:[二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|卅一?)日"
    rf"|(?<![{_CN_DIGIT}十月第这那每同期])[一二三四五六七八九]日(?=上午|下午|晚上|晚间|早上|中午|凌晨|{_CN_HOUR}[时点]|\d{{1,2}}[时点:：]|在|于|举行|召开|举办|$)"
    # A day written with 号 as speech does, only before a part of the day (6号晚, 12号上午; 6号楼 is a building).
    rf"|(?<![\d月第])\d{{1,2}}号(?={'|'.join(DAY_PARTS)}|晚))"
)
_MONTH_AND_DAY_DIGITS = r"(?:1[0-2]|[1-9])(?:[12]\d|3[01]|[1-9])"
"""Digits a month and a day can be read as, their marks lost (221 for 2月21日, 1123 for 11月23日)."""
_HOLDING_AHEAD = rf"[^。，,\n]{{0,40}}?(?:{HOLDING})"
"""The rest of a clause that holds a meeting (…市总工会…召开)."""
# A month and day whose 月 the scraping lost (221日上午 for 2月21日上午): three or four digits before 日, a
# month and a day they can be read as, and around them what only a date has: the year before (2017年310日), the
# part of the day after, or 于 before and the place of holding after (於1123日在…舉辦; 驻村120日在 is a count of days),
# or opening its clause, no word before it, before a clause that holds a meeting (823日，县长…主持召开; 累计823日，
# is a count of days).
# The year may have lost its 年 too (2019421日下午1時).
_LOST_MONTH_AND_DAY = rf"(?=\d{{3,4}}日){_MONTH_AND_DAY_DIGITS}"
_MONTH_LOST_DAY = rf"{_LOST_MONTH_AND_DAY}日"
_MONTH_LOST = (
    rf"(?:(?<!\d)\d{{4}}年{_MONTH_LOST_DAY}|(?<!\d)(?:19|20)\d{{2}}{_MONTH_LOST_DAY}"
    rf"|(?<![\d第]){_MONTH_LOST_DAY}(?=上午|下午|晚|早上|中午|凌晨|傍晚|清晨|早晨)"
    rf"|(?<=[于於]){_MONTH_LOST_DAY}(?=在|于|於|{HOLDING})"
    rf"|(?<![\d第\u4e00-\u9fff]){_MONTH_LOST_DAY}(?=[，,]{_HOLDING_AHEAD}))"
)
# A month and day whose 月 and 日 the scraping both lost (320，市总工会…召开 for 3月20日; 2008520), only opening its
# line: before the comma of a clause that holds a meeting (120，全市共有…参加，活动…举行 is a headcount), or before the
# part of the day, which only a date has there and which may run on into the holder with no comma (57上午, 312午 with
# its 下 lost too, 2012525下午荷城中学…召开); two digits only with the part of the day.
_MARKS_LOST = (
    rf"(?<![^\n \u3000])(?:(?:19|20)\d{{2}})?"
    rf"(?:(?=\d{{3,4}}[，,]){_MONTH_AND_DAY_DIGITS}(?=[，,]{_HOLDING_AHEAD})"
    rf"|(?=\d{{2,4}}(?:上午|下午|午|晚上)){_MONTH_AND_DAY_DIGITS}(?:上午|下午|午(?![餐饭休间夜])|晚上))"
)
_MONTH_LOST_DIGITS = re.compile(rf"(?:\d{{4}}年)?({_LOST_MONTH_AND_DAY})日")
"""The digits of a lost-month date already found in its context (2017年310日, 1123日, 221日上午)."""
# A month with no day: with its year (2025年3月, 今年3月份) or a part of it (3月上旬).
_MONTH_ONLY = (
    r"(?:(?:(?<!\d)\d{4}年|今年|去年)\d{1,2}月(?!\d)(?:份)?(?:上旬|中旬|下旬|初|底|末)?"
    r"|(?<![\d年])\d{1,2}月(?:上旬|中旬|下旬|初|底|末))"
)
# 日昨 is Taiwan's "the other day" (X公会日昨在…举办), as vague as 日前; 上周 and 本周 alone, last week and this week, are as
# vague (上周五 is a day; 本周内 and 本周起 a time limit or a start, no date).
_VAGUE = rf"近日|日前|日昨|近期|不久前|前不久|早前|[上本]周(?![一二三四五六日天末内起])|(?:当天|当日|当晚|同日)(?:{'|'.join(DAY_PARTS)})?"

# A month and day written with a slash, as Taiwan reports do, closed by 日 (12/29日) or before the part of the day or
# where it was held (1/16晚在…举行); a slash elsewhere is a fraction or a path.
_SLASHED = rf"(?<![\d/])(?:1[0-2]|[1-9])/(?:[12]\d|3[01]|[1-9])(?:日|(?![\d/])(?=(?:{'|'.join(DAY_PARTS)}|晚)|[在于假]))"

# A year, month and day in figures joined by one mark (2011.3.12, 2021-03-12, 2021/3/12), as a body line
# writes it before a meeting (the dateline's published date is chrome and masked before this is read).
_FIGURES = r"(?<![\d./\-])(?:19|20)\d{2}(?:\.(?:1[0-2]|0?[1-9])\.|-(?:1[0-2]|0?[1-9])-|/(?:1[0-2]|0?[1-9])/)(?:[12]\d|3[01]|0?[1-9])(?![\d./\-])"

# A meeting over two parts of two days (7月6日下午和7日上午): the second day and its part belong to the date.
_NEXT_DAY_PART = rf"(?:和(?:\d{{1,2}}月)?\d{{1,2}}日(?:{'|'.join(DAY_PARTS)}))?"

# The weekdays of a span of days in brackets after it (三月十七日至十九日(星期四至星期六)).
_RANGE_NOTE = rf"(?:{_OPEN}{_WEEKDAY}[至到~～\-－—]{_WEEKDAY}{_CLOSE})?"

# A day of the lunar calendar, as reports of Spring Festival gatherings write it alone (正月初八, 农历腊月二十三, 农历新年初三,
# 中国农历新年大年初五): the month (正月, 腊月, 冬月 or a numeral) and a day counted 初一 to 初十 or from 十一 on, or the
# new year's 初一 to 初十, with no 日 after it.
_LUNAR_DAY = (
    rf"(?<![\d{_CN_DIGIT}十])(?:(?:中国)?农历|阴历)?(?:(?:正|腊|冬|{_CN_MONTH})月"
    rf"(?:初[一二三四五六七八九十]|[二三]?十[一二三四五六七八九]|二十|三十|廿[一二三四五六七八九]?)"
    rf"|(?:(?:新年|新春)(?:大年)?|大年)初[一二三四五六七八九十])"
    rf"(?![日号\d{_CN_DIGIT}])"
)

_SCHOOL_PERIOD = r"(?:(?<=午)第[一二三四五六七八九十\d]{1,2}节课后)?"
"""下午第三节课后: after a school's period of the day, as its staff meetings are timed (not 第三节课《春》, a lesson given,
nor 第三节课题研讨会)."""

DATE_TEXT_RE = re.compile(
    rf"(?:{_YEAR}?{_MONTH_DAY_SPAN}|{_YEAR}?{_MONTH_DAY}{_DAY_NOTE}|{_FIGURES}|{_SLASHED}|{_RELATIVE_DAY}|{_MONTH_LOST}|{_MARKS_LOST}|{_LUNAR_DAY}|{_DAY_ONLY}{_WEEKDAY_PAREN}){_RANGE}{_RANGE_NOTE}{_DAY_PART}{_CLOCK}{_SCHOOL_PERIOD}{_DATE_AFTER_THE_PART}{_NEXT_DAY_PART}"
    rf"|{_MONTH_ONLY}|{_VAGUE}"
)
"""A date expression as a report writes it before the meeting verb."""

_LABELLED_PUBLICATION = re.compile(
    r"(?:发布时间|发布日期|更新日期|发表时间|日期|时间|date)\s*[:：]?\s*"
    r"(\d{4})\s*[-/年.]\s*(\d{1,2})\s*[-/月.]\s*(\d{1,2})"
)
_NEWSPAPER_EDITION = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日\s*\d{1,2}\s*版")
_NUMERIC_DATE = re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_WRITTEN_DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")

_WEEKDAYS = "一二三四五六日"


EARLIEST_YEAR, LATEST_YEAR = 1949, 2099
"""The years a date of these reports can fall in: news of today's bodies' meetings. A year outside them is a
garbled one (0024-12-27, 民国 year 013 read as 1924), and a wrong date is worse than none."""


def _make_date(year: str | int, month: str | int, day: str | int) -> dt.date | None:
    if not EARLIEST_YEAR <= int(year) <= LATEST_YEAR:
        return None
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def find_published_date(text: str) -> dt.date | None:
    """The publication date written in the page chrome or footer, or None.

    Labelled dates (发布时间:2024-11-23, 更新日期 2014/10/31) win, then a newspaper edition
    line (2023年10月26日 04 版), then a numeric date anywhere, then a written date on a
    line that is not a sentence.
    """
    for regex in (_LABELLED_PUBLICATION, _NEWSPAPER_EDITION, _NUMERIC_DATE):
        for match in regex.finditer(text):
            date = _make_date(*match.groups())
            if date is not None:
                return date
    for line in text.split("\n"):
        if PROSE_PUNCTUATION.search(line):
            continue
        written = _WRITTEN_DATE.search(line)
        if written and (date := _make_date(*written.groups())) is not None:
            return date
    return None


MAY_HOLD_A_DATE = re.compile(r"[\d月日曰号天晚夜晨早昨今周期初前]")
"""A character every expression DATE_TEXT_RE matches holds: a digit, a month's or a day's word (月, 日, 号, 天), a part of
the day (晚, 夜, 晨, 早), a relative day (昨, 今, 前, 周, 星期), a lunar day (初) or a vague one (近期). The engine tries
each of DATE_TEXT_RE's branches at every character; a clause without one of these, as most are, is passed over at
the speed of one character class."""


def find_date_text(clause: str) -> re.Match[str] | None:
    """The last date expression in a clause (the one nearest the meeting verb), or None."""
    if MAY_HOLD_A_DATE.search(clause) is None:
        return None
    last = None
    for match in DATE_TEXT_RE.finditer(clause):
        last = match
    return last


def _year_before_if_later(month: int, day: int, published: dt.date) -> int:
    return published.year - 1 if (month, day) > (published.month, published.day) else published.year


_CN_VALUES = {ch: value for value, ch in enumerate("零一二三四五六七八九")} | {"〇": 0, "○": 0} | dict.fromkeys(_YEAR_ZERO_LOOKALIKES, 0)
_CN_TENS = {"十": 1, "廿": 2, "卅": 3}
_CN_NUMBER = re.compile(rf"[〇○零一二三四五六七八九十廿卅{_YEAR_ZERO_LOOKALIKES}]+")
_DAY_IN_BRACKETS_ENDS = re.compile(f"{_CLOSE}日")
_CN_TWO_DIGITS = re.compile(r"^([一二三四五六七八九]?)([十廿卅])([一二三四五六七八九]?)$")


def chinese_number(numeral: str) -> int | None:
    """The value of a Chinese numeral below a hundred (八 → 8, 十一 → 11, 二十三 → 23, 廿二 → 22), or None."""
    if len(numeral) == 1 and numeral in _CN_VALUES:
        return _CN_VALUES[numeral]
    match = _CN_TWO_DIGITS.match(numeral)
    if match is None or match.group(1) and match.group(2) != "十":
        return None
    tens = _CN_VALUES[match.group(1)] if match.group(1) else _CN_TENS[match.group(2)]
    return tens * 10 + (_CN_VALUES[match.group(3)] if match.group(3) else 0)


_CN_COUNT = re.compile(r"[一二三四五六七八九十]+")


def counts_in_digits(name: str) -> str:
    """A name with the numbers it counts in Chinese numerals written in digits (成立二十四周年 → 成立24周年), so that
    two writings of one name compare equal."""
    return _CN_COUNT.sub(lambda numeral: str(value) if (value := chinese_number(numeral.group())) is not None else numeral.group(), name)


def _with_digits(date_text: str) -> str:
    """A date expression with its Chinese numerals written in digits: a year digit by digit (二○二三年),
    a month or a day by value (十二月, 廿二日)."""

    def digits(numeral: re.Match[str]) -> str:
        unit = date_text[numeral.end():numeral.end() + 1]
        if _DAY_IN_BRACKETS_ENDS.match(date_text, numeral.end()):
            unit = "日"  # 今(十四)日: the day in parentheses
        if unit == "年" and all(ch in _CN_VALUES for ch in numeral.group()):
            return "".join(str(_CN_VALUES[ch]) for ch in numeral.group())
        value = chinese_number(numeral.group()) if unit in ("月", "日") else None
        return numeral.group() if value is None else str(value)

    return _CN_NUMBER.sub(digits, date_text)


def _month_day_of_digits(digits: str, year_match: re.Match[str] | None, published: dt.date | None) -> dt.date | None:
    """221 → 2月21日: the one month and day the digits can be read as; None when they read two ways (123)."""
    readings = [
        (int(digits[:cut]), int(digits[cut:]))
        for cut in (1, 2)
        if 1 <= int(digits[:cut]) <= 12 and 1 <= int(digits[cut:]) <= 31 and len(digits) - cut <= 2 and digits[cut] != "0"
    ]
    if len(readings) != 1:
        return None
    month, day = readings[0]
    if year_match:
        return _make_date(int(year_match.group(1)), month, day)
    if published:
        return _make_date(_year_before_if_later(month, day, published), month, day)
    return None


def resolve_date(date_text: str | None, published: dt.date | None) -> dt.date | None:
    """The ISO date of a date expression when its year can be known, else None."""
    if not date_text:
        return None
    date_text = _with_digits(_WEEKDAY_AFTER_THE_DAY.sub("", date_text.replace("初", "").replace(" ", "").replace("元月", "1月")))
    if figures := _NUMERIC_DATE.match(date_text):
        return _make_date(*figures.groups())
    year_match = re.search(r"(?<!\d)(\d{4})年", date_text)
    # ROC years: 本(103)年, (113)年, 民国99年, or a bare three-digit year (113年 = 2024).
    roc_match = re.search(
        rf"(?:(?:本|今)?{_OPEN}(\d{{2,3}}){_CLOSE}|民国(\d{{2,3}})|(?<![\d(（])(\d{{3}}))年", date_text
    )
    month_day = re.search(rf"(\d{{1,2}})月(\d{{1,2}})(?:[日曰]|号|[至~～\-－—]\d{{1,2}}日|{_DAY_PART_AFTER_LOST_DAY})|^(\d{{1,2}})/(\d{{1,2}})", date_text)
    if month_day is None and (lost := _MONTH_LOST_DIGITS.match(date_text)) is not None:
        return _month_day_of_digits(lost.group(1), year_match, published)
    if month_day:
        month, day = (int(g) for g in month_day.groups() if g is not None)
        if year_match:
            return _make_date(year_match.group(1), month, day)
        if roc_match:
            roc_year = next(g for g in roc_match.groups() if g)
            return _make_date(int(roc_year) + ROC_YEAR_OFFSET, month, day)
        if published is None:
            return None
        if date_text.startswith(("今年", "去年")):
            return _make_date(published.year - date_text.startswith("去年"), month, day)
        return _make_date(_year_before_if_later(month, day, published), month, day)
    if published is None:
        return None
    paren_day = re.search(rf"{_OPEN}(\d{{1,2}})日?{_CLOSE}", date_text)
    if paren_day is None:
        if date_text.startswith(("今天", "今日", "今晨", "今早", "今晚")) or date_text == "今":
            return published
        if date_text.startswith("昨"):
            return published - dt.timedelta(days=1)
        if date_text.startswith(("前天", "前日", "前晚", "前夜")):
            return published - dt.timedelta(days=2)
    else:
        date_text = f"{paren_day.group(1)}日"
    month_ago = re.match(r"上月(\d{1,2})日", date_text)
    if month_ago:
        previous_month_end = published.replace(day=1) - dt.timedelta(days=1)
        return _make_date(previous_month_end.year, previous_month_end.month, int(month_ago.group(1)))
    week = re.match(r"(上|本|去)(?:周|星期)([一二三四五六日天])", date_text)
    if week:
        weekday = _WEEKDAYS.index(week.group(2).replace("天", "日"))
        monday = published - dt.timedelta(days=published.weekday())
        if week.group(1) in ("上", "去"):  # 去周日: last Sunday, as Hong Kong and overseas papers write it
            monday -= dt.timedelta(days=7)
        return monday + dt.timedelta(days=weekday)
    day_only = re.search(r"(\d{1,2})(?:、\d{1,2})*[)）]?[日号]", date_text)
    if day_only:
        day = int(day_only.group(1))
        if day <= published.day:
            return _make_date(published.year, published.month, day)
        previous_month_end = published.replace(day=1) - dt.timedelta(days=1)
        return _make_date(previous_month_end.year, previous_month_end.month, day)
    return None
