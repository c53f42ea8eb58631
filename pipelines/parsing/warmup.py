"""One short invented report run through cleaning and parsing, to fill the parser's caches."""
from __future__ import annotations

from .cleaning import clean_text
from .report import find_published_date
from .target_script import parse_in_script, simplified_same_length

WARM_UP_REPORT = (
    "發布時間：2024-03-08\n"
    "3月6日上午，青石縣總工會(huì)在職工服務中心召開黨組(擴大)會議，傳達學習省總工會全委會議精神。"
    "縣總工會黨組書記、主席林曉東主持會議並講話，副主席周雨、陳立出席。"
    "會議要求，深化“匠心青石”職工技能提升行動，擦亮“青石工匠”品牌，學習《工作要點》。"
    "機關全體幹部參加會議。（記者 王一）\n"
)
"""Traditional script, a pinyin annotation, a publication line, people, a group, initiatives and a byline."""


def warm_up(target_script: str) -> None:
    """Clean and parse :data:`WARM_UP_REPORT`, so the compiled patterns, word lists, conversion
    tables and the lexical model the parser keeps are loaded in this process and in every process
    forked from it.

    Plain Python and a single-threaded ONNX session only: Polars and DuckDB start thread pools,
    which must not exist in a process that forks.
    """
    cleaned = clean_text(WARM_UP_REPORT, target_script)
    parse_in_script(cleaned.text, target_script, find_published_date(simplified_same_length(cleaned.text)))
