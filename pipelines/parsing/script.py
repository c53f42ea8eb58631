"""Which Chinese script a text is written in, and conversion to the target script with OpenCC's dictionaries."""
from __future__ import annotations

import functools
from importlib import resources

from pipelines.parsing.conversion import Converter

TARGET_SCRIPTS = {
    "simplified": "t2s",
    "traditional": "s2t",
    "taiwan": "s2tw",
    "hongkong": "s2hk",
}
"""Target script setting → the OpenCC configuration that converts any input into it."""

# A text counts as written in one script when the other script's own characters
# are fewer than this share of the characters that tell the scripts apart.
_MIXED_SHARE = 0.2


@functools.cache
def _converter(config: str) -> Converter:
    return Converter(config)


def _dictionary_keys(name: str) -> set[str]:
    text = (resources.files("opencc") / "dictionary" / name).read_text(encoding="utf-8")
    keys = set()
    for line in text.splitlines():
        key, _, values = line.partition("\t")
        if len(key) == 1 and key not in values.split():
            keys.add(key)
    return keys


@functools.cache
def traditional_only_characters() -> frozenset[str]:
    """Characters OpenCC converts to Simplified and that are not Simplified characters themselves."""
    return frozenset(_dictionary_keys("TSCharacters.txt") - _dictionary_keys("STCharacters.txt"))


@functools.cache
def simplified_only_characters() -> frozenset[str]:
    """Characters OpenCC converts to Traditional and that are not Traditional characters themselves."""
    return frozenset(_dictionary_keys("STCharacters.txt") - _dictionary_keys("TSCharacters.txt"))


def count_traditional_only(text: str) -> int:
    return _count_in(traditional_only_characters(), text)


def _count_in(characters: frozenset[str], text: str) -> int:
    # Most texts hold none of one script's own characters; isdisjoint tells that at C speed.
    return 0 if characters.isdisjoint(text) else sum(map(characters.__contains__, text))


def detect_script(text: str) -> str:
    """``traditional``, ``simplified``, ``mixed``, or ``none`` when nothing tells them apart."""
    traditional = count_traditional_only(text)
    simplified = _count_in(simplified_only_characters(), text)
    telling = traditional + simplified
    if telling == 0:
        return "none"
    if traditional <= telling * _MIXED_SHARE:
        return "simplified"
    if simplified <= telling * _MIXED_SHARE:
        return "traditional"
    return "mixed"


def convert_character(char: str, target: str) -> str:
    """One character in the ``target`` script, or itself when the conversion is not a single character."""
    converted = convert_script(char, target)
    return converted if len(converted) == 1 else char


def convert_script(text: str, target: str) -> str:
    """Convert ``text`` into the ``target`` script (a key of :data:`TARGET_SCRIPTS`).

    Conversion is the costliest cleaning step, so text holding none of the other
    script's own characters is returned as it is.
    """
    if target not in TARGET_SCRIPTS:
        raise ValueError(f"unknown target script {target!r}; choose one of {sorted(TARGET_SCRIPTS)}")
    foreign = traditional_only_characters() if target == "simplified" else simplified_only_characters()
    if foreign.isdisjoint(text):
        return text
    return _converter(TARGET_SCRIPTS[target]).convert(text)
