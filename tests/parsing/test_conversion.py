"""The fast converter gives exactly what OpenCC's own converter gives, for every target script."""
import functools
from collections import Counter

import opencc
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipelines.parsing.conversion import Converter
from pipelines.parsing.decoding import RejectedReport, decode_report
from pipelines.parsing.script import TARGET_SCRIPTS
from tests.conftest import DEV_CORPUS, REPO, SAMPLES

CONFIGS = sorted(set(TARGET_SCRIPTS.values()))


@functools.cache
def both(config: str) -> tuple[Converter, opencc.OpenCC]:
    return Converter(config), opencc.OpenCC(config)


@functools.cache
def dense_alphabet(config: str) -> tuple[str, ...]:
    """The characters most often found in the configuration's phrase keys, and separators: random text
    of them is full of overlapping and nested matches, the cases where the choice of match matters."""
    reference = opencc.OpenCC(config)
    counts = Counter(char for group in reference._dict_chain_data for _, _, mapping in group for key in mapping if len(key) > 1 for char in key)
    return (*(char for char, _ in counts.most_common(30)), "，", " ", "a")


def reports() -> list[tuple[str, str]]:
    folders = [SAMPLES, REPO / "tests" / "fixtures", DEV_CORPUS / "raw"]
    found = []
    for path in sorted(p for folder in folders if folder.is_dir() for p in folder.rglob("*.txt")):
        try:
            found.append((path.name, decode_report(path.read_bytes()).text))
        except RejectedReport:
            continue
    return found


@pytest.mark.parametrize("config", CONFIGS)
def test_reports_convert_as_opencc_converts_them(config):
    fast, reference = both(config)
    texts = reports()
    assert len(texts) >= 10
    for name, text in texts:
        assert fast.convert(text) == reference.convert(text), name


@pytest.mark.parametrize("config", CONFIGS)
def test_generated_text_converts_as_opencc_converts_it(config):
    fast, reference = both(config)

    @settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.text(alphabet=st.sampled_from(dense_alphabet(config)), max_size=30))
    def check(text):
        assert fast.convert(text) == reference.convert(text)

    check()


def test_a_phrase_decides_a_character_with_several_readings():
    fast, _ = both("s2t")
    assert fast.convert("头发和发展") == "頭髮和發展"
