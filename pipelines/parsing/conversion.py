"""OpenCC's conversion, with OpenCC's dictionaries and OpenCC's choice of matches, done faster.

opencc-python-reimplemented converts each stretch of text between separators by
finding the longest dictionary key anywhere in it (the leftmost of equal length),
replacing it, and doing the same to the text on its left and on its right; text
no key of a group's first dictionary matches goes on to the next one (phrases,
then single characters). It searches by trying every substring length at every
position, in Python, which made conversion the largest cost of cleaning.

:class:`Converter` loads the same configuration and dictionaries from the opencc
package and makes the same choices, but looks for keys only where one can start
(a regular expression of the keys' first characters finds those places) and maps
a dictionary of single characters with ``str.translate``. Its output is tested to
equal OpenCC's, character for character, on the corpora and on generated text.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

import opencc


@dataclass(frozen=True)
class _Dictionary:
    mapping: dict[str, str]
    """Key → its first conversion (OpenCC takes the first of several)."""
    prefixes: frozenset[str]
    """Every proper prefix of a key: how far a match may still grow."""
    starts: re.Pattern[str]
    """Any character a key starts with."""
    table: dict[int, str] | None
    """A ``str.translate`` table when every key is a single character."""

    @classmethod
    def from_opencc(cls, mapping: dict[str, str]) -> _Dictionary:
        first = {key: value.split(" ")[0] for key, value in mapping.items()}
        single = all(len(key) == 1 for key in first)
        return cls(
            mapping=first,
            prefixes=frozenset(key[:end] for key in first for end in range(1, len(key))),
            starts=re.compile("[" + "".join(sorted({re.escape(key[0]) for key in first})) + "]"),
            table=str.maketrans(first) if single else None,
        )

    def matches(self, text: str, start: int, end: int) -> dict[int, tuple[int, ...]]:
        """Position → lengths of the keys found there (longest first), within ``text[start:end]``."""
        found: dict[int, tuple[int, ...]] = {}
        for first in self.starts.finditer(text, start, end):
            at = first.start()
            lengths: tuple[int, ...] = ()
            length = 1
            while at + length <= end:
                piece = text[at:at + length]
                if piece in self.mapping:
                    lengths = (length, *lengths)
                if piece not in self.prefixes:
                    break
                length += 1
            if lengths:
                found[at] = lengths
        return found


class Converter:
    """Converts text as ``opencc.OpenCC(config).convert`` does."""

    def __init__(self, config: str) -> None:
        reference = opencc.OpenCC(config)
        self._separators = reference.split_chars_re
        self._groups = [
            [_Dictionary.from_opencc(mapping) for _, _, mapping in group] for group in reference._dict_chain_data
        ]

    def convert(self, text: str) -> str:
        out: list[str] = []
        cursor = 0
        # No key holds a separator, so each stretch between separators converts on its own.
        for separator in self._separators.finditer(text):
            out.append(self._convert_stretch(text[cursor:separator.start()]))
            out.append(separator.group())
            cursor = separator.end()
        out.append(self._convert_stretch(text[cursor:]))
        return "".join(out)

    def _convert_stretch(self, stretch: str) -> str:
        for group in self._groups:
            stretch = _convert_with_group(stretch, group)
        return stretch


def _convert_with_group(text: str, dictionaries: list[_Dictionary]) -> str:
    matches: list[dict[int, tuple[int, ...]] | None] = [None] * len(dictionaries)
    positions: list[list[int]] = [[] for _ in dictionaries]
    out: list[str] = []
    # Pieces still to convert, as (start, end, dictionary level), or converted text; last in, first out.
    pending: list[tuple[int, int, int] | str] = [(0, len(text), 0)]
    while pending:
        piece = pending.pop()
        if isinstance(piece, str):
            out.append(piece)
            continue
        start, end, level = piece
        if start >= end:
            continue
        if level == len(dictionaries):
            out.append(text[start:end])
            continue
        dictionary = dictionaries[level]
        if dictionary.table is not None and level == len(dictionaries) - 1:
            out.append(text[start:end].translate(dictionary.table))
            continue
        found = matches[level]
        if found is None:
            found = matches[level] = dictionary.matches(text, 0, len(text))
            positions[level] = sorted(found)
        best_at, best_length = _longest_match(found, positions[level], start, end)
        if not best_length:
            pending.append((start, end, level + 1))
            continue
        pending.append((best_at + best_length, end, level))
        pending.append(dictionary.mapping[text[best_at:best_at + best_length]])
        pending.append((start, best_at, level))
    return "".join(out)


def _longest_match(
    matches: dict[int, tuple[int, ...]], positions: list[int], start: int, end: int
) -> tuple[int, int]:
    """The longest key that fits in ``[start, end)``, the leftmost of equal length, as (position, length)."""
    best_at, best_length = -1, 0
    for at in positions[bisect.bisect_left(positions, start):bisect.bisect_left(positions, end)]:
        for length in matches[at]:
            if at + length <= end:
                if length > best_length:
                    best_at, best_length = at, length
                break
    return best_at, best_length
