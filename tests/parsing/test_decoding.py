import codecs

import pytest

from pipelines.parsing.decoding import RejectedReport, decode_report

REPORT = "3月5日上午，市总工会召开党组会议，传达学习全会精神。党组书记、主席王建国主持会议。"
TRADITIONAL = "3月5日上午，市總工會召開黨組會議，傳達學習全會精神。黨組書記、主席王建國主持會議。"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (REPORT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + REPORT.encode("utf-8"), "utf-8"),
        (REPORT.encode("utf-16"), "utf-16"),
        ("Report 2024-03-05: 会议".encode("utf-16-le"), "utf-16-le"),
        (REPORT.encode("gb18030"), "gb18030"),
        (REPORT.encode("gbk"), "gb18030"),
        (TRADITIONAL.encode("big5"), "big5"),
    ],
)
def test_decodes_each_encoding_scraped_reports_arrive_in(data: bytes, encoding: str):
    decoded = decode_report(data)
    assert decoded.encoding == encoding
    assert decoded.text in (REPORT, TRADITIONAL, "Report 2024-03-05: 会议")


def test_big5_bytes_that_also_decode_as_gb18030_are_read_as_big5():
    data = TRADITIONAL.encode("big5")
    data.decode("gb18030")  # GB18030 accepts these bytes too, as garbage
    assert decode_report(data).text == TRADITIONAL


def test_hong_kong_characters_need_big5_hkscs():
    text = "香港工聯會召開會議，討論𨋢及其他事項。"
    decoded = decode_report(text.encode("big5hkscs"))
    assert decoded.encoding == "big5hkscs"
    assert decoded.text == text


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b" \r\n\t\n", "empty"),
        (b"\x89PNG\r\n\x1a\n" + bytes(200), "binary"),
        (b"PK\x03\x04" + bytes(200), "binary"),
        (bytes(range(256)) * 4, "undecodable"),
        (b"\x00\x01" * 500, "binary"),
    ],
)
def test_files_that_are_not_text_are_rejected_with_a_reason(data: bytes, reason: str):
    with pytest.raises(RejectedReport) as rejected:
        decode_report(data)
    assert rejected.value.reason == reason
    assert rejected.value.detail


def test_a_few_bad_bytes_in_a_good_report_become_replacement_characters():
    data = REPORT.encode("utf-8")
    damaged = data[:30] + b"\xff\xfe\xfa" + data[30:]
    decoded = decode_report(damaged)
    assert decoded.encoding == "utf-8"
    assert decoded.replaced_bytes >= 1
    assert "王建国主持会议" in decoded.text


def test_a_stray_nul_byte_does_not_make_a_report_binary():
    decoded = decode_report(REPORT.encode("utf-8") + b"\x00" + REPORT.encode("utf-8"))
    assert decoded.encoding == "utf-8"
