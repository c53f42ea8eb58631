"""Named programmes, brands, campaigns, frameworks, slogans and documents (EXTRACTION.md §4).

Candidates are the texts inside quote marks and 《》 titles, found by one linear scan (no
regex over quote pairs, so thousands of quote marks cost nothing). Exclusions and the
category are read from the quoted text itself and the head noun written right after it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicons
from .model import Initiative

QUOTE_PAIRS = {"“": "”", "「": "」", "『": "』", "《": "》", '"': '"'}
MAX_QUOTE_CHARS = 80
HEAD_NOUN_WINDOW = 8
_DIRECT_SPEECH_END = re.compile(r"[。！？!?]$")
_SPEECH_INTRO = re.compile(r"(?:[:：]|说|道|表示|指出|强调|认为)\s*$")
_NUMERIC_FORMULA = re.compile(r"[\d+＋]|^[一二三四五六七八九十两百千]+(?:个|大|新|种|组|项|张|进|化|强|有|为|心|型|落实)")
_FIVE_YEAR_PLAN = re.compile(r"^[十]?[一二三四五六七八九十]五$")
_ENUMERATION = re.compile(r"[、，,；;]|\s")


@dataclass(frozen=True)
class Quote:
    text: str
    """The content inside the marks, inner marks (‘’ …) kept."""
    start: int
    """Offset of the opening mark."""
    end: int
    """Offset after the closing mark."""
    opener: str


def find_quotes(text: str, start: int = 0, end: int | None = None) -> list[Quote]:
    """Outermost quoted and 《》 spans in ``text[start:end]``; unclosed or overlong marks are skipped."""
    end = len(text) if end is None else end
    quotes: list[Quote] = []
    i = start
    while i < end:
        opener = text[i]
        closer = QUOTE_PAIRS.get(opener)
        if closer is None:
            i += 1
            continue
        close_at = text.find(closer, i + 1, min(end, i + 1 + MAX_QUOTE_CHARS + 1))
        newline_at = text.find("\n", i + 1, close_at if close_at >= 0 else min(end, i + 2 + MAX_QUOTE_CHARS))
        if close_at < 0 or newline_at >= 0:
            i += 1
            continue
        quotes.append(Quote(text[i + 1:close_at], i, close_at + 1, opener))
        i = close_at + 1
    return quotes


def inner_quotes(quote: Quote) -> list[Quote]:
    """Quoted programmes inside a 《…》 title: their own initiatives (EXTRACTION.md §4)."""
    offset = quote.start + 1
    return [Quote(q.text, q.start + offset, q.end + offset, q.opener) for q in find_quotes(quote.text) if q.opener != "《"]


def _head_noun_after(text: str, end: int) -> tuple[str | None, str | None]:
    """(category, head noun) of the initiative head noun written right after a quote."""
    heads = lexicons.keyed_lookup("initiative_heads")
    window = text[end:end + HEAD_NOUN_WINDOW]
    best = None
    for noun in heads:
        if window.startswith(noun) and (best is None or len(noun) > len(best)):
            best = noun
    return (heads[best], best) if best else (None, None)


def _list_head_noun(text: str, end: int) -> tuple[str | None, str | None]:
    """Head noun shared by a run of quotes (“A”“B”“C”等特色活动) read after the run's 等."""
    cursor = end
    while cursor < len(text) and text[cursor] in "、，, ":
        cursor += 1
    if text.startswith("等", cursor):
        window_end = min(len(text), cursor + 1 + 12)
        window = text[cursor + 1:window_end]
        heads = lexicons.keyed_lookup("initiative_heads")
        for cut in range(len(window), 0, -1):
            for noun in sorted(heads, key=len, reverse=True):
                if window[:cut].endswith(noun):
                    return heads[noun], noun
    return None, None


def _content_category(name: str) -> tuple[str | None, str | None]:
    heads = lexicons.keyed_lookup("initiative_heads")
    for noun in sorted(heads, key=len, reverse=True):
        if name.endswith(noun) and len(name) > len(noun):
            return heads[noun], noun
    return None, None


def _quote_run_end(text: str, quote_end: int) -> int:
    """End of a run of quotes joined by 、/及/和 (如「A」及「B」思潮): the head noun after it is shared."""
    cursor = quote_end
    while True:
        joiner = re.match(r"[、，,]?(?:及|和|与)?", text[cursor:cursor + 2])
        nxt = cursor + (joiner.end() if joiner else 0)
        closer = QUOTE_PAIRS.get(text[nxt:nxt + 1])
        if closer is None:
            return cursor
        close_at = text.find(closer, nxt + 1, nxt + 2 + MAX_QUOTE_CHARS)
        if close_at < 0:
            return cursor
        cursor = close_at + 1


def _is_excluded(text: str, quote: Quote, meeting_names: list[str]) -> bool:
    name = quote.text.strip()
    if not name or name in lexicons.entry_set("not_initiative_terms"):
        return True
    if _DIRECT_SPEECH_END.search(name) or _SPEECH_INTRO.search(text[max(0, quote.start - 4):quote.start]) and len(name) > 12:
        return True
    if lexicons.starts_with_entry(name, "honour_prefixes"):
        return True
    excluded_heads = lexicons.entry_set("not_initiative_heads")
    run_end = _quote_run_end(text, quote.end)
    after = text[run_end:run_end + 4]
    if any(after.startswith(h) for h in excluded_heads if len(h) > 1):
        return True
    # An enumerated slogan (提质增效、争创一流) is not an honour for ending like one.
    if not _ENUMERATION.search(name) and lexicons.ends_with_entry(name, "not_initiative_heads"):
        return True
    org = lexicons.ends_with_entry(name, "org_suffixes")
    if org and len(org) >= 2 and len(name) <= 6:
        return True
    for meeting_name in meeting_names:
        bare = meeting_name.strip("「」“”『』")
        if name == bare or f"{quote.opener}{name}" + QUOTE_PAIRS[quote.opener] + "活动" == meeting_name:
            return True
    return False


def _category(text: str, quote: Quote) -> tuple[str, str | None]:
    """(category, full_name) of a kept quote."""
    name = quote.text
    if quote.opener == "《":
        return "document", None
    category, head = _head_noun_after(text, quote.end)
    full_name = f"{text[quote.start:quote.end]}{head}" if head else None
    if category is None:
        category, _ = _list_head_noun(text, quote.end)
    if category is None:
        category, _ = _content_category(name)
    if category is None:
        if _FIVE_YEAR_PLAN.match(name) or _NUMERIC_FORMULA.search(name):
            category = "framework"
        elif _ENUMERATION.search(name):
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


def find_initiatives(text: str, start: int, end: int, meeting_names: list[str]) -> list[Initiative]:
    """Initiatives marked in ``text[start:end]``, one per name, in text order."""
    quotes = find_quotes(text, start, end)
    expanded: list[Quote] = []
    for quote in quotes:
        expanded.append(quote)
        if quote.opener == "《":
            expanded.extend(inner_quotes(quote))
    wordplay, used = _wordplay_runs(text, expanded)
    results: list[Initiative] = list(wordplay)
    for index, quote in enumerate(expanded):
        if index in used or _is_excluded(text, quote, meeting_names):
            continue
        name = quote.text.strip()
        if quote.opener != "《" and len(name) == 1:
            category, head = _head_noun_after(text, quote.end)
            if category != "brand":
                continue  # single characters are emphasis unless a brand noun owns them (金工“惠”品牌)
        category, full_name = _category(text, quote)
        results.append(Initiative(name=name, category=category, span_start=quote.start, span_end=quote.end, full_name=full_name))
    results.sort(key=lambda i: i.span_start)
    unique: dict[str, Initiative] = {}
    for initiative in results:
        unique.setdefault(initiative.name, initiative)
    return list(unique.values())
