import pytest

from pipelines.parsing import cleaning
from pipelines.parsing.cleaning import clean_text, remove_pinyin_annotations, strip_markup
from pipelines.parsing.report import parse_report


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("工會系統(tǒng)總結(jié)", "工會系統總結"),
        ("會(hui)(hui)議(yi)", "會議"),
        ("會(huì )議", "會議"),
        ("會( huì)議(yì)(yì)", "會議"),
        ("新?lián)作為", "新?作為"),
        ("F(xiàn)新作為", "F新作為"),
    ],
)
def test_pinyin_annotations_are_removed(raw: str, expected: str):
    assert remove_pinyin_annotations(raw)[0] == expected


@pytest.mark.parametrize(
    "text",
    ["党组(扩大)会", "镇街(产业内园区)", "下载(APP)", "(2024)", "（天府社创中心）", "党组(an)会", "代号(ma)"],
)
def test_real_parentheses_survive(text: str):
    assert remove_pinyin_annotations(text) == (text, 0)


def test_a_toneless_syllable_is_removed_only_after_a_character_it_reads():
    assert remove_pinyin_annotations("会(hui)")[0] == "会"
    assert remove_pinyin_annotations("党(hui)")[0] == "党(hui)"


def test_the_readings_are_those_pypinyin_gives_every_character():
    from pypinyin import pinyin_dict

    assert cleaning._pinyin_readings() == pinyin_dict.pinyin_dict
    assert cleaning._readings("会") == {"hui", "kuai"}


def test_readings_that_do_not_load_are_an_import_error_the_fork_server_skips(monkeypatch):
    monkeypatch.setattr("importlib.metadata.files", lambda name: [])
    with pytest.raises(ModuleNotFoundError, match="pypinyin"):
        cleaning._pinyin_readings.__wrapped__()


def test_clean_text_converts_to_simplified_and_reports_the_original_script():
    cleaned = clean_text("市總工會(huì)召開黨組(擴(kuò)大)會(huì)議")
    assert cleaned.text == "市总工会召开党组(扩大)会议"
    assert cleaned.script == "traditional"
    assert cleaned.pinyin_annotations_removed == 3
    assert cleaned.damage_flags == ()


def test_clean_text_converts_to_another_target_script():
    assert clean_text("市总工会召开会议", "traditional").text == "市總工會召開會議"


def test_damage_is_counted_and_flagged_but_text_kept():
    cleaned = clean_text("彰显新?lián)败⒄宫F(xiàn)新作为\ufffd。\x00")
    assert cleaned.text.startswith("彰显新?败")
    assert set(cleaned.damage_flags) == {"question_mark", "mojibake", "replacement_char", "control_chars"}
    assert cleaned.damage_count == 4


def test_line_ends_are_normalised():
    assert clean_text("第一行\r\n第二行\r第三行").text == "第一行\n第二行\n第三行"


def test_html_pages_keep_their_text_and_lose_scripts_and_styles():
    page = (
        "<html><head><title>市总工会召开会议</title><style>p {color: red}</style>"
        "<script>alert('x')</script></head><body><div>3月5日，市总工会召开会议&amp;座谈。</div>"
        "<p>会议要求<br>抓好落实。</p></body></html>"
    )
    text = strip_markup(page)
    assert text == "市总工会召开会议\n3月5日，市总工会召开会议&座谈。\n会议要求\n抓好落实。"


def test_markdown_images_are_dropped_and_plain_angle_brackets_kept():
    assert strip_markup("![](/pic/1.jpg)\n会议 a<b 召开") == "\n会议 a<b 召开"


def test_ascii_debris_is_flagged_and_dropped_and_words_and_numbers_are_not():
    cleaned = clean_text("$ M( Z& Y \\8 D 1月21日下午,市医院召开职工代表大会。\n* j0 Z' X4 M: p9 o, l$ l(\n3 M/ ]9 V* _6 \\3 j 在大会上,院长讲话。")
    assert cleaned.damage_flags == ("ascii_debris",) and cleaned.damage_count == 3
    assert cleaned.text == "1月21日下午,市医院召开职工代表大会。\n\n在大会上,院长讲话。"
    assert clean_text("王明讲话。, c7 O4 p6 ]3 Y6 A\n").text == "王明讲话。\n"
    for text in ("依托“群团 E 家”平台", "第 1 2 3 4 项", "A + B = C 模式", "2024 - 03 - 05", "10 20 30 40 50", "AB CD EF GH",
                 "召开 5G 4K 8K VR 产业座谈会", "在 A1 B2 C3 D4 E5 教室", "在 1# 2# 3# 4# 5# 教学楼"):
        assert clean_text(text).damage_count == 0, text


def test_a_date_broken_after_its_number_by_the_page_layout_is_joined():
    assert clean_text("3\n月15日下午，机关党委召开例会。").text == "3月15日下午，机关党委召开例会。"
    assert clean_text("2024\n年3月15日，召开例会。").text == "2024年3月15日，召开例会。"
    # A number that ends its own line before other text stays where it is.
    assert clean_text("第3\n月度例会").text == "第3\n月度例会"
    assert clean_text("共3\n人参加").text == "共3\n人参加"


def test_a_date_set_part_by_part_on_lines_of_its_own_is_joined():
    text = "按照学校党委部署，\n1月\n19日\n上午，青石系党总支召开组织生活会。"
    assert clean_text(text).text == "按照学校党委部署，\n1月19日上午，青石系党总支召开组织生活会。"
    # A date part that ends its line before other words, or a heading after it, stays where it is.
    assert clean_text("1月\n工作安排").text == "1月\n工作安排"
    assert clean_text("19日\n青石镇召开大会。").text == "19日\n青石镇召开大会。"
    # A line wrapped after a year's number, the month and day on the next.
    assert clean_text("会员代表大会已于105\n年01月09日举行完毕。").text == "会员代表大会已于105年01月09日举行完毕。"
    assert clean_text("共105\n年轻人参加").text == "共105\n年轻人参加"
    assert clean_text("教师105\n月3日").text == "教师105\n月3日"
    # A building's number on the line after a month is no day.
    assert clean_text("3月\n12号楼报告厅").text == "3月\n12号楼报告厅"


def test_the_radical_typed_for_a_list_mark_between_two_words_is_the_list_mark():
    assert clean_text("理事长林晓东丶监事长陈明出席。").text == "理事长林晓东、监事长陈明出席。"
    # Elsewhere (a damaged stretch, a run of them) it stays.
    assert clean_text("执丶s编辑").text == "执丶s编辑"
    assert clean_text("会丶丶丶议").text == "会丶丶丶议"


def test_the_small_form_marks_of_big5_pages_are_the_marks_every_rule_splits_on():
    assert clean_text("侨务委员会薛副委员长﹑侨联总会简理事长﹐大家好﹕").text == "侨务委员会薛副委员长、侨联总会简理事长，大家好："
    assert clean_text("立法委员︰王大明、李小华︐市议员︰陈明︒").text == "立法委员：王大明、李小华，市议员：陈明。"


def test_guests_listed_after_a_vertical_colon_are_attendees_with_that_post():
    text = "标题\n青石商会于3月5日召开会员大会，理事长王大明主持。出席来宾有立法委员︰庄竞平、黄国书等。"
    people = {(p.name, p.title) for m in parse_report(clean_text(text).text) for p in m.people}
    assert {("庄竞平", "立法委员"), ("黄国书", "立法委员")} <= people


def test_a_date_typeset_with_spaces_around_its_numbers_is_one_date():
    assert clean_text("2019 年 9 月 28 日，学校党委召开座谈会。").text == "2019年9月28日，学校党委召开座谈会。"
    assert clean_text("9 月 28 日下午").text == "9月28日下午"
    assert clean_text("共 12 人参加，第 3 组").text == "共 12 人参加，第 3 组", "numbers of other words keep their spaces"


def test_a_sentence_the_page_broke_after_a_particle_is_one_again_and_a_headline_stays_its_own_line():
    broken = "2017年4月13日上午，高陂镇在镇二楼会议厅召开了\n全镇换届选举工作会议。会议由镇长主持。"
    assert clean_text(broken).text == "2017年4月13日上午，高陂镇在镇二楼会议厅召开了全镇换届选举工作会议。会议由镇长主持。"
    # A line with no comma is a headline, whatever it ends with; a line ending in a full stop is a sentence.
    assert clean_text("春天来了\n3月5日，县总工会召开会议。").text == "春天来了\n3月5日，县总工会召开会议。"
    assert clean_text("3月5日，县总工会召开会议。\n会议由主席主持。").text == "3月5日，县总工会召开会议。\n会议由主席主持。"


def test_a_two_character_list_item_spaced_to_line_up_with_longer_names_is_one_word():
    text = "委员会由王志英、冯彩银(女)、余 飙、张永炬、林　骏(女)、金琴云组成。"
    assert clean_text(text).text == "委员会由王志英、冯彩银(女)、余飙、张永炬、林骏(女)、金琴云组成。"
    assert clean_text("出席：林 骏、王志英。").text == "出席：林骏、王志英。"
    # Near misses: spaces between words that are no list item stay.
    assert clean_text("他说 我 们、好。").text == "他说 我 们、好。"
    assert clean_text("会议 地点、时间另行通知。").text == "会议 地点、时间另行通知。"
