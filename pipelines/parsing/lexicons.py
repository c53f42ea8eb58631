"""Word lists the parser reads from ``lexicons/*.txt`` (one entry a line, ``#`` comments).

Every list is read once per process (functools.cache) and handed out as immutable data,
so the rules stay free of hard-coded vocabulary and the lists can grow without code changes.
"""
from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Iterator

LEXICON_DIR = resources.files("pipelines.parsing") / "lexicons"
"""In the package's source folder; not beside ``__file__``, which names the compiled build where one is used."""


@cache
def entries(name: str) -> tuple[str, ...]:
    """The entries of ``lexicons/<name>.txt`` in file order, without comments, blanks or repeats."""
    seen: dict[str, None] = {}
    for raw in (LEXICON_DIR / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line and not line.startswith("#"):
            seen.setdefault(line, None)
    return tuple(seen)


@cache
def entry_set(name: str) -> frozenset[str]:
    return frozenset(entries(name))


@cache
def keyed(name: str) -> dict[str, tuple[str, ...]]:
    """A ``key: word`` list grouped by key, each group longest word first."""
    groups: dict[str, list[str]] = {}
    for line in entries(name):
        key, _, word = line.partition(":")
        groups.setdefault(key.strip(), []).append(word.strip())
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in groups.items()}


@cache
def keyed_lookup(name: str) -> dict[str, str]:
    """A ``key: word`` list as word -> key (the first key a word is listed under wins)."""
    lookup: dict[str, str] = {}
    for line in entries(name):
        key, _, word = line.partition(":")
        lookup.setdefault(word.strip(), key.strip())
    return lookup


def alternation(words: tuple[str, ...] | frozenset[str] | list[str]) -> str:
    """A regex alternation of literal words where the longest word that fits wins, as a trie: words that share
    a beginning share its branch (书记|书记员 → 书记(?:员)?).

    Python's engine tries a flat alternation's words one by one at every position of the text, so lists of
    hundreds of posts or surnames cost hundreds of tries per character; the trie tries one branch per
    character. The words that fit at one position are each a beginning of the next, and a branch tries its
    longer words first, so the trie finds them in the order the flat list sorted longest first would."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie)


class Alternatives:
    """Patterns searched as one alternation ``a|b|…`` is: leftmost match first, and of the patterns that match
    there the first listed; each match is that pattern's own.

    Python's engine skips to the characters a pattern may open with only when it can read them off the
    pattern's first element: a word list or a class can, an alternation of patterns that open with them
    cannot, so it tries every alternative at every character. Searched one by one, each keeps its skip (a
    third of the time on the person spots).
    """

    def __init__(self, *patterns: str) -> None:
        self.patterns = tuple(re.compile(p) for p in patterns)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        endpos = len(text) if endpos is None else endpos
        # Each pattern's next match at or after the place the alternation has reached.
        ahead = [p.search(text, pos, endpos) for p in self.patterns]
        while True:
            found = [m for m in ahead if m is not None]
            if not found:
                return
            match = min(found, key=lambda m: m.start())  # min keeps the first listed of equal starts
            yield match
            pos = match.end() if match.end() > match.start() else match.start() + 1
            ahead = [m if m is None or m.start() >= pos else p.search(text, pos, endpos) for p, m in zip(self.patterns, ahead)]

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return next(self.finditer(text, pos, endpos), None)


def _trie_pattern(node: dict[str, dict]) -> str:
    branches = [re.escape(char) + _trie_pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    pattern = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" not in node:
        return pattern
    return f"{pattern}?" if len(branches) == 1 and len(branches[0]) == 1 else f"(?:{pattern})?"


@cache
def pattern(name: str) -> re.Pattern[str]:
    """All entries of one list as a single compiled alternation."""
    return re.compile(alternation(entries(name)))


@cache
def surnames() -> frozenset[str]:
    return entry_set("surnames")


@cache
def longest_suffix_lengths(name: str) -> tuple[int, ...]:
    """Distinct entry lengths of a list, longest first, for suffix tests by slicing."""
    return tuple(sorted({len(e) for e in entries(name)}, reverse=True))


def ends_with_entry(text: str, name: str) -> str | None:
    """The longest entry of list ``name`` that ``text`` ends with, or None."""
    words = entry_set(name)
    for n in longest_suffix_lengths(name):
        if len(text) >= n and text[-n:] in words:
            return text[-n:]
    return None


def starts_with_entry(text: str, name: str) -> str | None:
    """The longest entry of list ``name`` that ``text`` starts with, or None."""
    words = entry_set(name)
    for n in longest_suffix_lengths(name):
        if len(text) >= n and text[:n] in words:
            return text[:n]
    return None
