import pytest

from pipelines.parsing.script import convert_script, count_traditional_only, detect_script


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("市总工会召开党组会议", "simplified"),
        ("市總工會召開黨組會議", "traditional"),
        ("市總工會召开党组会议，傳達學習", "mixed"),
        ("2024 (APP)", "none"),
    ],
)
def test_detect_script(text: str, script: str):
    assert detect_script(text) == script


def test_conversion_leaves_no_traditional_only_character():
    converted = convert_script("臺灣省總工會理事長於會議中發言", "simplified")
    assert count_traditional_only(converted) == 0
    assert "总工会" in converted


def test_text_already_in_the_target_script_is_returned_unchanged():
    text = "市总工会召开会议"
    assert convert_script(text, "simplified") is text


def test_unknown_target_script_is_an_error():
    with pytest.raises(ValueError, match="unknown target script"):
        convert_script("会议", "klingon")
