"""Properties of cleaning and parsing over random and adversarial text: nothing raises, and time grows linearly.

Kept fast (well under a minute): modest example counts, no deadline per example,
sizes of tens of KB. benchmarks/worst_case.py measures the same generators up to 1 MB by hand.
"""
from __future__ import annotations

import gc
import importlib.util
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipelines.parsing.cleaning import clean_text
from pipelines.parsing.decoding import RejectedReport, decode_report
from pipelines.parsing.target_script import parse_in_script
from tests.conftest import REPO

_spec = importlib.util.spec_from_file_location("worst_case", REPO / "benchmarks" / "worst_case.py")
worst_case = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(worst_case)

QUOTES = ("“", "”", "「", "」", "『", "』", "《", "》", '"', "‘", "’")
VERBS = ("召开", "举行", "举办", "主持", "主持召开", "组织召开")
TOKENS = (
    *QUOTES, *VERBS,
    "（", "）", "(", ")", "【", "】", "[", "]", "，", "。", "、", "；", "：", "\n", "\r\n", " ", "\t",
    "王明", "陈立言", "市总工会", "党组会议", "会议", "出席", "参加", "讲话", "书记", "主席", "全体干部",
    "3月5日", "上午", "近日", "2024年", "本(103)年", "在", "于", "学习", "习近平新时代中国特色社会主义思想",
    "“堰工讲堂”", "品牌", "系(xì)", "統(tǒng)", "(hui)", "\ufffd", "?", "$ M( Z&", "<p>", "</p>", "<script>",
    "</script>", "&nbsp;", "&#", "<", ">", "\x00", "\u200b", "Ã©", "a", "1", "\U0001f600",
)
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

token_soup = st.lists(st.sampled_from(TOKENS), max_size=80).map("".join)
any_text = st.text(max_size=400) | token_soup


def clean_and_parse(text: str, target_script: str = "simplified"):
    cleaned = clean_text(text, target_script)
    meetings = parse_in_script(cleaned.text, target_script)
    return cleaned, meetings


@FAST
@given(any_text, st.sampled_from(["simplified", "traditional", "hongkong"]))
def test_cleaning_and_parsing_raise_nothing_and_spans_stay_inside_the_text(text, target_script):
    cleaned, meetings = clean_and_parse(text, target_script)
    assert "\r" not in cleaned.text and "\x00" not in cleaned.text
    assert cleaned.damage_count >= 0 and list(cleaned.damage_flags) == sorted(cleaned.damage_flags)
    length = len(cleaned.text)
    for meeting in meetings:
        assert 0 <= meeting.span_start <= meeting.span_end <= length
        for person in meeting.people:
            assert 0 <= person.span_start <= person.span_end <= length
        for initiative in meeting.initiatives:
            assert 0 <= initiative.span_start <= initiative.span_end <= length


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=3000) | token_soup.map(lambda t: t.encode("utf-8")) | token_soup.map(lambda t: t.encode("gb18030", "replace")))
def test_decoding_any_bytes_gives_text_or_a_rejection_with_a_known_reason(data):
    try:
        decoded = decode_report(data)
    except RejectedReport as rejected:
        assert rejected.reason in {"empty", "binary", "undecodable"} and rejected.detail
    else:
        clean_and_parse(decoded.text)


def seconds(text: str, repeat: int = 1) -> float:
    """The least CPU time this process took to clean and parse ``text``, with the cycle collector held off: the
    suite's other workers and the runs they start share the two cores, and a worker's heap holds what every test
    before this one left, which a collection falling within the large text's runs scans whole. Neither is the
    parser's growth (the pipeline parses with the collector spaced out, in processes that froze their heap)."""
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(repeat):
            started = time.process_time()
            clean_and_parse(text)
            best = min(best, time.process_time() - started)
    finally:
        gc.enable()
    return best


SMALL, LARGE = 16 * 1024, 64 * 1024
MAX_SECONDS_PER_MB = 100.0
"""Bound on clean + parse; the slowest linear pattern measured (meeting verbs back to back) is ~25 s/MB."""
TIMING_REPEATS = 3
"""Best of three runs: on two cores shared with the rest of the suite, one slow run of the large text (64 KB of
newlines at 5.5 s/MB against 3.7 s/MB alone) failed the growth bound once; timed by the clock, three in a row did
again (4.0 s/MB against 1.5 alone), and so did three timed by CPU time (3.3 against 1.3), hence CPU time with the
collector held off."""
MAX_GROWTH = 2.5
"""Seconds per MB may grow at most this much from 16 KB to 64 KB: linear time gives ~1, quadratic ~4; the margin absorbs timer and load noise."""


def assert_linear(build) -> None:
    small, large = build(SMALL), build(LARGE)
    per_mb_small = seconds(small, repeat=TIMING_REPEATS) / (len(small.encode()) / 2**20)
    per_mb_large = seconds(large, repeat=TIMING_REPEATS) / (len(large.encode()) / 2**20)
    assert per_mb_large <= MAX_SECONDS_PER_MB, f"{per_mb_large:.1f} s/MB"
    # Timer noise on tiny runs: growth is judged only past 0.05 s of work.
    assert per_mb_large <= MAX_GROWTH * max(per_mb_small, 0.05 / (LARGE / 2**20)), (per_mb_small, per_mb_large)




@pytest.mark.parametrize("name", sorted(worst_case.GENERATORS))
def test_time_per_mb_stays_bounded_for_each_adversarial_generator(name):
    assert_linear(worst_case.GENERATORS[name])


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(TOKENS), min_size=1, max_size=6))
def test_time_per_mb_stays_bounded_for_any_repeated_pattern(unit):
    assert_linear(worst_case.repeat("".join(unit)))


def test_quote_marks_among_meeting_verbs_stay_linear():
    build = worst_case.GENERATORS["quote_verb"]
    small, large = build(32 * 1024), build(128 * 1024)
    # Best of TIMING_REPEATS, as assert_linear takes: one run of the large text slowed by the rest of the suite on the
    # shared cores read 1.94 s/MB against 0.50 (alone both take 0.35).
    per_mb_small = seconds(small, repeat=TIMING_REPEATS) / (len(small.encode()) / 2**20)
    per_mb_large = seconds(large, repeat=TIMING_REPEATS) / (len(large.encode()) / 2**20)
    assert per_mb_large <= 1.5 * per_mb_small, (per_mb_small, per_mb_large)
