"""Bytes of a scraped report → text, or a reason a person understands why not.

Scraped reports arrive as UTF-8 (with or without BOM), UTF-16, GB18030/GBK or
Big5 (Taiwan, Hong Kong). GB18030 accepts almost any byte pair, so a Big5 file
often decodes without error as GB18030 garbage; when both legacy codecs accept
the bytes, the one whose text reads most like Chinese wins.
"""
from __future__ import annotations

import codecs
import functools
import re
from dataclasses import dataclass
from importlib import resources

# Magic numbers of formats that turn up under a .txt name in scraped folders.
_BINARY_SIGNATURES = {
    b"\x89PNG\r\n\x1a\n": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF87a": "a GIF image",
    b"GIF89a": "a GIF image",
    b"%PDF-": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or an Office document)",
    b"\x1f\x8b": "a gzip archive",
    b"Rar!": "a RAR archive",
    b"7z\xbc\xaf\x27\x1c": "a 7-Zip archive",
    b"\xd0\xcf\x11\xe0": "an old Office document",
    b"\x7fELF": "an executable",
    b"MZ": "a Windows executable",
}
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_LEGACY_CODECS = ("gb18030", "big5", "big5hkscs")
# A report with a few bad bytes is still worth parsing; past this share it is noise.
_MAX_REPLACED_SHARE = 0.02
_SNIFF_BYTES = 64 * 1024
_MAX_CONTROL_SHARE = 0.05
# A few NUL bytes inside a good report are damage to flag; a binary file has them throughout.
_STRAY_NULS = 16
_STRAY_BAD_BYTES = 16
# Control characters other than tab, line breaks, form feed and vertical tab.
_STRAY_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f]")
# Text decoded despite bad bytes is kept only when this share of it reads as Chinese or ASCII.
_MIN_READABLE_SHARE = 0.8
_CHINESE_PUNCTUATION = "，。、；：？！“”「」《》（）"


class RejectedReport(Exception):
    """A file that cannot be used as a report; ``reason`` is a short code, ``detail`` a sentence."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class DecodedReport:
    text: str
    encoding: str
    replaced_bytes: int = 0
    """Bytes that no codec could read and that became U+FFFD."""


def decode_report(data: bytes) -> DecodedReport:
    """Decode a report's bytes, or raise :class:`RejectedReport` saying why it is not text."""
    decoded = _decode(data)
    if _is_mostly_controls(decoded.text):
        raise RejectedReport("binary", f"decoded as {decoded.encoding}, the file is mostly control characters: binary data")
    return decoded


def _decode(data: bytes) -> DecodedReport:
    if not data.strip(b" \t\r\n\x00"):
        raise RejectedReport("empty", "the file holds no text" if data else "the file has 0 bytes")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _decode_with_bom(data, codec)
    for signature, kind in _BINARY_SIGNATURES.items():
        if data.startswith(signature):
            raise RejectedReport("binary", f"the file is {kind}, not text")
    utf16 = _sniff_bomless_utf16(data)
    if utf16:
        try:
            return DecodedReport(data.decode(utf16), utf16)
        except UnicodeDecodeError:
            pass
    head = data[:_SNIFF_BYTES]
    if head.count(b"\x00") > max(_STRAY_NULS, len(head) // 100):
        raise RejectedReport("binary", "the file holds NUL bytes throughout: it is binary data, not text")
    try:
        return DecodedReport(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    # GB18030 reads almost any bytes, Big5 text included, and a good report may
    # hold a few damaged bytes: of the readings that are whole, or damaged in a
    # few places and still readable, the one that reads most like Chinese wins.
    readings = []
    for codec in ("utf-8", *_LEGACY_CODECS):
        text = data.decode(codec, errors="replace")
        replaced = text.count("\ufffd")
        if (replaced == 0 and codec != "utf-8") or (replaced and _few_replaced(text, len(data)) and _readable(text)):
            readings.append(DecodedReport(text, codec, replaced_bytes=replaced))
    if readings:
        return max(readings, key=lambda decoded: (chinese_likeness(decoded.text), -decoded.replaced_bytes))
    replaced = data.decode("utf-8", errors="replace").count("\ufffd")
    raise RejectedReport(
        "undecodable",
        f"not UTF-8, UTF-16, GB18030 or Big5: {replaced} of {len(data)} bytes are invalid UTF-8",
    )


def _decode_with_bom(data: bytes, codec: str) -> DecodedReport:
    """A byte-order mark names the codec; a few bad bytes after it are damage, not a reason to refuse the file."""
    encoding = codec.removesuffix("-sig")
    try:
        return DecodedReport(data.decode(codec), encoding)
    except UnicodeDecodeError as err:
        text = data.decode(codec, errors="replace")
        if _few_replaced(text, len(data)) and _readable(text):
            return DecodedReport(text, encoding, replaced_bytes=text.count("\ufffd"))
        raise RejectedReport("undecodable", f"starts with a {encoding} byte-order mark but {err.reason}") from err


def _few_replaced(text: str, size: int) -> bool:
    return text.count("\ufffd") <= max(_STRAY_BAD_BYTES, size * _MAX_REPLACED_SHARE)


def _readable(text: str) -> bool:
    """Whether text read despite bad bytes is mostly common Chinese, Chinese punctuation or plain ASCII.

    Any bytes at all decode as GB18030 with few errors; a wrong reading is full of
    rare characters and falls below this share.
    """
    sample = text[:20_000]
    readable = sum(map(_readable_characters().__contains__, sample))
    return readable >= len(sample) * _MIN_READABLE_SHARE


def _is_mostly_controls(text: str) -> bool:
    sample = text[:_SNIFF_BYTES]
    controls = len(_STRAY_CONTROLS.findall(sample))
    return controls > max(_STRAY_NULS, len(sample) * _MAX_CONTROL_SHARE)


def _sniff_bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM shows as ASCII-range text with every other byte zero."""
    head = data[:_SNIFF_BYTES]
    if len(head) < 4:
        return None
    even_zeros = head[0::2].count(0)
    odd_zeros = head[1::2].count(0)
    half = len(head) // 2
    if odd_zeros > half * 0.3 and even_zeros < half * 0.05:
        return "utf-16-le"
    if even_zeros > half * 0.3 and odd_zeros < half * 0.05:
        return "utf-16-be"
    return None


def chinese_likeness(text: str) -> float:
    """Share of characters that are common Chinese characters or Chinese punctuation.

    Mis-decoded text is full of rare characters, so this tells a right decoding
    from a wrong one. "Common" means used in the phrase dictionaries OpenCC ships,
    in either script.
    """
    sample = text[:20_000]
    if not sample:
        return 0.0
    hits = sum(map(_chinese_characters().__contains__, sample))
    return hits / len(sample)


@functools.cache
def _chinese_characters() -> frozenset[str]:
    return _common_characters() | frozenset(_CHINESE_PUNCTUATION)


@functools.cache
def _readable_characters() -> frozenset[str]:
    return _chinese_characters() | frozenset(map(chr, range(ord(" "), ord("~") + 1))) | frozenset("\t\n\r")


@functools.cache
def _common_characters() -> frozenset[str]:
    chars: set[str] = set()
    dictionary = resources.files("opencc") / "dictionary"
    for name in ("STPhrases.txt", "TSPhrases.txt"):
        for line in (dictionary / name).read_text(encoding="utf-8").splitlines():
            chars.update(ch for ch in line if "\u4e00" <= ch <= "\u9fff")
    return frozenset(chars)
