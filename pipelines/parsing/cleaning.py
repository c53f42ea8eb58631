"""Raw report text → clean text in the target script, with its damage counted.

The steps follow ``EXTRACTION.md`` §1: markup out, pinyin annotations out
(``系統(tǒng)`` → ``系統``), damage counted and flagged but kept, then conversion to
the target script. Real parentheses (``党组(扩大)会``, ``(APP)``, ``(2024)``) stay.
"""
from __future__ import annotations

import functools
import html
import importlib.metadata
import json
import re
import unicodedata
from dataclasses import dataclass
from html.parser import HTMLParser

from pipelines.parsing.script import convert_script, detect_script

_TONE_MARKED = frozenset("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ")
_SYLLABLE_LETTERS = "a-zü" + "".join(sorted(_TONE_MARKED))
# A syllable in ASCII parentheses, a space allowed on either side inside: 統(tǒng), 會(huì ).
_ANNOTATION = re.compile(rf"\( ?([{_SYLLABLE_LETTERS}]{{1,6}}) ?\)")
TONED_ANNOTATION = rf"\( ?[a-zü]{{0,5}}[{''.join(sorted(_TONE_MARKED))}][a-zü]{{0,5}} ?\)"
"""One tone-marked syllable in parentheses, such as (tǒng) or (ńg), with every tone mark the cleaner knows:
what the warehouse audit looks for in clean texts. A word of several syllables (běijīng) is not an
annotation the cleaner removes, and the audit leaves it too."""
# A damaged character swallowed the opening parenthesis: 新?lián)
_ORPHAN_ANNOTATION = re.compile(rf"(?<=[?\ufffd])([{_SYLLABLE_LETTERS}]{{1,6}})\)")

_HTML_HINT = re.compile(r"<(?:html|head|body|div|p|br|span|script|style|table|tr|td|a|img|h[1-6]|li|ul|meta)\b", re.I)
_MARKDOWN_IMAGE = re.compile(r"!\[[^\]\n]{0,200}\]\([^)\n]{0,500}\)")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
_SMALL_FORM_PUNCTUATION = str.maketrans("﹐﹑﹒﹔﹕﹖﹗︐︑︒︓︔︕︖︰", "，、．；：？！，、。：；！？：")
"""The small-form and vertical-form marks of Big5 pages (﹐, ﹑, ﹔, and ︰ typed for a colon: 立法委员︰A、B): the same
marks to every rule that splits clauses and lists."""
_RADICAL_FOR_A_LIST_MARK = re.compile("(?<=[\u4e00-\u4e35\u4e37-\u9fff])\u4e36(?=[\u4e00-\u4e35\u4e37-\u9fff])")
"""丶, the radical typed for 、 between two words (理事长卢惠妮丶监事长张国柱): no word holds it."""
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# A page layout that broke a date after its leading number ("3" on a line, "月15日下午" on the next).
_DATE_NUMBER_ALONE = re.compile(r"(?m)^([ \t\u3000]*\d{1,4})[ \t\u3000]*\n[ \t\u3000]*(?=[年月日号])")
# A line that wrapped inside a date, after its year's number (已於105 / 年01月09日假…): the date's next parts follow.
_DATE_WRAPPED_AFTER_A_NUMBER = re.compile(r"(?<=\d)[ \t\u3000]*\n[ \t\u3000]*(?=年\d{1,2}月)")
# A layout that set each part of a date on a line of its own ("1月", "19日", "上午，X召开…"): one date again, where the
# next line goes on with the date's next part (not a building's number, 12号楼) or the part of the day.
_DATE_PART_ALONE = re.compile(
    r"(?m)^([ \t\u3000]*\d{1,4}[年月日号])[ \t\u3000]*\n[ \t\u3000]*"
    r"(?=\d{1,2}[月日号](?![楼院栋室线])|(?:上午|下午|晚上|早上|中午|凌晨|傍晚)[，,])"
)
# A date typeset with spaces around its numbers (9 月 28 日, 2021 年 3 月): one date to every rule that reads dates.
_SPACED_DATE = re.compile(r"(?<=\d)[ \t\u3000]+(?=[年月日号])|(?<=[年月])[ \t\u3000]+(?=\d{1,2}[ \t\u3000]*[月日号])")
# A two-character item of a 、-list typeset with a space inside to line up with three-character names (王志英、余 飙、
# 张永炬): one word again.
_SPACED_LIST_ITEM = re.compile(
    r"(?<=、)([\u4e00-\u9fff])[ \u3000]{1,2}(?=[\u4e00-\u9fff](?:[、，,。；;]|[(（][女男][)）]))"
    r"|(?<=[：:，,、])([\u4e00-\u9fff])[ \u3000]{1,2}(?=[\u4e00-\u9fff]、)"
)

# A page layout that broke a sentence right after the verb of what a body did (…在镇会议厅召开了 / 全镇换届
# 工作会议。…): one sentence again, where the line holds a comma (a sentence, not a headline) and the next line runs
# on to a mark of its own (not a heading).
_BREAK_AFTER_A_DEED = re.compile(
    r"(?:召开|召開|举行|舉行|举办|舉辦|开展|開展|组织|組織|出席|参加|參加|传达|傳達|学习|學習|听取|聽取|审议|審議)了"
    r"[ \t\u3000]*\n[ \t\u3000]*(?=[^\n]{1,60}?[，。,；;])"
)

_CJK = "\u4e00-\u9fff"
_DAMAGE_PATTERNS = {
    "replacement_char": re.compile("\ufffd"),
    # ASCII '?' between two Chinese characters is a character the scraper could not encode.
    "question_mark": re.compile(rf"(?<=[{_CJK}])\?(?=[{_CJK}])"),
    # UTF-8 read as Latin-1 (Ã©, â€œ), private-use and enclosed-alphanumeric debris (⒄).
    "mojibake": re.compile("[ÃÂâ][\u0080-\u00bf\u20ac\u201a-\u201e\u2018-\u2019]|[\ue000-\uf8ff\u2474-\u24ff]"),
    "stray_symbols": re.compile("[\U0001d400-\U0001d7ff\U0001f000-\U0001faff\u2648-\u2653]"),
}
# Anti-scraping debris: a run of one- or two-character ASCII tokens (``$ M( Z& Y \8 D``).
_ASCII_TOKEN_RUN = re.compile(r"(?<![!-~])(?:[!-~]{1,2}[ \t]){3,}[!-~]{1,2}(?=\s|$)")
_DEBRIS_SYMBOL = re.compile(r"[$&?\\\[\](){}^~#@*%<>=_`-]")
_MIN_DEBRIS_SYMBOL_TOKENS = 3
_MIN_DEBRIS_TOKENS = 5
_MIN_DEBRIS_KINDS = 3
_MIXED_TOKEN = re.compile(r"(?![A-Za-z]{2}|[0-9]{2})[!-~]{2}")


@dataclass(frozen=True)
class CleanedText:
    text: str
    script: str
    """Script of the raw text: ``traditional``, ``simplified``, ``mixed`` or ``none``."""
    pinyin_annotations_removed: int
    damage_count: int
    damage_flags: tuple[str, ...]
    """Kinds of damage found, sorted: ascii_debris, control_chars, mojibake, question_mark, replacement_char, stray_symbols."""


def clean_text(raw: str, target_script: str = "simplified") -> CleanedText:
    """Clean one report's decoded text and convert it to ``target_script``."""
    text, controls = _normalise_characters(raw)
    text = strip_markup(text)
    text, removed = remove_pinyin_annotations(text)
    text = _DATE_PART_ALONE.sub(r"\1", _DATE_NUMBER_ALONE.sub(r"\1", text))
    text = _SPACED_DATE.sub("", _DATE_WRAPPED_AFTER_A_NUMBER.sub("", text))
    text = _SPACED_LIST_ITEM.sub(lambda m: m.group(1) or m.group(2), text)
    text = _join_lines_broken_after_a_deed(text)
    text, debris = remove_ascii_debris(text)
    damage = {kind: len(pattern.findall(text)) for kind, pattern in _DAMAGE_PATTERNS.items()}
    damage["control_chars"] = controls
    damage["ascii_debris"] = debris
    script = detect_script(text)
    return CleanedText(
        text=convert_script(text, target_script),
        script=script,
        pinyin_annotations_removed=removed,
        damage_count=sum(damage.values()),
        damage_flags=tuple(sorted(kind for kind, count in damage.items() if count)),
    )


def _join_lines_broken_after_a_deed(text: str) -> str:
    """Each break _BREAK_AFTER_A_DEED finds, joined where its line holds a comma; one pass, each line read once."""
    parts, kept_to = [], 0
    for m in _BREAK_AFTER_A_DEED.finditer(text):
        line = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        if "，" in line or "," in line:
            parts += [text[kept_to:m.start()], m.group().split("\n")[0].rstrip(" \t\u3000")]
            kept_to = m.end()
    return "".join(parts) + text[kept_to:] if parts else text


def _is_debris(tokens: list[str]) -> bool:
    """Five tokens or more of lower- and upper-case letters, digits and symbols, three kinds at least, of which three
    carry a symbol or half mix a letter with a digit or a symbol (``, c7 O4 p6 ]3 Y6 A``, ``$ M( Z& Y \\8 D``): no word,
    number, formula or code is written so (``A + B = C``, ``1 2 3 4``, ``5G 4K 8K VR``, ``A1 B2 C3 D4``, ``1# 2# 3# 4#``)."""
    if len(tokens) < _MIN_DEBRIS_TOKENS or len({_character_kind(ch) for token in tokens for ch in token}) < _MIN_DEBRIS_KINDS:
        return False
    symbols = sum(1 for token in tokens if _DEBRIS_SYMBOL.search(token))
    mixed = sum(1 for token in tokens if _MIXED_TOKEN.fullmatch(token))
    return symbols >= _MIN_DEBRIS_SYMBOL_TOKENS or mixed >= _MIN_DEBRIS_SYMBOL_TOKENS and 2 * mixed >= len(tokens)


def _character_kind(ch: str) -> str:
    return "lower" if ch.islower() else "upper" if ch.isupper() else "digit" if ch.isdigit() else "symbol"


def remove_ascii_debris(text: str) -> tuple[str, int]:
    """The text without runs of tiny ASCII tokens most of which carry symbols (``$ M( Z& Y \\8 D``, the noise a
    forum hides between a report's lines against copying), and how many it held: debris, not words or numbers, and it
    cuts the sentences it stands in (``3 M/ ]9 V* 在昨日的X会上``). Spaces on either side of a run go with it."""
    runs = [run for run in _ASCII_TOKEN_RUN.finditer(text) if _is_debris(run.group().split())]
    if not runs:
        return text, 0
    pieces, kept_from = [], 0
    for run in runs:
        pieces.append(text[kept_from:run.start()].rstrip(" \t"))
        kept_from = run.end()
        while kept_from < len(text) and text[kept_from] in " \t":
            kept_from += 1
    pieces.append(text[kept_from:])
    return "".join(pieces), len(runs)


def _normalise_characters(text: str) -> tuple[str, int]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _RADICAL_FOR_A_LIST_MARK.sub("、", _ZERO_WIDTH.sub("", text).translate(_SMALL_FORM_PUNCTUATION))
    controls = len(_CONTROL.findall(text))
    return (_CONTROL.sub("", text) if controls else text), controls


def strip_markup(text: str) -> str:
    """Text of an HTML page (scripts and styles dropped, blocks on their own lines); markdown images out."""
    text = _MARKDOWN_IMAGE.sub("", text)
    if not _HTML_HINT.search(text):
        return text
    extractor = _TextExtractor()
    extractor.feed(text)
    extractor.close()
    return extractor.text()


class _TextExtractor(HTMLParser):
    _SKIPPED = frozenset({"script", "style", "noscript", "template", "svg"})
    _BLOCKS = frozenset({"br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "title", "section", "article", "table"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in self._SKIPPED:
            self._skipping += 1
        elif tag in self._BLOCKS:
            self._parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIPPED:
            self._skipping = max(0, self._skipping - 1)
        elif tag in self._BLOCKS:
            self._parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self._parts.append(data)

    def text(self) -> str:
        joined = html.unescape("".join(self._parts))
        lines = (line.strip() for line in joined.split("\n"))
        return "\n".join(line for line in lines if line)


def remove_pinyin_annotations(text: str) -> tuple[str, int]:
    """Drop pinyin readings pasted after characters; return the text and how many were dropped.

    A parenthesised syllable is an annotation when it carries a tone mark, or when
    it is a reading of the character it follows (``會(hui)(hui)``: the character
    before the whole run of annotations).
    """
    annotations = []
    anchor = ""
    run_end = -1
    for match in _ANNOTATION.finditer(text):
        start = match.start()
        if start != run_end:
            anchor = text[start - 1] if start else ""
        if is_annotation(match.group(1), anchor):
            annotations.append(match)
            run_end = match.end()
    text = _drop_spans(text, annotations)
    removed = len(annotations)
    orphans = [m for m in _ORPHAN_ANNOTATION.finditer(text) if _is_toned_syllable(m.group(1))]
    if orphans:
        text = _drop_spans(text, orphans)
    return text, removed + len(orphans)


def _drop_spans(text: str, matches: list[re.Match]) -> str:
    pieces, kept_from = [], 0
    for match in matches:
        pieces.append(text[kept_from : match.start()])
        kept_from = match.end()
    pieces.append(text[kept_from:])
    return "".join(pieces)


def is_annotation(syllable: str, previous_char: str) -> bool:
    bare = _toneless(syllable)
    if bare not in _syllables():
        return False
    if any(ch in _TONE_MARKED for ch in syllable):
        return True
    return bare in _readings(previous_char)


def _is_toned_syllable(syllable: str) -> bool:
    return any(ch in _TONE_MARKED for ch in syllable) and _toneless(syllable) in _syllables()


def _toneless(syllable: str) -> str:
    decomposed = unicodedata.normalize("NFD", syllable.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("v", "u")


@functools.cache
def _pinyin_readings() -> dict[int, str]:
    """The readings pypinyin ships (``pinyin_dict.json``), by code point, read when first needed. Read from the file,
    not imported: importing pypinyin loads its phrase dictionary too, 0.1–0.4 s against 0.02 s."""
    # A missing or unreadable file is an ImportError, as importing pypinyin would raise: the fork server, which
    # reads the file in its warm-up, skips a preload that raises one, and dies on any other error.
    try:
        shipped = next((f for f in importlib.metadata.files("pypinyin") or [] if f.name == "pinyin_dict.json"), None)
        if shipped is None:
            raise FileNotFoundError("no pinyin_dict.json in the package")
        readings = json.loads(shipped.read_text(encoding="utf-8"))
    except (importlib.metadata.PackageNotFoundError, OSError, ValueError) as missing:
        message = f"pypinyin's readings do not load ({missing}): reinstall it with `make install`"
        raise ModuleNotFoundError(message) from missing
    return {int(code_point): value for code_point, value in readings.items()}


@functools.cache
def _syllables() -> frozenset[str]:
    """Every Mandarin syllable, toneless, from the readings pypinyin ships."""
    return frozenset(_toneless(reading) for value in _pinyin_readings().values() for reading in value.split(","))


@functools.cache
def _readings(char: str) -> frozenset[str]:
    if len(char) != 1:
        return frozenset()
    value = _pinyin_readings().get(ord(char), "")
    return frozenset(_toneless(reading) for reading in value.split(",") if reading)
